/** The 404 page: styles only (its text is static HTML). */
import '../styles/page.css';

/**
 * Fit the handout on one A4 page where possible: the sheet is laid out at the printed width, so if
 * its content is taller than the page's, the text steps down in size (to 8 pt at the least) until it
 * fits. Charts keep their size.
 */

/** A4 height inside the 10 mm @page margins, in CSS px (96 per inch). */
export const PAGE_CONTENT_PX = ((297 - 20) / 25.4) * 96;

/** Room kept free for the small differences between screen and print layout. */
const SLACK_PX = 10;

/** Height of the sheet's content (padding excluded), in px. */
function contentHeight(sheet: HTMLElement): number {
  const last = sheet.lastElementChild;
  if (!last) return 0;
  const paddingTop = Number.parseFloat(getComputedStyle(sheet).paddingTop) || 0;
  return last.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top - paddingTop;
}

/** Returns the font size (pt) the sheet ends up with; sets `data-fits` to whether it fits. */
export function fitToPage(sheet: HTMLElement, minPt = 8, stepPt = 0.25): number {
  let size = (Number.parseFloat(getComputedStyle(sheet).fontSize) || 12.67) * 0.75;
  while (contentHeight(sheet) > PAGE_CONTENT_PX - SLACK_PX && size - stepPt >= minPt) {
    size -= stepPt;
    sheet.style.fontSize = `${size}pt`;
  }
  sheet.dataset.fits = String(contentHeight(sheet) <= PAGE_CONTENT_PX);
  sheet.dataset.fontPt = String(size);
  return size;
}

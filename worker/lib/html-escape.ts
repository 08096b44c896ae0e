/**
 * Escaping for HTML that the Worker writes as a string (oEmbed `html`, discovery links, error
 * pages): every value that came from a request or the database goes through here, so a story title
 * such as `"><script>` stays text inside a quoted attribute or an element.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an element's content or a double- or single-quoted attribute value.
 * @example escapeHtml('"><img src=x onerror=alert(1)>') // '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** `name="value"` pairs, each value escaped; `true` writes a bare attribute, null/false none. */
export function htmlAttributes(attributes: Record<string, string | number | boolean | null>): string {
  return Object.entries(attributes)
    .flatMap(([name, value]) => {
      if (value === null || value === false) return [];
      return value === true ? [name] : [`${name}="${escapeHtml(String(value))}"`];
    })
    .join(' ');
}

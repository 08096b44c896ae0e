/** Slugs: the URL-safe identities of stories and outlets. */

/** What a story slug must look like: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/** 32-bit FNV-1a, hex: a short stable suffix for names that have no ASCII letters or digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A slug for an outlet name; outlets are upserted by it, so "India Today" and "india  today" are one.
 * @example slugify('Mothership.sg') // 'mothership-sg'
 * @example slugify('Le Monde') // 'le-monde'
 * @example slugify('新华社') // 'outlet-…' (stable hash of the name)
 */
export function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return ascii || `outlet-${fnv1a(name.trim().toLowerCase())}`;
}

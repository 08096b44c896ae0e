/** Content hashing for idempotent ingest. */

/** Hex SHA-256 of the UTF-8 encoding of `text` (crypto.subtle: Workers, Node 20 and browsers). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

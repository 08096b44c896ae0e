/**
 * Int32 columns carved out of shared blocks. A new ArrayBuffer per column costs more than filling
 * a small column (each is a zeroed backing store outside the JS heap that the GC must track), so
 * small columns are views into a 64 KB block that is handed out once, front to back: a column is
 * never reused, and it stays zero until its owner writes it. A block lives as long as any of its
 * columns; columns too large for a block get their own buffer.
 */
const BLOCK_BYTES = 1 << 16;
let block = new ArrayBuffer(BLOCK_BYTES);
let used = 0;

/** A new zeroed Int32Array of `length` elements. */
export function int32Column(length: number): Int32Array {
  const bytes = 4 * length;
  if (bytes > BLOCK_BYTES / 4) return new Int32Array(length);
  if (used + bytes > BLOCK_BYTES) {
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const column = new Int32Array(block, used, length);
  used += bytes;
  return column;
}

/**
 * Typed columns carved out of shared blocks (as Node's Buffer pool does). A new ArrayBuffer per
 * column costs more than filling a small column (each is a zeroed backing store outside the JS
 * heap that the GC must track), and the analyser makes many small columns: tokens of short header
 * lines, sentence columns, a person index per text. A block is handed out once, front to back: a
 * range is never reused, and it stays zero until its owner writes it. A block lives as long as any
 * of its ranges; requests over an eighth of a block get a buffer of their own.
 */
const BLOCK_BYTES = 1 << 16;
const OWN_BUFFER_BYTES = BLOCK_BYTES >> 3;
let block = new ArrayBuffer(BLOCK_BYTES);
let used = 0;

/** A zeroed, 8-byte aligned range of `bytes` bytes: its buffer and the offset where it starts. */
export function carve(bytes: number): { buffer: ArrayBuffer; at: number } {
  const size = (bytes + 7) & ~7;
  if (size > OWN_BUFFER_BYTES) return { buffer: new ArrayBuffer(size), at: 0 };
  if (used + size > BLOCK_BYTES) {
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const at = used;
  used += size;
  return { buffer: block, at };
}

/** A new zeroed Int32Array of `length` elements. */
export function int32Column(length: number): Int32Array {
  const { buffer, at } = carve(4 * length);
  return new Int32Array(buffer, at, length);
}

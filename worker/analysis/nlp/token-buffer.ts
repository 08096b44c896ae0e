/**
 * Growable column storage for tokens (typed arrays, so 1 MB of text does not allocate an object
 * per token), with each token's lowercase form and vocabulary id.
 */

/** Bytes per token across the five columns (three Int32, two Uint8). */
const BYTES_PER_TOKEN = 14;

export class TokenBuffer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  ids: Int32Array;
  readonly lower: string[] = [];

  constructor(capacity: number) {
    // One backing store for all five columns: one allocation instead of five.
    const buffer = new ArrayBuffer(capacity * BYTES_PER_TOKEN);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.ids = new Int32Array(buffer, capacity * 8, capacity);
    this.kind = new Uint8Array(buffer, capacity * 12, capacity);
    this.flags = new Uint8Array(buffer, capacity * 13, capacity);
  }

  push(s: number, e: number, k: number, low: string, f: number, id: number): void {
    if (this.count === this.start.length) this.grow();
    const n = this.count++;
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = k;
    this.flags[n] = f;
    this.ids[n] = id;
    this.lower.push(low);
  }

  private grow(): void {
    const bigger = new TokenBuffer(this.start.length * 2);
    bigger.start.set(this.start);
    bigger.end.set(this.end);
    bigger.ids.set(this.ids);
    bigger.kind.set(this.kind);
    bigger.flags.set(this.flags);
    this.start = bigger.start;
    this.end = bigger.end;
    this.ids = bigger.ids;
    this.kind = bigger.kind;
    this.flags = bigger.flags;
  }
}

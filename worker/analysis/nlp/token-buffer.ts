/**
 * Growable column storage for tokens (typed arrays, so 1 MB of text does not allocate an object
 * per token), with each token's lowercase form and vocabulary id.
 */

function grown<T extends Int32Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

export class TokenBuffer {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  ids: Int32Array;
  readonly lower: string[] = [];

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.ids = new Int32Array(capacity);
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
    const size = this.start.length * 2;
    this.start = grown(this.start, new Int32Array(size));
    this.end = grown(this.end, new Int32Array(size));
    this.kind = grown(this.kind, new Uint8Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.ids = grown(this.ids, new Int32Array(size));
  }
}

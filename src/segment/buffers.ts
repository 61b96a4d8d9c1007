/**
 * Typed arrays for one segment call's temporaries, reused from call to call. A typed array of
 * more than a few elements gets its memory outside the JavaScript heap, and allocating one costs
 * about as much as reading a short line's features; a page takes some twenty of them. Inside
 * `withBuffers` (segmentDocument runs in one) every request gets a buffer of its own, zero-filled
 * (dirtyInt32s: as left, for one written before it is read), handed back when the outermost
 * `withBuffers` returns; nothing handed out may outlive it.
 * Outside one, and for long pages, a request gets a new array. Each pool keeps at most LIMIT
 * elements a buffer.
 */
const LIMIT = 8192;

let depth = 0;

class Pool<T extends Float64Array | Int32Array | Uint8Array> {
  private readonly buffers: T[] = [];
  next = 0;
  constructor(private readonly make: (n: number) => T) {}
  take(n: number, zero = true): T {
    if (depth === 0 || n > LIMIT) return this.make(n);
    let b = this.buffers[this.next];
    if (!b || b.length < n) {
      let size = 256;
      while (size < n) size *= 2;
      b = this.make(size);
      this.buffers[this.next] = b;
    }
    this.next++;
    const view = b.subarray(0, n) as T;
    if (zero) view.fill(0);
    return view;
  }
}

const f64 = new Pool((n) => new Float64Array(n));
const i32 = new Pool((n) => new Int32Array(n));
const u8 = new Pool((n) => new Uint8Array(n));

/** Run `fn` with the pools open: the buffers taken inside are handed back when the outermost call returns. */
export function withBuffers<T>(fn: () => T): T {
  if (depth === 0) f64.next = i32.next = u8.next = 0;
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}

/** A zero-filled Float64Array of length n. */
export const float64s = (n: number): Float64Array => f64.take(n);
/** A zero-filled Int32Array of length n. */
export const int32s = (n: number): Int32Array => i32.take(n);
/** An Int32Array of length n holding anything: for a buffer written before it is read. */
export const dirtyInt32s = (n: number): Int32Array => i32.take(n, false);
/** A zero-filled Uint8Array of length n. */
export const bytes = (n: number): Uint8Array => u8.take(n);

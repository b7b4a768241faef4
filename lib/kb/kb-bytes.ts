/**
 * The byte-level pieces of the shipped KB file: unsigned varints, tables of strings searched in place by
 * binary search on their UTF-8 bytes, and lists of numbers decoded only when asked for. Nothing here
 * decodes a whole section at load, which is what keeps start-up in milliseconds.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Appends unsigned varints (7 bits a byte, little-endian) to a growing byte buffer; used by the build. */
export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  varint(value: number): void {
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`KB build: varint ${value} must be a non-negative integer.`);
    this.room(5);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.length++] = v;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /** The written bytes (a copy sized to fit). */
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Reads the varint at `pos`; returns the value and writes the next position into `at[0]`. */
export function readVarint(bytes: Uint8Array, pos: number, at: Int32Array | number[]): number {
  let value = 0;
  let scale = 1;
  let b: number;
  do {
    b = bytes[pos++];
    value += (b & 0x7f) * scale;
    scale *= 128;
  } while (b & 0x80);
  at[0] = pos;
  return value;
}

/** Every varint in `bytes`, decoded (used for small, eagerly needed streams such as lengths). */
export function readVarints(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const at = [0];
  for (let i = 0, p = 0; i < count; i++) {
    out[i] = readVarint(bytes, p, at);
    p = at[0];
  }
  return out;
}

/** Prefix sums: offsets[i] is where item i starts, offsets[n] the end. */
export function offsetsFromLengths(lengths: Uint32Array): Uint32Array {
  const out = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) out[i + 1] = out[i] + lengths[i];
  return out;
}

/** Decode bytes[start, end) as UTF-8; short ASCII runs skip TextDecoder's per-call cost. */
export function readString(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 64) {
    let ascii = true;
    for (let i = start; i < end; i++) if (bytes[i] > 0x7f) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return decoder.decode(bytes.subarray(start, end));
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Byte-wise comparison of a UTF-8 range with a query (−1, 0, 1): the order the build sorts tables in. */
function compareRange(bytes: Uint8Array, start: number, end: number, query: Uint8Array): number {
  const n = Math.min(end - start, query.length);
  for (let i = 0; i < n; i++) {
    const d = bytes[start + i] - query[i];
    if (d) return d < 0 ? -1 : 1;
  }
  return end - start === query.length ? 0 : end - start < query.length ? -1 : 1;
}

/** Byte-wise order of two strings' UTF-8 forms: the order string tables are written in. */
export function compareUtf8(a: string, b: string): number {
  const x = utf8(a);
  return compareRange(x, 0, x.length, utf8(b));
}

/** A sorted table of strings kept as bytes: find() is a binary search, at() decodes one string. */
export interface StringTable {
  readonly size: number;
  /** Position of `text` in the table, or −1. */
  find(text: string): number;
  at(i: number): string;
}

/** Open a string table from its blob and its varint length stream (`count` entries). */
export function openStringTable(blob: Uint8Array, lengths: Uint8Array, count: number): StringTable {
  let offsets: Uint32Array | undefined;
  const ends = () => (offsets ??= offsetsFromLengths(readVarints(lengths, count)));
  return {
    size: count,
    find(text) {
      const o = ends();
      const q = utf8(text);
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = compareRange(blob, o[mid], o[mid + 1], q);
        if (c === 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    },
    at(i) {
      const o = ends();
      return readString(blob, o[i], o[i + 1]);
    },
  };
}

/** Write a string table (already sorted by compareUtf8 when it is to be searched): blob + lengths. */
export function writeStringTable(strings: readonly string[]): { blob: Uint8Array; lengths: Uint8Array } {
  const blob = new ByteWriter();
  const lengths = new ByteWriter();
  for (const s of strings) {
    const b = utf8(s);
    blob.bytes(b);
    lengths.varint(b.length);
  }
  return { blob: blob.done(), lengths: lengths.done() };
}

/**
 * Lists of non-negative integers, one per item, stored as [count, values…] varints; 'delta' lists are
 * ascending and stored as gaps. Offsets are found in one pass on first use; a list is decoded when read.
 */
export interface ListTable {
  /** Values of item i. */
  get(i: number): number[];
  /** Number of values of item i, without decoding them. */
  count(i: number): number;
}

/** Write lists: ascending lists with delta = true are stored as gaps (smaller after gzip). */
export function writeListTable(lists: readonly (readonly number[])[], delta: boolean): Uint8Array {
  const w = new ByteWriter();
  for (const list of lists) {
    w.varint(list.length);
    let prev = 0;
    for (const v of list) {
      w.varint(delta ? v - prev : v);
      prev = v;
    }
  }
  return w.done();
}

/** Open a list table of `items` lists. */
export function openListTable(bytes: Uint8Array, items: number, delta: boolean): ListTable {
  let offsets: Uint32Array | undefined;
  const at = [0];
  const starts = (): Uint32Array => {
    if (offsets) return offsets;
    offsets = new Uint32Array(items);
    for (let i = 0, p = 0; i < items; i++) {
      offsets[i] = p;
      let n = readVarint(bytes, p, at);
      p = at[0];
      // Skip n varints: count the bytes without a continuation bit.
      while (n > 0) if (!(bytes[p++] & 0x80)) n--;
    }
    return offsets;
  };
  return {
    count(i) {
      return readVarint(bytes, starts()[i], at);
    },
    get(i) {
      let p = starts()[i];
      const n = readVarint(bytes, p, at);
      p = at[0];
      const out = new Array<number>(n);
      let prev = 0;
      for (let k = 0; k < n; k++) {
        const v = readVarint(bytes, p, at);
        p = at[0];
        prev = delta ? prev + v : v;
        out[k] = prev;
      }
      return out;
    },
  };
}

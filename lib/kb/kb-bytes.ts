/**
 * The byte-level pieces of the shipped KB file: record tables (one record per item, found through a Uint32
 * offset array summed at load from the shipped record lengths, read in place) with varints inside. Only those
 * sums walk a section at load (a typed-array loop, a few ms for every table), which keeps start-up in
 * milliseconds even before the JIT has warmed up.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Appends unsigned varints (7 bits a byte) and raw bytes to a growing buffer; used by the build. */
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

  /** A varint length, then the UTF-8 bytes of `text`. */
  string(text: string): void {
    const b = utf8(text);
    this.varint(b.length);
    this.bytes(b);
  }

  /** The written bytes (a copy sized to fit). */
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** A position in a byte array, advanced by the readers below. */
export interface Cursor {
  pos: number;
}

/** Read the varint at the cursor and advance it. */
export function readVarint(bytes: Uint8Array, at: Cursor): number {
  let value = 0;
  let scale = 1;
  let b: number;
  do {
    b = bytes[at.pos++];
    value += (b & 0x7f) * scale;
    scale *= 128;
  } while (b & 0x80);
  return value;
}

/** Read `n` varints at the cursor; `delta` lists are stored as gaps from the previous value. */
export function readList(bytes: Uint8Array, at: Cursor, n: number, delta: boolean): number[] {
  const out = new Array<number>(n);
  let prev = 0;
  for (let k = 0; k < n; k++) {
    const v = readVarint(bytes, at);
    prev = delta ? prev + v : v;
    out[k] = prev;
  }
  return out;
}

/** Write a list as varints (ascending lists with delta = true as gaps). */
export function writeList(w: ByteWriter, list: readonly number[], delta: boolean): void {
  let prev = 0;
  for (const v of list) {
    w.varint(delta ? v - prev : v);
    prev = v;
  }
}

/** Decode bytes[start, end) as UTF-8; short ASCII runs skip TextDecoder's per-call cost. */
export function readString(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 64) {
    let s = '';
    for (let i = start; i < end; i++) {
      const c = bytes[i];
      if (c > 0x7f) return decoder.decode(bytes.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decoder.decode(bytes.subarray(start, end));
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Byte-wise order of two strings' UTF-8 forms: the order searchable tables are written in. */
export function compareUtf8(a: string, b: string): number {
  // Code-unit order is UTF-8 byte order except where a surrogate meets a unit above it: only then encode.
  const m = Math.min(a.length, b.length);
  for (let i = 0; i < m; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    if (ca < 0xd800 || cb < 0xd800) return ca - cb;
    return compareEncoded(a, b);
  }
  return a.length - b.length;
}

function compareEncoded(a: string, b: string): number {
  const x = utf8(a);
  const y = utf8(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Records of one table: bytes plus offsets (record i is bytes[offsets[i], offsets[i + 1])). */
export interface RecordTable {
  readonly bytes: Uint8Array;
  readonly offsets: Uint32Array;
  readonly size: number;
}

/**
 * Join records into one table's bytes and its record lengths (little-endian Uint32, ready to ship). Lengths,
 * not offsets, are shipped: small repeating numbers that gzip packs to a fraction of rising offsets.
 */
export function writeRecords(records: readonly Uint8Array[]): { bytes: Uint8Array; offsets: Uint8Array } {
  const lengths = new Uint32Array(records.length);
  const w = new ByteWriter();
  records.forEach((r, i) => {
    w.bytes(r);
    lengths[i] = r.length;
  });
  return { bytes: w.done(), offsets: uint32Bytes(lengths) };
}

/** The offsets of a table from its shipped record lengths: record i is bytes[offsets[i], offsets[i + 1]). */
export function recordOffsets(lengths: Uint8Array): Uint32Array {
  const view = uint32View(lengths);
  const out = new Uint32Array(view.length + 1);
  let at = 0;
  for (let i = 0; i < view.length; i++) out[i + 1] = at += view[i];
  return out;
}

/** Little-endian bytes of a Uint32Array, whatever the platform's byte order. */
export function uint32Bytes(values: Uint32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A Uint32Array over little-endian bytes: a view when aligned on a little-endian platform, else a copy. */
export function uint32View(bytes: Uint8Array): Uint32Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/**
 * Binary search for the record whose leading string (varint length + UTF-8) equals `text`, in a table
 * sorted by compareUtf8. Returns the record index, or −1. ASCII queries are compared without encoding.
 */
export function findRecord(table: RecordTable, text: string): number {
  let ascii = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) ascii = false;
  const q: ArrayLike<number> = ascii ? { length: text.length } : utf8(text);
  const qLength = q.length;
  const { bytes, offsets } = table;
  const at = { pos: 0 };
  let lo = 0;
  let hi = table.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    at.pos = offsets[mid];
    const len = readVarint(bytes, at);
    const start = at.pos;
    const n = Math.min(len, qLength);
    let c = 0;
    for (let i = 0; i < n && !c; i++) c = bytes[start + i] - (ascii ? text.charCodeAt(i) : q[i]);
    if (!c) c = len - qLength;
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The leading string of record i, and the cursor just after it. */
export function recordString(table: RecordTable, i: number, at: Cursor): string {
  at.pos = table.offsets[i];
  const len = readVarint(table.bytes, at);
  const start = at.pos;
  at.pos += len;
  return readString(table.bytes, start, start + len);
}

/** Move the cursor past the leading string of record i without decoding it. */
export function skipRecordString(table: RecordTable, i: number, at: Cursor): void {
  at.pos = table.offsets[i];
  const len = readVarint(table.bytes, at);
  at.pos += len;
}

/**
 * The shipped tagger model: int8-quantised weights per hashed feature and tag, plus the gazetteer.
 * File layout (version 2, read in place): "FCNE", version byte, u32 header length, JSON header
 * {tagCount, scale, count, gazetteer} padded with spaces to a 4-byte boundary, then the `count` feature hashes
 * as ascending little-endian u32, then `count × tagCount` int8 weights (row r = the weights of hash r). The
 * worker opens it in place: one pass over the hashes indexes them by their top 16 bits.
 * Version 1 (hash gaps and tag masks as varints, non-zero weights only) is still read.
 */
import { compilePackedGazetteer, type Gazetteer, type GazetteerLists } from './gazetteer';

/** A decoded model, ready for tagging: feature hashes in ascending order and a row of tag weights each. */
export interface NerModel {
  tagCount: number;
  /** Weight = int8 value × scale. */
  scale: number;
  /** Feature hashes (unsigned 32-bit), ascending: row r holds the weights of keys[r]. */
  keys: Uint32Array;
  /** Rows whose hash starts with the 16 bits b are starts[b]..starts[b + 1] - 1 (65,537 entries). */
  starts: Uint32Array;
  /** Row r holds the weights of tags 0..tagCount-1 at r*tagCount. */
  weights: Int8Array;
  gazetteer: Gazetteer;
  /** The name lists as shipped: one string per category, names separated by line breaks. */
  gazetteerSource: Record<string, string>;
}

/** The model's gazetteer as name lists, for inspection and re-encoding. */
export function gazetteerLists(model: NerModel): GazetteerLists {
  const lists: GazetteerLists = {};
  for (const [category, names] of Object.entries(model.gazetteerSource))
    lists[category] = names ? names.split('\n') : [];
  return lists;
}

/** What training hands over for encoding: float weights per feature hash, and the gazetteer lists. */
export interface NerWeights {
  tagCount: number;
  features: Map<number, Float32Array>;
  gazetteer: GazetteerLists;
}

const MAGIC = 'FCNE';
const VERSION = 2;
/** The previous layout (varint streams), still read. */
const VERSION_VARINT = 1;

/**
 * Row index of a feature hash in the model, or -1 when the model has no weights for it: the hash's top 16 bits
 * give its few candidate rows (one or two on average), scanned in order.
 */
export function findRow(model: NerModel, hash: number): number {
  const key = hash >>> 0;
  const bucket = key >>> 16;
  const keys = model.keys;
  const end = model.starts[bucket + 1]!;
  for (let r = model.starts[bucket]!; r < end; r++) {
    const k = keys[r]!;
    if (k === key) return r;
    if (k > key) return -1;
  }
  return -1;
}

/**
 * The bucket starts of sorted hashes (one pass), or undefined when they are not strictly ascending: a model
 * file whose hashes are out of order is damaged.
 */
function bucketStarts(keys: Uint32Array): Uint32Array | undefined {
  const starts = new Uint32Array(0x10001);
  let next = 0;
  let previous = -1;
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r]!;
    if (key <= previous) return undefined;
    previous = key;
    for (const bucket = key >>> 16; next <= bucket; next++) starts[next] = r;
  }
  for (; next <= 0x10000; next++) starts[next] = keys.length;
  return starts;
}

/**
 * Encodes weights for shipping: weights whose magnitude is below `prune` are dropped, the rest quantised to int8
 * on one scale. Features left with no weight are not stored.
 */
export function encodeNerModel(weights: NerWeights, prune = 0): Uint8Array {
  let maxAbs = 0;
  for (const row of weights.features.values()) for (const w of row) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127 || 1;
  const T = weights.tagCount;
  const hashes = [...weights.features.keys()].map((h) => h >>> 0).sort((a, b) => a - b);
  const kept: number[] = [];
  const rows: number[] = [];
  for (const hash of hashes) {
    const row = weights.features.get(hash) ?? weights.features.get(hash | 0)!;
    const q = Array.from({ length: T }, (_, t) =>
      Math.abs(row[t]!) < prune ? 0 : Math.round(row[t]! / scale),
    );
    if (q.every((v) => v === 0)) continue;
    kept.push(hash);
    rows.push(...q);
  }
  const gazetteer: Record<string, string> = {};
  for (const [category, names] of Object.entries(weights.gazetteer))
    gazetteer[category] = [...new Set(names)].sort().join('\n');
  return writeNerModel({
    tagCount: T,
    scale,
    keys: Uint32Array.from(kept),
    weights: Int8Array.from(rows),
    gazetteerSource: gazetteer,
  });
}

/** The version 2 bytes of a decoded model (re-encodes a version 1 file without changing a weight). */
export function writeNerModel(
  model: Pick<NerModel, 'tagCount' | 'scale' | 'keys' | 'weights' | 'gazetteerSource'>,
): Uint8Array {
  const count = model.keys.length;
  const json = JSON.stringify({
    tagCount: model.tagCount,
    scale: model.scale,
    count,
    gazetteer: model.gazetteerSource,
  });
  let header = new TextEncoder().encode(json);
  // Spaces after the JSON put the hashes on a 4-byte boundary, so they open as a Uint32Array view.
  const padded = (9 + header.length + 3) & ~3;
  if (padded !== 9 + header.length)
    header = new TextEncoder().encode(json + ' '.repeat(padded - 9 - header.length));
  const bytes = new Uint8Array(padded + count * 4 + count * model.tagCount);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes[4] = VERSION;
  const view = new DataView(bytes.buffer);
  view.setUint32(5, header.length, true);
  bytes.set(header, 9);
  for (let k = 0; k < count; k++) view.setUint32(padded + 4 * k, model.keys[k]!, true);
  bytes.set(
    new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.length),
    padded + 4 * count,
  );
  return bytes;
}

interface Header {
  tagCount: number;
  scale: number;
  count: number;
  gazetteer: Record<string, string>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Decodes a model file (assets/models/ner.bin.gz, unpacked) into a model ready for `createTagger`. */
export function parseNerModel(bytes: Uint8Array): NerModel {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  const version = bytes[4];
  if (magic !== MAGIC || (version !== VERSION && version !== VERSION_VARINT)) {
    throw new Error(
      `Not a version ${VERSION} entity tagger model (expected 'FCNE'): pass assets/models/ner.bin.gz unpacked.`,
    );
  }
  const corrupt = () =>
    new Error('The entity tagger model file is truncated or corrupt: rebuild it with npm run train:ner.');
  if (bytes.length < 9) throw corrupt();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(5, true);
  if (9 + headerLength > bytes.length) throw corrupt();
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(9, 9 + headerLength))) as Header;
  } catch {
    throw corrupt();
  }
  const { count, tagCount } = header;
  const start = 9 + headerLength;
  const rows =
    version === VERSION_VARINT
      ? readVarintRows(bytes, start, count, tagCount)
      : readRowsInPlace(bytes, start, count, tagCount);
  const starts = rows && bucketStarts(rows.keys);
  if (!rows || !starts) throw corrupt();
  return {
    starts,
    tagCount,
    scale: header.scale,
    ...rows,
    gazetteer: compilePackedGazetteer(header.gazetteer),
    gazetteerSource: header.gazetteer,
  };
}

/** Version 2: views on the file's bytes (a copy only when the hashes are not 4-byte aligned in memory). */
function readRowsInPlace(
  bytes: Uint8Array,
  start: number,
  count: number,
  tagCount: number,
): Pick<NerModel, 'keys' | 'weights'> | undefined {
  if (start % 4 !== 0 || bytes.length !== start + count * 4 + count * tagCount) return undefined;
  const at = bytes.byteOffset + start;
  let keys: Uint32Array;
  if (LITTLE_ENDIAN && at % 4 === 0) keys = new Uint32Array(bytes.buffer, at, count);
  else {
    const view = new DataView(bytes.buffer, at, count * 4);
    keys = new Uint32Array(count);
    for (let k = 0; k < count; k++) keys[k] = view.getUint32(4 * k, true);
  }
  const weights = new Int8Array(bytes.buffer, at + count * 4, count * tagCount);
  return { keys, weights };
}

/** Version 1: hash gaps, then tag masks, as varints, then the non-zero int8 weights. */
function readVarintRows(
  bytes: Uint8Array,
  start: number,
  count: number,
  tagCount: number,
): Pick<NerModel, 'keys' | 'weights'> | undefined {
  let at = start;
  const readVarint = (): number => {
    let value = 0;
    let factor = 1;
    for (;;) {
      const b = bytes[at++]!;
      value += (b & 0x7f) * factor;
      if (b < 0x80) return value;
      factor *= 0x80;
    }
  };
  const keys = new Uint32Array(count);
  let hash = 0;
  for (let k = 0; k < count; k++) keys[k] = hash += readVarint();
  const masks = new Int32Array(count);
  for (let k = 0; k < count; k++) masks[k] = readVarint();
  const weights = new Int8Array(count * tagCount);
  for (let k = 0; k < count; k++) {
    for (let mask = masks[k]!; mask !== 0; mask &= mask - 1) {
      weights[k * tagCount + 31 - Math.clz32(mask & -mask)] = (bytes[at++]! << 24) >> 24;
    }
  }
  return at === bytes.length ? { keys, weights } : undefined;
}

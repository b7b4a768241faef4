/**
 * The shipped tagger model: sparse int8-quantised weights per hashed feature and tag, plus the gazetteer.
 * File layout: "FCNE", version byte, u32 header length, JSON header {tagCount, scale, count, gazetteer},
 * then sorted feature hashes as varint gaps, a varint bit mask of non-zero tags per feature, and the int8 values.
 */
import { compilePackedGazetteer, type Gazetteer, type GazetteerLists } from './gazetteer';

/** A decoded model, ready for tagging: an open-addressing table from feature hash to a row of tag weights. */
export interface NerModel {
  tagCount: number;
  /** Weight = int8 value × scale. */
  scale: number;
  /** Hash table slots: feature hash (as int32) and the row index it maps to (-1 = empty slot). */
  slotKeys: Int32Array;
  slotRows: Int32Array;
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
const VERSION = 1;

/** Row index of a feature hash in the model, or -1 when the model has no weights for it. */
export function findRow(model: NerModel, hash: number): number {
  const mask = model.slotKeys.length - 1;
  const key = hash | 0;
  for (let slot = key & mask; ; slot = (slot + 1) & mask) {
    const row = model.slotRows[slot]!;
    if (row < 0) return -1;
    if (model.slotKeys[slot] === key) return row;
  }
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/**
 * Encodes weights compactly: weights whose magnitude is below `prune` are dropped, the rest quantised to int8
 * on one scale. Features left with no weight are not stored.
 */
export function encodeNerModel(weights: NerWeights, prune = 0): Uint8Array {
  let maxAbs = 0;
  for (const row of weights.features.values()) for (const w of row) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127 || 1;
  const hashes = [...weights.features.keys()].sort((a, b) => a - b);
  const body: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  let last = 0;
  let count = 0;
  for (const hash of hashes) {
    const row = weights.features.get(hash)!;
    let mask = 0;
    const kept: number[] = [];
    for (let t = 0; t < weights.tagCount; t++) {
      const q = Math.abs(row[t]!) < prune ? 0 : Math.round(row[t]! / scale);
      if (q === 0) continue;
      mask |= 1 << t;
      kept.push(q);
    }
    if (!mask) continue;
    pushVarint(body, hash - last);
    last = hash;
    pushVarint(masks, mask);
    values.push(...kept);
    count++;
  }
  const gazetteer: Record<string, string> = {};
  for (const [category, names] of Object.entries(weights.gazetteer))
    gazetteer[category] = [...new Set(names)].sort().join('\n');
  const header = new TextEncoder().encode(
    JSON.stringify({ tagCount: weights.tagCount, scale, count, gazetteer }),
  );
  const bytes = new Uint8Array(9 + header.length + body.length + masks.length + values.length);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes[4] = VERSION;
  new DataView(bytes.buffer).setUint32(5, header.length, true);
  bytes.set(header, 9);
  let at = 9 + header.length;
  bytes.set(body, at);
  at += body.length;
  bytes.set(masks, at);
  at += masks.length;
  for (const v of values) bytes[at++] = v & 0xff;
  return bytes;
}

interface Header {
  tagCount: number;
  scale: number;
  count: number;
  gazetteer: Record<string, string>;
}

/** Decodes a model file (assets/models/ner.bin) into a model ready for `createTagger`. */
export function parseNerModel(bytes: Uint8Array): NerModel {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC || bytes[4] !== VERSION) {
    throw new Error(
      `Not a version ${VERSION} entity tagger model (expected 'FCNE'): pass assets/models/ner.bin.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(5, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(9, 9 + headerLength))) as Header;
  let at = 9 + headerLength;
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
  const { count, tagCount } = header;
  const hashes = new Float64Array(count);
  let hash = 0;
  for (let k = 0; k < count; k++) hashes[k] = hash += readVarint();
  const masks = new Int32Array(count);
  for (let k = 0; k < count; k++) masks[k] = readVarint();
  let size = 1;
  while (size < count * 2) size <<= 1;
  const slotKeys = new Int32Array(size);
  const slotRows = new Int32Array(size).fill(-1);
  const weights = new Int8Array(count * tagCount);
  for (let k = 0; k < count; k++) {
    const key = hashes[k]! | 0;
    let slot = key & (size - 1);
    while (slotRows[slot]! >= 0) slot = (slot + 1) & (size - 1);
    slotKeys[slot] = key;
    slotRows[slot] = k;
    for (let mask = masks[k]!; mask !== 0; mask &= mask - 1) {
      weights[k * tagCount + 31 - Math.clz32(mask & -mask)] = (bytes[at++]! << 24) >> 24;
    }
  }
  if (at !== bytes.length)
    throw new Error(
      'The entity tagger model file is truncated or corrupt: rebuild it with npm run train:ner.',
    );
  return {
    tagCount,
    scale: header.scale,
    slotKeys,
    slotRows,
    weights,
    gazetteer: compilePackedGazetteer(header.gazetteer),
    gazetteerSource: header.gazetteer,
  };
}

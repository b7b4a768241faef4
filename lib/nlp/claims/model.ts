/**
 * The shipped check-worthiness model: a calibrated logistic regression over hashed sentence features,
 * stored as sparse int8-quantised weights. Scores are probabilities; 0.5 is the decision threshold.
 */
import { parseNerModel } from '../tagger/model';
import { createAttributionTagger, type AttributionTagger } from './attributions';
import { sentenceFeatures } from './features';

/**
 * Scores a sentence 0..1 for how worth checking it is (≥ 0.5: worth checking); with the attribution tagger
 * when the model file carries one (assets/models/claims.bin does).
 */
export interface CheckworthinessModel {
  score(sentence: string): number;
  attributions?: AttributionTagger;
}

/** The decoded model: what the training script writes and the scorer reads. */
export interface LinearClaimsModel {
  /** log2 of the number of hashed feature buckets. */
  bits: number;
  /** Dense weights (length 2^bits); most are zero after pruning. */
  weights: Float32Array;
  /** Platt calibration: p = sigmoid(slope * raw + intercept). */
  slope: number;
  intercept: number;
}

const MAGIC = 'FCCW';
const VERSION = 1;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Raw (uncalibrated) linear score of a sentence, for training and calibration. */
function rawScore(model: Pick<LinearClaimsModel, 'bits' | 'weights'>, sentence: string): number {
  let z = 0;
  for (const f of sentenceFeatures(sentence, model.bits)) z += model.weights[f]!;
  return z;
}

/** A scorer over a decoded model. */
function createClaimsScorer(model: LinearClaimsModel): CheckworthinessModel {
  return { score: (sentence) => sigmoid(model.slope * rawScore(model, sentence) + model.intercept) };
}

/**
 * Encodes a model as bytes: "FCCW", version, bits, scale, slope, intercept, count, then the non-zero
 * weights as varint index gaps followed by int8 values (weight = value * scale).
 */
export function encodeClaimsModel(model: LinearClaimsModel): Uint8Array {
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127 || 1;
  const indices: number[] = [];
  const values: number[] = [];
  model.weights.forEach((w, i) => {
    const q = Math.round(w / scale);
    if (q !== 0) {
      indices.push(i);
      values.push(q);
    }
  });
  const gaps: number[] = [];
  let last = -1;
  for (const i of indices) {
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
  }
  const header = 4 + 1 + 1 + 4 * 4;
  const bytes = new Uint8Array(header + gaps.length + values.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes[4] = VERSION;
  bytes[5] = model.bits;
  view.setFloat32(6, scale, true);
  view.setFloat32(10, model.slope, true);
  view.setFloat32(14, model.intercept, true);
  view.setUint32(18, indices.length, true);
  bytes.set(gaps, header);
  values.forEach((v, k) => view.setInt8(header + gaps.length + k, v));
  return bytes;
}

/** Decodes the bytes of assets/models/claims.bin (see encodeClaimsModel); throws on a foreign or damaged file. */
export function decodeClaimsModel(bytes: Uint8Array): LinearClaimsModel {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC || bytes[4] !== VERSION) {
    throw new Error(
      `Not a check-worthiness model (magic '${magic}', version ${bytes[4]}): pass the bytes of assets/models/claims.bin.`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bits = bytes[5]!;
  const scale = view.getFloat32(6, true);
  const slope = view.getFloat32(10, true);
  const intercept = view.getFloat32(14, true);
  const count = view.getUint32(18, true);
  const weights = new Float32Array(1 << bits);
  let pos = 22;
  const indices: number[] = [];
  let last = -1;
  for (let k = 0; k < count; k++) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      if (pos >= bytes.length)
        throw new Error('Check-worthiness model is truncated: rebuild it with npm run train:claims.');
      b = bytes[pos++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    last += gap;
    indices.push(last);
  }
  if (pos + count > bytes.length || last >= weights.length) {
    throw new Error('Check-worthiness model is truncated or corrupt: rebuild it with npm run train:claims.');
  }
  indices.forEach((i, k) => (weights[i] = view.getInt8(pos + k) * scale));
  return { bits, weights, slope, intercept };
}

const BUNDLE_MAGIC = 'FCCL';

/**
 * The shipped file holds both claims models: "FCCL", version 1, then the check-worthiness model and the
 * attribution tagger, each as a u32 byte length followed by its bytes.
 */
export function encodeClaimsBundle(checkworthiness: Uint8Array, attributions: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(5 + 8 + checkworthiness.length + attributions.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = BUNDLE_MAGIC.charCodeAt(i);
  bytes[4] = 1;
  view.setUint32(5, checkworthiness.length, true);
  bytes.set(checkworthiness, 9);
  view.setUint32(9 + checkworthiness.length, attributions.length, true);
  bytes.set(attributions, 13 + checkworthiness.length);
  return bytes;
}

/** The two parts of a bundle (or a lone check-worthiness model, with no tagger). */
export function splitClaimsBundle(bytes: Uint8Array): {
  checkworthiness: Uint8Array;
  attributions?: Uint8Array;
} {
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== BUNDLE_MAGIC) return { checkworthiness: bytes };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = bytes.length >= 9 ? view.getUint32(5, true) : Infinity;
  const second = 13 + first <= bytes.length ? view.getUint32(9 + first, true) : Infinity;
  if (bytes[4] !== 1 || 13 + first + second !== bytes.length)
    throw new Error('The claims model file is truncated or corrupt: rebuild it with npm run train:claims.');
  return {
    checkworthiness: bytes.subarray(9, 9 + first),
    attributions: bytes.subarray(13 + first),
  };
}

/** Parses the shipped model bytes into a scorer with its attribution tagger (the pipeline's entry point). */
export function parseClaimsModel(bytes: Uint8Array): CheckworthinessModel {
  const parts = splitClaimsBundle(bytes);
  const scorer = createClaimsScorer(decodeClaimsModel(parts.checkworthiness));
  if (!parts.attributions) return scorer;
  return { ...scorer, attributions: createAttributionTagger(parseNerModel(parts.attributions)) };
}

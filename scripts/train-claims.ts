/**
 * `npm run train:claims`: trains the check-worthiness model (lib/nlp/claims) and writes assets/models/claims.bin.
 * Data (read from ../shared/corpus, never copied): ClaimBuster crowdsourced.csv (label 1 = check-worthy
 * factual sentence) and CheckThat! 2024 English dev (= ClaimBuster groundtruth, expert labels).
 * CheckThat! 2024 dev-test is never trained on: any training sentence whose text also occurs there is dropped.
 * Logistic regression with Adagrad and L2 over hashed features, fixed seed; Platt calibration fitted on
 * out-of-fold scores of the expert-labelled dev set, shifted so that 0.5 is the F1-best threshold there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentenceFeatures } from '../lib/nlp/claims/features';
import {
  encodeClaimsBundle,
  encodeClaimsModel,
  splitClaimsBundle,
  type LinearClaimsModel,
} from '../lib/nlp/claims/model';
import { trainAttributionTagger } from './train-attributions';
import { parseCsv } from './kb/csv';
import { corpusDir } from './lib/corpus';
import { seededRandom } from '../lib/nlp/tagger/perceptron';

/** One labelled sentence. */
export interface LabelledSentence {
  text: string;
  positive: boolean;
  /** Training target in 0..1 when it differs from the label (ClaimBuster's unimportant factual sentences). */
  target?: number;
}

/** Training options; the defaults are what ships. */
export interface TrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Number of shuffles (seed, seed+1, …) whose weights are averaged: steadier than one run. */
  runs: number;
  /** Weights whose magnitude is below this are dropped before quantising. */
  prune: number;
  /** Features (hash buckets) seen in fewer training sentences than this are dropped: rare bigrams only add size. */
  minCount: number;
  /** Weight of the CheckThat! 2024 dev sentences in training (0 = calibration only). */
  expertWeight: number;
  /** Weight of CheckThat! 2019 sentences in training (0 = not used). */
  ct2019Weight: number;
  /** Target for ClaimBuster's "unimportant factual sentence" label (0 = not check-worthy). */
  factualTarget: number;
  /** Weights are clipped at this quantile of their magnitudes before int8 quantisation. */
  clip: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  bits: 18,
  epochs: 3,
  learningRate: 0.1,
  l2: 1e-6,
  seed: 20240607,
  runs: 5,
  prune: 0.01,
  factualTarget: 0.3,
  ct2019Weight: Number(process.env.FC_CT2019_WEIGHT ?? 0),
  expertWeight: Number(process.env.FC_EXPERT_WEIGHT ?? 0),
  minCount: 12,
  clip: 0.999,
};

const normaliseText = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Reads a CheckThat! 2024 TSV (Sentence_id, Text, class_label Yes/No). */
export function readCheckThat2024(file: string): LabelledSentence[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  const out: LabelledSentence[] = [];
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    let text = cols[1]!;
    if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    out.push({ text, positive: cols[2]!.trim() === 'Yes' });
  }
  return out;
}

/** CheckThat! 2024 English dev-test: the evaluation set (never trained on). */
export function readDevTest(): LabelledSentence[] {
  return readCheckThat2024(join(corpusDir(), 'checkthat2024/CT24_checkworthy_english_dev-test.tsv'));
}

/** CheckThat! 2024 English dev (expert labels). */
export function readDev(): LabelledSentence[] {
  return readCheckThat2024(join(corpusDir(), 'checkthat2024/CT24_checkworthy_english_dev.tsv'));
}

/** ClaimBuster crowdsourced.csv: Verdict 1 (check-worthy factual) is positive; 0 and -1 are not. */
export function readCrowdsourced(factualTarget = 0): LabelledSentence[] {
  const rows = parseCsv(readFileSync(join(corpusDir(), 'claimbuster/datasets/crowdsourced.csv'), 'utf8'));
  return rows
    .filter((r) => r.Text)
    .map((r) => ({
      text: r.Text!,
      positive: r.Verdict === '1',
      ...(r.Verdict === '0' ? { target: factualTarget } : {}),
    }));
}

/** CheckThat! 2019 debate and speech transcripts (line, speaker, text, label 0/1); SYSTEM lines (applause) dropped. */
export function readCheckThat2019(): LabelledSentence[] {
  const dir = join(corpusDir(), 'checkthat2019/data/training');
  const out: LabelledSentence[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      const cols = line.split('\t');
      if (cols.length < 4 || cols[1] === 'SYSTEM' || !cols[2]) continue;
      out.push({ text: cols[2], positive: cols[3]!.trim() === '1' });
    }
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Logistic regression with Adagrad over hashed features; returns dense weights. */
export function trainWeights(
  data: Array<LabelledSentence & { weight: number }>,
  o: TrainOptions,
  featuresOf: (text: string, bits: number) => number[] = sentenceFeatures,
): Float32Array {
  const dim = 1 << o.bits;
  const w = new Float32Array(dim);
  const g2 = new Float32Array(dim).fill(1e-8);
  const counts = new Uint32Array(dim);
  const feats = data.map((d) => {
    const f = featuresOf(d.text, o.bits);
    for (const idx of new Set(f)) counts[idx]!++;
    return f;
  });
  if (o.minCount > 1) feats.forEach((f, k) => (feats[k] = f.filter((idx) => counts[idx]! >= o.minCount)));
  const order = data.map((_, i) => i);
  const rand = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const f = feats[k]!;
      let z = 0;
      for (const idx of f) z += w[idx]!;
      const target = data[k]!.target ?? (data[k]!.positive ? 1 : 0);
      const grad = (sigmoid(z) - target) * data[k]!.weight;
      for (const idx of f) {
        const g = grad + o.l2 * w[idx]!;
        g2[idx]! += g * g;
        w[idx]! -= (o.learningRate * g) / Math.sqrt(g2[idx]!);
      }
    }
  }
  for (let i = 0; i < dim; i++) if (Math.abs(w[i]!) < o.prune) w[i] = 0;
  return w;
}

/** Fits p = sigmoid(a*raw + b) by gradient descent on log-loss. */
export function fitPlatt(
  raw: number[],
  labels: boolean[],
  balanced = false,
): { slope: number; intercept: number } {
  let a = 1;
  let b = 0;
  const positives = labels.filter(Boolean).length;
  // Balanced: each class weighs half, so 0.5 means "as likely check-worthy as not" whatever the base rate.
  const weightOf = (y: boolean): number =>
    !balanced ? 1 : y ? raw.length / (2 * positives) : raw.length / (2 * (raw.length - positives));
  for (let it = 0; it < 3000; it++) {
    let ga = 0;
    let gb = 0;
    raw.forEach((r, i) => {
      const e = (sigmoid(a * r + b) - (labels[i] ? 1 : 0)) * weightOf(labels[i]!);
      ga += e * r;
      gb += e;
    });
    a -= (0.5 * ga) / raw.length;
    b -= (0.5 * gb) / raw.length;
  }
  return { slope: a, intercept: b };
}

/** The threshold on scores that maximises positive-class F1. */
export function bestF1Threshold(scores: number[], labels: boolean[]): { threshold: number; f1: number } {
  const idx = scores.map((_, i) => i).sort((x, y) => scores[y]! - scores[x]!);
  const total = labels.filter(Boolean).length;
  let tp = 0;
  let best = { threshold: 0.5, f1: 0 };
  idx.forEach((i, rank) => {
    if (labels[i]) tp++;
    const f1 = (2 * tp) / (rank + 1 + total);
    const next = idx[rank + 1];
    if (f1 > best.f1 && (next === undefined || scores[next]! < scores[i]!)) {
      best = { threshold: next === undefined ? scores[i]! : (scores[i]! + scores[next]!) / 2, f1 };
    }
  });
  return best;
}

const rawOf = (w: Float32Array, bits: number, text: string): number => {
  let z = 0;
  for (const f of sentenceFeatures(text, bits)) z += w[f]!;
  return z;
};

/**
 * Trains the shipped model: weights averaged over `runs` shuffles of the crowdsourced set, then a class-balanced
 * Platt calibration on the expert-labelled CheckThat! 2024 dev set (held out from the weights), so that 0.5 means
 * "as likely check-worthy as not" whatever the base rate of the page.
 */
export function trainClaimsModel(
  o: TrainOptions = DEFAULT_OPTIONS,
  log: (s: string) => void = console.log,
): LinearClaimsModel {
  const held = new Set(readDevTest().map((s) => normaliseText(s.text)));
  const expert = readDev().filter((s) => !held.has(normaliseText(s.text)));
  const expertTexts = new Set(expert.map((s) => normaliseText(s.text)));
  const crowd = readCrowdsourced(o.factualTarget)
    .filter((s) => !held.has(normaliseText(s.text)) && !expertTexts.has(normaliseText(s.text)))
    .map((s) => ({ ...s, weight: 1 }));
  // CheckThat! 2019 debate transcripts: the same task on spoken political claims, weighted down (its labels
  // mark only what fact-checkers chose to check, so many checkable sentences are negatives).
  // CheckThat! 2024 dev (expert labels) in the weights too, when asked: calibration then sees its own training data.
  if (o.expertWeight > 0) for (const s of expert) crowd.push({ ...s, weight: o.expertWeight });
  if (o.ct2019Weight > 0)
    for (const s of readCheckThat2019())
      if (!held.has(normaliseText(s.text)) && !expertTexts.has(normaliseText(s.text)))
        crowd.push({ ...s, weight: o.ct2019Weight });
  log(
    `training: ${crowd.length} sentences (ClaimBuster crowdsourced, CheckThat! 2019 at weight ${o.ct2019Weight}); calibration: ${expert.length} expert-labelled sentences`,
  );
  const weights = new Float32Array(1 << o.bits);
  for (let k = 0; k < o.runs; k++) {
    const run = trainWeights(crowd, { ...o, seed: o.seed + k, prune: 0 });
    run.forEach((w, i) => (weights[i]! += w / o.runs));
  }
  for (let i = 0; i < weights.length; i++) if (Math.abs(weights[i]!) < o.prune) weights[i] = 0;
  // Clip the few largest weights so that int8 quantisation (one scale) keeps the many small ones.
  const magnitudes = [...weights]
    .filter((w) => w !== 0)
    .map(Math.abs)
    .sort((a, b) => a - b);
  const limit = magnitudes[Math.floor(o.clip * (magnitudes.length - 1))] ?? 1;
  for (let i = 0; i < weights.length; i++) weights[i] = Math.max(-limit, Math.min(limit, weights[i]!));
  const raw = expert.map((s) => rawOf(weights, o.bits, s.text));
  const labels = expert.map((s) => s.positive);
  const { slope, intercept } = fitPlatt(raw, labels, true);
  const probs = raw.map((r) => sigmoid(slope * r + intercept));
  const tp = probs.filter((p, i) => p >= 0.5 && labels[i]).length;
  const predicted = probs.filter((p) => p >= 0.5).length;
  const positives = labels.filter(Boolean).length;
  log(
    `calibration set at 0.5: P ${(tp / predicted).toFixed(3)} R ${(tp / positives).toFixed(3)} F1 ${((2 * tp) / (predicted + positives)).toFixed(3)}; Platt slope ${slope.toFixed(3)}, intercept ${intercept.toFixed(3)}`,
  );
  return { bits: o.bits, weights, slope, intercept };
}

/**
 * Writes assets/models/claims.bin: the check-worthiness model and the attribution tagger in one file.
 * `--only checkworthiness` or `--only attributions` retrains one part and keeps the other from the current file.
 */
async function main(): Promise<void> {
  const t0 = performance.now();
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const out = resolve(process.cwd(), 'assets/models/claims.bin');
  const current = only && existsSync(out) ? splitClaimsBundle(new Uint8Array(readFileSync(out))) : undefined;
  let checkworthiness = current?.checkworthiness;
  if (only !== 'attributions' || !checkworthiness) {
    const model = trainClaimsModel();
    checkworthiness = encodeClaimsModel(model);
    const nonZero = model.weights.filter((w) => w !== 0).length;
    console.log(`check-worthiness: ${checkworthiness.length} bytes, ${nonZero} non-zero weights`);
  }
  let attributions = current?.attributions;
  if (only !== 'checkworthiness' || !attributions) {
    attributions = trainAttributionTagger();
    console.log(`attribution tagger: ${attributions.length} bytes`);
  }
  mkdirSync(resolve(process.cwd(), 'assets/models'), { recursive: true });
  const bytes = encodeClaimsBundle(checkworthiness, attributions);
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${bytes.length} bytes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

/**
 * Trains the attribution tagger (lib/nlp/claims/attributions.ts) on PolNeAR train, minus the held-out tenth
 * (scripts/lib/polnear.ts isHeldOut), which stays for evaluation. Averaged perceptron, fixed seed and order:
 * the same corpus gives the same bytes. Called by `npm run train:claims`.
 */
import type { Span } from '../lib/contract/types';
import {
  ATTRIBUTION_TAG_COUNT,
  attributionFeatures,
  beginTag,
  taggingUnits,
  viterbiBio,
  type Role,
} from '../lib/nlp/claims/attributions';
import { AveragedPerceptron, seededRandom, shuffle } from '../lib/nlp/tagger/perceptron';
import { encodeNerModel } from '../lib/nlp/tagger/model';
import { normaliseWord } from '../lib/nlp/tagger/features';
import { tokenize, type Token } from '../lib/nlp/tagger/tokenize';
import { isHeldOut, readPolnear, type PolnearArticle } from './lib/polnear';

/** Training options; the defaults are what ships. */
export interface AttributionTrainOptions {
  epochs: number;
  seed: number;
  /** Averaged weights smaller than this are dropped. */
  prune: number;
  /** Weights are clipped at this quantile of their magnitudes before int8 quantisation. */
  clip: number;
  /** A word is a cue word when it is part of a cue at least this often… */
  cueMinCount: number;
  /** …and in at least this share of its occurrences. */
  cueMinShare: number;
}

export const ATTRIBUTION_DEFAULTS: AttributionTrainOptions = {
  epochs: 4,
  seed: 20161008,
  prune: 3,
  clip: 0.999,
  cueMinCount: 4,
  cueMinShare: 0.15,
};

interface Sequence {
  tokens: Token[];
  gold: Int32Array;
}

/** Gold BIO tags of an article's tokens: each segment of each role starts with B. */
function goldTags(article: PolnearArticle, tokens: Token[]): Int32Array {
  const tags = new Int32Array(tokens.length);
  const mark = (segment: Span, role: Role): void => {
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.end <= segment.start || t.start >= segment.end) continue;
      if (tags[i] !== 0) continue; // a token belongs to one role of one attribution
      tags[i] = first ? beginTag(role) : beginTag(role) + 1;
      first = false;
    }
  };
  for (const a of article.attributions) {
    for (const s of a.source) mark(s, 'SRC');
    for (const s of a.cue) mark(s, 'CUE');
    for (const s of a.content) mark(s, 'CON');
  }
  return tags;
}

/** Cue words: words that are part of a cue often enough, and in a large enough share of their uses. */
export function cueLexicon(articles: PolnearArticle[], o: AttributionTrainOptions): string[] {
  const total = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const article of articles) {
    const tokens = tokenize(article.text);
    const cueSpans = article.attributions.flatMap((a) => a.cue);
    for (const t of tokens) {
      const w = normaliseWord(t.text);
      total.set(w, (total.get(w) ?? 0) + 1);
      if (cueSpans.some((c) => t.start < c.end && c.start < t.end)) asCue.set(w, (asCue.get(w) ?? 0) + 1);
    }
  }
  return [...asCue]
    .filter(([w, n]) => n >= o.cueMinCount && n / total.get(w)! >= o.cueMinShare)
    .map(([w]) => w)
    .sort();
}

/** Trains the tagger and returns the model bytes (entity-tagger format, cue words as gazetteer `cue`). */
export function trainAttributionTagger(
  o: AttributionTrainOptions = ATTRIBUTION_DEFAULTS,
  log: (s: string) => void = console.log,
): Uint8Array {
  const articles = readPolnear('train').filter((a) => !isHeldOut(a.name));
  const cues = cueLexicon(articles, o);
  const cueSet = new Set(cues);
  const sequences: Sequence[] = [];
  for (const article of articles) {
    const tokens = tokenize(article.text);
    const gold = goldTags(article, tokens);
    let at = 0;
    for (const unit of taggingUnits(article.text, tokens)) {
      sequences.push({ tokens: unit.tokens, gold: gold.slice(at, at + unit.tokens.length) });
      at += unit.tokens.length;
    }
  }
  const featureLists = sequences.map((s) => attributionFeatures(s.tokens, cueSet));
  const tokenCount = sequences.reduce((n, s) => n + s.tokens.length, 0);
  log(
    `attributions: ${articles.length} PolNeAR train articles (held-out tenth excluded), ${sequences.length} paragraphs, ${tokenCount} tokens, ${cues.length} cue words`,
  );
  const perceptron = new AveragedPerceptron(ATTRIBUTION_TAG_COUNT);
  const order = sequences.map((_, i) => i);
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    let wrong = 0;
    for (const k of order) {
      const seq = sequences[k]!;
      const f = featureLists[k]!;
      const predicted = viterbiBio(perceptron.emissions(f), perceptron.transitions(), f.length);
      for (let i = 0; i < predicted.length; i++) if (predicted[i] !== seq.gold[i]) wrong++;
      perceptron.update(f, seq.gold, predicted);
    }
    log(`  epoch ${epoch + 1}: ${((100 * wrong) / tokenCount).toFixed(2)}% tokens wrong`);
  }
  const features = clipWeights(perceptron.averaged(), o.clip);
  return encodeNerModel({ tagCount: ATTRIBUTION_TAG_COUNT, features, gazetteer: { cue: cues } }, o.prune);
}

/**
 * Clips weights at the given quantile of their magnitudes, so that int8 quantisation (one scale for the
 * whole model) keeps the many small weights instead of spending its range on a few large ones.
 */
function clipWeights(features: Map<number, Float32Array>, quantile: number): Map<number, Float32Array> {
  const magnitudes: number[] = [];
  for (const row of features.values()) for (const w of row) if (w !== 0) magnitudes.push(Math.abs(w));
  magnitudes.sort((a, b) => a - b);
  const limit = magnitudes[Math.floor(quantile * (magnitudes.length - 1))] ?? 1;
  for (const row of features.values())
    for (let t = 0; t < row.length; t++) row[t] = Math.max(-limit, Math.min(limit, row[t]!));
  return features;
}

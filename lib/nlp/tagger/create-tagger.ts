/** The runtime tagger: raw text in, typed entity spans with exact UTF-16 offsets out. */
import { sentenceFeatures, transitionFeature } from './features';
import { findRow, type NerModel } from './model';
import { allowedTransition, runsFromBilou, type EntityLabel } from './tags';
import { widenAfterQuotes } from './quoted-names';
import { groupSentences, tokenize, type Token } from './tokenize';
import { viterbi } from './viterbi';

/** Perceptron margins are large (tens of units): dividing by this spreads span scores over 0..1. */
const SCORE_TEMPERATURE = 8;

/** One entity the tagger found: `text === input.slice(start, end)`. */
export interface TaggedSpan {
  start: number;
  end: number;
  text: string;
  type: EntityLabel;
  /** 0..1: how clearly the model preferred these tags (lowest local probability over the span's words). */
  score?: number;
}

/** Finds organisations, people, places and other names (MISC) in raw text. */
export interface Tagger {
  tag(text: string): TaggedSpan[];
  /** True for a word the tagger's name lists hold as a given name and never as a family name ('Otto', 'Aisha'). */
  isGivenName?(word: string): boolean;
}

/** Scores of every tag for every word (`n × tagCount`) under the model. */
export function emissionScores(model: NerModel, features: number[][]): Float64Array {
  const T = model.tagCount;
  const scores = new Float64Array(features.length * T);
  features.forEach((feats, i) => {
    for (const hash of feats) {
      const row = findRow(model, hash);
      if (row < 0) continue;
      for (let t = 0; t < T; t++) scores[i * T + t] += model.weights[row * T + t]!;
    }
  });
  return scores;
}

/** Transition scores `(p+1) × tagCount` (p = -1 is the sentence start). */
export function transitionScores(model: NerModel): Float64Array {
  const T = model.tagCount;
  const scores = new Float64Array((T + 1) * T);
  for (let p = -1; p < T; p++) {
    const row = findRow(model, transitionFeature(p));
    if (row >= 0) for (let t = 0; t < T; t++) scores[(p + 1) * T + t] = model.weights[row * T + t]!;
  }
  return scores;
}

/** Tags one sentence's tokens, appending spans to `out`. */
function tagSentence(
  model: NerModel,
  transitions: Float64Array,
  text: string,
  tokens: Token[],
  out: TaggedSpan[],
): void {
  const T = model.tagCount;
  const emissions = emissionScores(
    model,
    sentenceFeatures(
      tokens.map((t) => t.text),
      model.gazetteer,
    ),
  );
  const tags = viterbi(emissions, transitions, tokens.length, T);
  for (const run of runsFromBilou(tags)) {
    let score = 1;
    for (let i = run.first; i <= run.last; i++) {
      // Local probability of the chosen tag with its neighbours' tags fixed: both transitions count.
      const prev = i === 0 ? -1 : tags[i - 1]!;
      const next = i + 1 < tags.length ? tags[i + 1]! : -1;
      const local = (t: number): number =>
        emissions[i * T + t]! +
        transitions[(prev + 1) * T + t]! +
        (next >= 0 ? transitions[(t + 1) * T + next]! : 0);
      const chosen = local(tags[i]!);
      let norm = 0;
      for (let t = 0; t < T; t++) {
        if (allowedTransition(prev, t) && allowedTransition(t, next))
          norm += Math.exp((model.scale * (local(t) - chosen)) / SCORE_TEMPERATURE);
      }
      score = Math.min(score, 1 / norm);
    }
    const start = tokens[run.first]!.start;
    const end = tokens[run.last]!.end;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: run.label,
      score: Math.round(score * 1000) / 1000,
    });
  }
}

/** A tagger over a decoded model; it keeps no state between calls, so one tagger serves every article. */
export function createTagger(model: NerModel): Tagger {
  const transitions = transitionScores(model);
  const tagText = (text: string): TaggedSpan[] => {
    const out: TaggedSpan[] = [];
    if (!text) return out;
    for (const sentence of groupSentences(text, tokenize(text)))
      tagSentence(model, transitions, text, sentence, out);
    return out;
  };
  const { categories, entries } = model.gazetteer;
  const first = categories.indexOf('first');
  const last = categories.indexOf('last');
  return {
    isGivenName(word: string): boolean {
      const bits = entries.get(word.toLowerCase()) ?? 0;
      return first >= 0 && ((bits >> first) & 1) === 1 && (last < 0 || ((bits >> last) & 1) === 0);
    },
    tag(text: string): TaggedSpan[] {
      return widenAfterQuotes(text, tagText(text), tagText);
    },
  };
}

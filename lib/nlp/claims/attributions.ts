/**
 * The attribution tagger: a sequence labeller trained on PolNeAR (`npm run train:claims`) that marks, per
 * paragraph, who is reported (SOURCE), the cue ("said", "according to", "believes", "X:") and what is attributed
 * (CONTENT), as BIO tags decoded with Viterbi; then each content is tied to its cue and source. It reuses the
 * entity tagger's averaged perceptron, feature hashing and int8 model format; the cue lexicon travels in the
 * model file as its gazetteer list `cue`.
 */
import type { Span } from '../../contract/types';
import { emissionScores, transitionScores } from '../tagger/create-tagger';
import { featureHash } from '../tagger/feature-hash';
import { normaliseWord, wordShape } from '../tagger/features';
import { gazetteerLists, type NerModel } from '../tagger/model';
import { tokenize, type Token } from '../tagger/tokenize';
import { transitionMask, viterbi } from '../tagger/viterbi';

/** Tags: O, then B/I for source, cue and content. */
export const ATTRIBUTION_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export const ATTRIBUTION_TAG_COUNT = ATTRIBUTION_TAGS.length;
export type Role = 'SRC' | 'CUE' | 'CON';
const ROLES: Role[] = ['SRC', 'CUE', 'CON'];

/** Tag number of B (or I) of a role. */
export const beginTag = (role: Role): number => 1 + 2 * ROLES.indexOf(role);
const roleOf = (tag: number): Role | undefined => (tag === 0 ? undefined : ROLES[(tag - 1) >> 1]);
const isInside = (tag: number): boolean => tag > 0 && (tag - 1) % 2 === 1;

/** Longest paragraph the tagger reads in one piece, in tokens; longer ones are cut (bounds the work). */
export const MAX_UNIT_TOKENS = 400;

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);
const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);

/** A run of tokens the tagger reads as one sequence: a paragraph (or a piece of a long one). */
export interface TaggingUnit {
  tokens: Token[];
}

/** Paragraphs of `text` as token runs: a blank line (or a line break) between tokens starts a new unit. */
export function taggingUnits(text: string, tokens: Token[] = tokenize(text)): TaggingUnit[] {
  const units: TaggingUnit[] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    const gap = prev ? text.slice(prev.end, token.start) : '';
    if (current.length > 0 && (gap.includes('\n') || current.length >= MAX_UNIT_TOKENS)) {
      units.push({ tokens: current });
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) units.push({ tokens: current });
  return units;
}

/** Whether each token is inside a double quotation (straight marks toggle; curly ones open and close). */
function quoteDepths(tokens: Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (QUOTE_MARKS.has(t)) {
      if (OPENING.has(t)) open = true;
      else if (CLOSING.has(t)) open = false;
      else open = !open;
      inside[i] = 2;
      continue;
    }
    inside[i] = open ? 1 : 0;
  }
  return inside;
}

/** Sentence index of each token: a sentence ends after . ! ? (and any closing quote or bracket after it). */
function sentenceIds(tokens: Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    ids[i] = id;
    const t = tokens[i]!.text;
    const next = tokens[i + 1]?.text;
    if (/^[.!?]+$/.test(t) && next !== undefined && !QUOTE_MARKS.has(next) && !/^[)’']$/.test(next)) id++;
    else if ((QUOTE_MARKS.has(t) || /^[)’']$/.test(t)) && /^[.!?]+$/.test(tokens[i - 1]?.text ?? '')) id++;
  }
  return ids;
}

const bucket = (d: number): string => (d <= 0 ? 'x' : d <= 1 ? '1' : d <= 3 ? '3' : d <= 8 ? '8' : 'far');

/**
 * Hashed features of every token of one unit: the words around it, shape and suffix, whether it is inside a
 * quotation, where it sits in its sentence, and how far the nearest cue word (lexicon) is to its left and right
 * within the sentence — the long-range evidence a first-order tagger cannot see by itself.
 */
export function attributionFeatures(tokens: Token[], cues: ReadonlySet<string>): number[][] {
  const n = tokens.length;
  const lower = tokens.map((t) => normaliseWord(t.text));
  const quoted = quoteDepths(tokens);
  const sent = sentenceIds(tokens);
  const isCue = lower.map((w) => cues.has(w));
  // Nearest cue word to the left / right within the same sentence, and sentence starts.
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  const sentStart = new Int32Array(n);
  const leftQuote = new Uint8Array(n);
  const rightQuote = new Uint8Array(n);
  const leftColon = new Uint8Array(n);
  for (let i = 0, last = -1, lq = 0, colon = 0, start = 0; i < n; i++) {
    if (i > 0 && sent[i] !== sent[i - 1]) {
      last = -1;
      lq = 0;
      colon = 0;
      start = i;
    }
    sentStart[i] = start;
    leftCue[i] = last;
    leftQuote[i] = lq;
    leftColon[i] = colon;
    if (isCue[i]) last = i;
    if (quoted[i] === 2) lq = 1;
    if (lower[i] === ':') colon = 1;
  }
  for (let i = n - 1, next = -1, rq = 0; i >= 0; i--) {
    if (i < n - 1 && sent[i] !== sent[i + 1]) {
      next = -1;
      rq = 0;
    }
    rightCue[i] = next;
    rightQuote[i] = rq;
    if (isCue[i]) next = i;
    if (quoted[i] === 2) rq = 1;
  }
  const startsWithQuote = n > 0 && quoted[0] === 2 ? '1' : '0';
  const at = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]!);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const f: number[] = [];
    const add = (template: string, value: string): void => {
      f.push(featureHash(template, value));
    };
    const w = lower[i]!;
    const q = String(quoted[i]);
    add('b', '');
    add('w', w);
    add('p1', at(i - 1));
    add('p2', at(i - 2));
    add('n1', at(i + 1));
    add('n2', at(i + 2));
    add('pw', `${at(i - 1)}|${w}`);
    add('wn', `${w}|${at(i + 1)}`);
    add('s', wordShape(tokens[i]!.text));
    if (w.length > 3) add('suf3', w.slice(-3));
    add('q', q);
    add('qw', `${q}|${w}`);
    add('qpq', `${quoted[i - 1] ?? 'x'}|${q}|${quoted[i + 1] ?? 'x'}`);
    add('psq', startsWithQuote);
    const pos = i - sentStart[i]!;
    add('pos', pos < 4 ? String(pos) : 'more');
    add('cue', isCue[i] ? '1' : '0');
    const lc = leftCue[i]! < 0 ? 'none' : bucket(i - leftCue[i]!);
    const rc = rightCue[i]! < 0 ? 'none' : bucket(rightCue[i]! - i);
    add('lc', lc);
    add('rc', rc);
    add('lcrc', `${lc}|${rc}`);
    add('lcq', `${lc}|${q}`);
    add('rcq', `${rc}|${q}`);
    if (leftCue[i]! >= 0) add('lcw', lower[leftCue[i]!]!);
    if (rightCue[i]! >= 0) add('rcw', lower[rightCue[i]!]!);
    add('quotes', `${leftQuote[i]}|${rightQuote[i]}`);
    add('colon', String(leftColon[i]));
    add('first', sentStart[i] === 0 ? 'para' : 'sent');
    out.push(f);
  }
  return out;
}

/** BIO: I-X only after B-X or I-X; any tag may end a unit. */
const BIO_MASK = transitionMask(
  ATTRIBUTION_TAG_COUNT,
  (p, t) => t < 0 || !isInside(t) || (p > 0 && roleOf(p) === roleOf(t)),
);

/** Viterbi over BIO tags (the entity tagger's decoder with the BIO mask). Returns the best allowed sequence. */
export function viterbiBio(
  emissions: ArrayLike<number>,
  transitions: ArrayLike<number>,
  n: number,
): Int32Array {
  return viterbi(emissions, transitions, n, ATTRIBUTION_TAG_COUNT, BIO_MASK);
}

/** A tagged run of one role: tokens [first, last] of a unit, and its characters. */
export interface RoleSpan extends Span {
  role: Role;
  first: number;
  last: number;
}

/** Role spans of a tagged unit, in order. */
export function roleSpans(tokens: Token[], tags: ArrayLike<number>): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const role = roleOf(tags[i]!);
    if (!role) continue;
    const open = spans[spans.length - 1];
    if (isInside(tags[i]!) && open && open.role === role && open.last === i - 1) {
      open.last = i;
      open.end = tokens[i]!.end;
    } else spans.push({ role, first: i, last: i, start: tokens[i]!.start, end: tokens[i]!.end });
  }
  return spans;
}

/** One attribution found by the tagger: its content, and the cue and source it hangs on (when found). */
export interface FoundAttribution {
  content: Span;
  cue?: Span;
  source?: Span;
  /** The cue holds a known cue word (or is a colon) and is short: a cue a reader would recognise. */
  plainCue?: boolean;
}

/** Longest cue a reader would recognise as one ("said in a statement", "according to"), in words. */
const MAX_CUE_WORDS = 4;

/** Most tokens between a content and the cue it hangs on. */
const MAX_CUE_DISTANCE = 40;

/**
 * Ties each content to the nearest cue of its unit (a content with no cue in reach continues the previous
 * attribution), and each cue to the nearest source. Contents sharing a cue ("'A,' she said. 'B.'") stay separate.
 */
export function groupAttributions(spans: RoleSpan[]): FoundAttribution[] {
  const cues = spans.filter((s) => s.role === 'CUE');
  const sources = spans.filter((s) => s.role === 'SRC');
  const out: FoundAttribution[] = [];
  for (const content of spans) {
    if (content.role !== 'CON') continue;
    const gap = (c: RoleSpan): number =>
      c.first > content.last ? c.first - content.last : c.last < content.first ? content.first - c.last : 0;
    let cue: RoleSpan | undefined;
    for (const c of cues) if (gap(c) <= MAX_CUE_DISTANCE && (!cue || gap(c) < gap(cue))) cue = c;
    let source: RoleSpan | undefined;
    if (cue) {
      const c = cue;
      const dist = (s: RoleSpan): number =>
        s.first > c.last ? s.first - c.last : s.last < c.first ? c.first - s.last : 0;
      // A source on the far side of the content is someone else's.
      const usable = sources.filter(
        (s) =>
          dist(s) <= 12 &&
          !(s.first > content.last && content.first > c.last) &&
          !(s.last < content.first && content.last < c.first),
      );
      for (const s of usable) if (!source || dist(s) < dist(source)) source = s;
    }
    out.push({
      content: { start: content.start, end: content.end },
      ...(cue ? { cue: { start: cue.start, end: cue.end } } : {}),
      ...(source ? { source: { start: source.start, end: source.end } } : {}),
    });
  }
  return out;
}

/** Finds attributions in raw text. */
export interface AttributionTagger {
  find(text: string): FoundAttribution[];
}

/** The tagger over a decoded model (weights in the entity tagger's format, cue words as its `cue` list). */
export function createAttributionTagger(model: NerModel): AttributionTagger {
  const transitions = transitionScores(model);
  const cues = new Set(gazetteerLists(model).cue ?? []);
  return {
    find(text) {
      const out: FoundAttribution[] = [];
      for (const unit of taggingUnits(text)) {
        const features = attributionFeatures(unit.tokens, cues);
        const emissions = emissionScores(model, features);
        const tags = viterbiBio(emissions, transitions, unit.tokens.length);
        for (const found of groupAttributions(roleSpans(unit.tokens, tags))) {
          if (found.cue) {
            const words = text.slice(found.cue.start, found.cue.end).split(/\s+/);
            found.plainCue =
              words.length <= MAX_CUE_WORDS && words.some((w) => w === ':' || cues.has(normaliseWord(w)));
          }
          out.push(found);
        }
      }
      return out;
    },
  };
}

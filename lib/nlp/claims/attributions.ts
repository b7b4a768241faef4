/**
 * The attribution tagger: a sequence labeller trained on PolNeAR (`npm run train:claims`) that marks, per
 * paragraph, who is reported (SOURCE), the cue ("said", "according to", "believes", "X:") and what is attributed
 * (CONTENT), as BIO tags decoded with Viterbi; then each content is tied to its cue and source. It reuses the
 * entity tagger's averaged perceptron, feature hashing and int8 model format; the cue lexicon travels in the
 * model file as its gazetteer list `cue`.
 */
import type { Span } from '../../contract/types';
import { transitionScores } from '../tagger/create-tagger';
import { featureHash } from '../tagger/feature-hash';
import { normaliseWord, wordShape } from '../tagger/features';
import { findRow, gazetteerLists, type NerModel } from '../tagger/model';
import { tokenize, type Token } from '../tagger/tokenize';
import { transitionMask, viterbi } from '../tagger/viterbi';
import { withTrailingReports } from './trailing-report';

/** Tags: O, then B/I for source, cue and content. */
const ATTRIBUTION_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export const ATTRIBUTION_TAG_COUNT = ATTRIBUTION_TAGS.length;
export type Role = 'SRC' | 'CUE' | 'CON';
const ROLES: Role[] = ['SRC', 'CUE', 'CON'];

/** Tag number of B (or I) of a role. */
export const beginTag = (role: Role): number => 1 + 2 * ROLES.indexOf(role);
const roleOf = (tag: number): Role | undefined => (tag === 0 ? undefined : ROLES[(tag - 1) >> 1]);
const isInside = (tag: number): boolean => tag > 0 && (tag - 1) % 2 === 1;

/** Longest paragraph the tagger reads in one piece, in tokens; longer ones are cut (bounds the work). */
const MAX_UNIT_TOKENS = 400;

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
    const lineBreak = prev !== undefined && text.slice(prev.end, token.start).indexOf('\n') >= 0;
    if (current.length > 0 && (lineBreak || current.length >= MAX_UNIT_TOKENS)) {
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

/** Closing marks that stay with the sentence before them. */
const CLOSERS = new Set([')', '’', "'"]);

/** A run of full stops, "!" and "?" (a token that ends a sentence). */
function isStop(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c !== '.' && c !== '!' && c !== '?') return false;
  }
  return true;
}

/** Sentence index of each token: a sentence ends after . ! ? (and any closing quote or bracket after it). */
function sentenceIds(tokens: Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  for (let i = 0; i < tokens.length; i++) {
    ids[i] = id;
    const t = tokens[i]!.text;
    const next = tokens[i + 1]?.text;
    if (isStop(t) && next !== undefined && !QUOTE_MARKS.has(next) && !CLOSERS.has(next)) id++;
    else if ((QUOTE_MARKS.has(t) || CLOSERS.has(t)) && isStop(tokens[i - 1]?.text ?? '')) id++;
  }
  return ids;
}

const bucket = (d: number): string => (d <= 0 ? 'x' : d <= 1 ? '1' : d <= 3 ? '3' : d <= 8 ? '8' : 'far');

/** What the features of a unit read besides the words: quotation state, sentence starts, nearest cue words. */
interface UnitContext {
  lower: string[];
  quoted: Uint8Array;
  isCue: Uint8Array;
  leftCue: Int32Array;
  rightCue: Int32Array;
  sentStart: Int32Array;
  leftQuote: Uint8Array;
  rightQuote: Uint8Array;
  leftColon: Uint8Array;
  startsWithQuote: boolean;
}

function unitContext(tokens: Token[], cues: ReadonlySet<string>): UnitContext {
  const n = tokens.length;
  const lower = tokens.map((t) => normaliseWord(t.text));
  const quoted = quoteDepths(tokens);
  const sent = sentenceIds(tokens);
  const isCue = new Uint8Array(n);
  for (let i = 0; i < n; i++) isCue[i] = cues.has(lower[i]!) ? 1 : 0;
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
  return {
    lower,
    quoted,
    isCue,
    leftCue,
    rightCue,
    sentStart,
    leftQuote,
    rightQuote,
    leftColon,
    startsWithQuote: n > 0 && quoted[0] === 2,
  };
}

/**
 * Hashed features of every token of one unit: the words around it, shape and suffix, whether it is inside a
 * quotation, where it sits in its sentence, and how far the nearest cue word (lexicon) is to its left and right
 * within the sentence — the long-range evidence a first-order tagger cannot see by itself. This is the
 * definition the trainer uses; `createEmitter` computes the same scores without building feature strings.
 */
export function attributionFeatures(tokens: Token[], cues: ReadonlySet<string>): number[][] {
  const n = tokens.length;
  const c = unitContext(tokens, cues);
  const { lower, quoted, leftCue, rightCue, sentStart } = c;
  const startsWithQuote = c.startsWithQuote ? '1' : '0';
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
    add('cue', c.isCue[i] ? '1' : '0');
    const lc = leftCue[i]! < 0 ? 'none' : bucket(i - leftCue[i]!);
    const rc = rightCue[i]! < 0 ? 'none' : bucket(rightCue[i]! - i);
    add('lc', lc);
    add('rc', rc);
    add('lcrc', `${lc}|${rc}`);
    add('lcq', `${lc}|${q}`);
    add('rcq', `${rc}|${q}`);
    if (leftCue[i]! >= 0) add('lcw', lower[leftCue[i]!]!);
    if (rightCue[i]! >= 0) add('rcw', lower[rightCue[i]!]!);
    add('quotes', `${c.leftQuote[i]}|${c.rightQuote[i]}`);
    add('colon', String(c.leftColon[i]));
    add('first', sentStart[i] === 0 ? 'para' : 'sent');
    out.push(f);
  }
  return out;
}

/** FNV-1a state after a template and the separator `featureHash` puts before the value. */
function templateState(template: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < template.length; i++) h = Math.imul(h ^ template.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x1f, 0x01000193);
}

/** FNV-1a continued over `s` from state `h`: `featureHash` without building the value string. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const fnvPipe = (h: number): number => Math.imul(h ^ 0x7c, 0x01000193);

const BUCKETS = ['none', 'x', '1', '3', '8', 'far'];
const bucketIndex = (d: number): number => (d <= 0 ? 1 : d <= 1 ? 2 : d <= 3 ? 3 : d <= 8 ? 4 : 5);
const QUOTE_STATES = ['0', '1', '2'];
/** Distinct words (and shapes) whose weight sums an emitter keeps; past this it starts afresh. */
const MAX_CACHED_WORDS = 50_000;

/** Summed weights of everything a word contributes wherever it stands. */
interface WordRows {
  /** 'w', 'suf3' and 'cue' of the word itself. */
  self: Float64Array;
  p1: Float64Array;
  p2: Float64Array;
  n1: Float64Array;
  n2: Float64Array;
  lcw: Float64Array;
  rcw: Float64Array;
  /** 'qw' for quote states 0, 1, 2. */
  qw: Float64Array;
  /** Hash states of "word|" for 'pw' (as the previous word) and 'wn' (as the word). */
  pw: number;
  wn: number;
}

/**
 * Emission scores of a unit's tokens (`n × tags`), equal to `emissionScores(model, attributionFeatures(…))`
 * but from weight sums cached per word and per value of the few-valued context features: no feature strings,
 * one table lookup per feature that pairs two words.
 */
export function createEmitter(model: NerModel, cues: ReadonlySet<string>): (tokens: Token[]) => Float64Array {
  const T = ATTRIBUTION_TAG_COUNT;
  const addRow = (hash: number, out: Float64Array, at: number): void => {
    const row = findRow(model, hash >>> 0);
    if (row < 0) return;
    for (let t = 0; t < T; t++) out[at + t]! += model.weights[row * T + t]!;
  };
  const table = (template: string, values: string[]): Float64Array => {
    const out = new Float64Array(values.length * T);
    values.forEach((v, k) => addRow(featureHash(template, v), out, k * T));
    return out;
  };
  const pairs = (a: string[], b: string[]): string[] => a.flatMap((x) => b.map((y) => `${x}|${y}`));
  const B = table('b', ['']);
  const Q = table('q', QUOTE_STATES);
  const edge = [...QUOTE_STATES, 'x'];
  const QPQ = table('qpq', pairs(pairs(edge, QUOTE_STATES), edge));
  const PSQ = table('psq', ['0', '1']);
  const POS = table('pos', ['0', '1', '2', '3', 'more']);
  const LC = table('lc', BUCKETS);
  const RC = table('rc', BUCKETS);
  const LCRC = table('lcrc', pairs(BUCKETS, BUCKETS));
  const LCQ = table('lcq', pairs(BUCKETS, QUOTE_STATES));
  const RCQ = table('rcq', pairs(BUCKETS, QUOTE_STATES));
  const QUOTES = table('quotes', pairs(['0', '1'], ['0', '1']));
  const COLON = table('colon', ['0', '1']);
  const FIRST = table('first', ['para', 'sent']);
  const PW = templateState('pw');
  const WN = templateState('wn');
  const words = new Map<string, WordRows>();
  const shapes = new Map<string, Float64Array>();
  const wordRows = (w: string): WordRows => {
    let r = words.get(w);
    if (r) return r;
    const self = new Float64Array(T);
    addRow(featureHash('w', w), self, 0);
    if (w.length > 3) addRow(featureHash('suf3', w.slice(-3)), self, 0);
    addRow(featureHash('cue', cues.has(w) ? '1' : '0'), self, 0);
    r = {
      self,
      p1: table('p1', [w]),
      p2: table('p2', [w]),
      n1: table('n1', [w]),
      n2: table('n2', [w]),
      lcw: table('lcw', [w]),
      rcw: table('rcw', [w]),
      qw: table(
        'qw',
        QUOTE_STATES.map((q) => `${q}|${w}`),
      ),
      pw: fnvPipe(fnv(PW, w)),
      wn: fnvPipe(fnv(WN, w)),
    };
    words.set(w, r);
    return r;
  };
  const shapeRow = (word: string): Float64Array => {
    let r = shapes.get(word);
    if (!r) shapes.set(word, (r = table('s', [wordShape(word)])));
    return r;
  };
  const START = '<s>';
  const END = '</s>';
  return (tokens) => {
    if (words.size > MAX_CACHED_WORDS) words.clear();
    if (shapes.size > MAX_CACHED_WORDS) shapes.clear();
    const n = tokens.length;
    const c = unitContext(tokens, cues);
    const rows = c.lower.map(wordRows);
    const start = wordRows(START);
    const end = wordRows(END);
    const rowAt = (i: number): WordRows => (i < 0 ? start : i >= n ? end : rows[i]!);
    const out = new Float64Array(n * T);
    const psq = c.startsWithQuote ? T : 0;
    for (let i = 0; i < n; i++) {
      const o = i * T;
      const r = rows[i]!;
      const q = c.quoted[i]!;
      const a = i > 0 ? c.quoted[i - 1]! : 3;
      const z = i < n - 1 ? c.quoted[i + 1]! : 3;
      const pos = Math.min(4, i - c.sentStart[i]!);
      const lc = c.leftCue[i]! < 0 ? 0 : bucketIndex(i - c.leftCue[i]!);
      const rc = c.rightCue[i]! < 0 ? 0 : bucketIndex(c.rightCue[i]! - i);
      const sh = shapeRow(tokens[i]!.text);
      const p1 = rowAt(i - 1).p1;
      const p2 = rowAt(i - 2).p2;
      const n1 = rowAt(i + 1).n1;
      const n2 = rowAt(i + 2).n2;
      const qpq = ((a * 3 + q) * 4 + z) * T;
      const quotes = (c.leftQuote[i]! * 2 + c.rightQuote[i]!) * T;
      const colon = c.leftColon[i]! * T;
      const first = c.sentStart[i] === 0 ? 0 : T;
      for (let t = 0; t < T; t++) {
        out[o + t] =
          B[t]! +
          r.self[t]! +
          sh[t]! +
          p1[t]! +
          p2[t]! +
          n1[t]! +
          n2[t]! +
          Q[q * T + t]! +
          r.qw[q * T + t]! +
          QPQ[qpq + t]! +
          PSQ[psq + t]! +
          POS[pos * T + t]! +
          LC[lc * T + t]! +
          RC[rc * T + t]! +
          LCRC[(lc * 6 + rc) * T + t]! +
          LCQ[(lc * 3 + q) * T + t]! +
          RCQ[(rc * 3 + q) * T + t]! +
          QUOTES[quotes + t]! +
          COLON[colon + t]! +
          FIRST[first + t]!;
      }
      if (c.leftCue[i]! >= 0) {
        const l = rows[c.leftCue[i]!]!.lcw;
        for (let t = 0; t < T; t++) out[o + t]! += l[t]!;
      }
      if (c.rightCue[i]! >= 0) {
        const l = rows[c.rightCue[i]!]!.rcw;
        for (let t = 0; t < T; t++) out[o + t]! += l[t]!;
      }
      addRow(fnv(rowAt(i - 1).pw, c.lower[i]!), out, o);
      addRow(fnv(r.wn, i + 1 < n ? c.lower[i + 1]! : END), out, o);
    }
    return out;
  };
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

/**
 * Tokens with each doubled apostrophe (the New York Times' ''…'' quotation marks, two "'" tokens) read as one
 * straight double quote, the mark the tagger learnt quotations by: most publishers use " or “”.
 */
export function asDoubleQuotes(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.text === "'" && next?.text === "'" && next.start === t.end) {
      out.push({ ...t, text: '"', end: next.end });
      i++;
    } else out.push(t);
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
  const emit = createEmitter(model, cues);
  return {
    find(text) {
      const out: FoundAttribution[] = [];
      for (const unit of taggingUnits(text, asDoubleQuotes(tokenize(text)))) {
        const emissions = emit(unit.tokens);
        const tags = viterbiBio(emissions, transitions, unit.tokens.length);
        const spans = roleSpans(unit.tokens, tags);
        const grouped = groupAttributions(spans);
        withTrailingReports(text, spans, grouped);
        for (const found of grouped) {
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

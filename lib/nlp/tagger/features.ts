/**
 * What the tagger looks at for each word: the word and its neighbours (±2), word shape, prefixes and
 * suffixes, capitalisation of the sentence (normal, Title Case headline, ALL CAPS), position, and gazetteer
 * matches. Only raw text goes in: no part-of-speech or chunk tags. Features are hashed to 32-bit numbers.
 */
import { featureHash } from './feature-hash';
import { gazetteerMarks, type Gazetteer } from './gazetteer';

/** How a sentence is capitalised: 'n' normal prose, 't' Title Case headline, 'u' ALL CAPS. */
export type SentenceCase = 'n' | 't' | 'u';

const HAS_LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'as',
  'from',
  'vs',
]);

/** The sentence's capitalisation: headlines and all-caps datelines need different evidence than prose. */
export function sentenceCase(words: string[]): SentenceCase {
  let letters = 0;
  let upper = 0;
  let titled = 0;
  for (const w of words) {
    if (!HAS_LETTER.test(w)) continue;
    letters++;
    if (!LOWER.test(w)) upper++;
    if (UPPER_START.test(w) || SMALL_WORDS.has(w)) titled++;
  }
  if (letters >= 2 && upper >= 0.8 * letters) return 'u';
  if (letters >= 4 && titled >= 0.8 * letters) return 't';
  return 'n';
}

/** Word shape with runs collapsed: 'Corbyn' → 'Xx', 'GCHQ' → 'X', 'U.S.' → 'X.X.', '1996-08-22' → 'd-d-d'. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape.length > 8 ? shape.slice(0, 8) : shape;
}

/** A lowercased form that folds digits, so '1996' and '2019' share evidence. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/\d/gu, '0');
}

const BOUNDARY = '<s>';

/**
 * Hashed features of every word of one sentence (words as written), in order. Deterministic: the same words
 * and gazetteer always give the same numbers.
 */
export function sentenceFeatures(words: string[], gazetteer?: Gazetteer): number[][] {
  const n = words.length;
  const lower = words.map(normaliseWord);
  const shapes = words.map(wordShape);
  const mode = sentenceCase(words);
  const marks = gazetteer
    ? gazetteerMarks(
        gazetteer,
        words.map((w) => w.toLowerCase()),
      )
    : undefined;
  const at = (arr: string[], i: number): string => (i < 0 || i >= n ? BOUNDARY : arr[i]!);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lower[i]!;
    const s = shapes[i]!;
    const f: number[] = [];
    const add = (template: string, value: string): void => {
      f.push(featureHash(template, value));
    };
    add('b', '');
    add('w', lw);
    add('W', w);
    add('p1', at(lower, i - 1));
    add('p2', at(lower, i - 2));
    add('n1', at(lower, i + 1));
    add('n2', at(lower, i + 2));
    add('pw', `${at(lower, i - 1)}|${lw}`);
    add('wn', `${lw}|${at(lower, i + 1)}`);
    add('s', s);
    add('ps', at(shapes, i - 1));
    add('ns', at(shapes, i + 1));
    add('sss', `${at(shapes, i - 1)}|${s}|${at(shapes, i + 1)}`);
    add('p1s', `${at(lower, i - 1)}|${s}`);
    add('sn1', `${s}|${at(lower, i + 1)}`);
    // Affixes count code points; most words have no surrogate pairs, so plain slices give the same strings.
    const chars = /[\uD800-\uDFFF]/.test(lw) ? [...lw] : undefined;
    const length = chars ? chars.length : lw.length;
    for (let k = 1; k <= 4 && k < length; k++) {
      add(`pre${k}`, chars ? chars.slice(0, k).join('') : lw.slice(0, k));
      add(`suf${k}`, chars ? chars.slice(-k).join('') : lw.slice(-k));
    }
    add('m', mode);
    add('ms', `${mode}|${s}`);
    if (mode !== 'n') add('mw', `${mode}|${lw}`);
    if (i === 0) add('first', s);
    if (i === n - 1) add('last', s);
    add('len', String(Math.min(length, 12)));
    if (marks) {
      for (const mark of marks[i]!) {
        add('g', mark);
        add('gs', `${mark}|${mode === 'n' ? s : mode}`);
      }
      if (i > 0) for (const mark of marks[i - 1]!) add('gp', mark);
      if (i + 1 < n) for (const mark of marks[i + 1]!) add('gn', mark);
    }
    out.push(f);
  }
  return out;
}

/** The feature whose weights score the move from tag `prev` (-1 = sentence start) to each next tag. */
export function transitionFeature(prev: number): number {
  return featureHash('t', String(prev));
}

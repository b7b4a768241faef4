/**
 * Sentence boundaries for news text: full stops after abbreviations (Mr., U.S., Dec., No. 10),
 * initials and decimals do not end a sentence; closing quotes after a full stop stay with it;
 * a line break always ends one.
 *
 * One of two splitters, on purpose. These spans are for readers (claims, their speakers, timeline labels):
 * they follow the text and never cut a sentence short. The tagger groups its own tokens instead
 * (`groupSentences` in lib/nlp/tagger/tokenize): its tokens are CoNLL-2003's ("U.S." one token, so its full
 * stop is never a boundary there), and it cuts a run at 120 tokens to bound the decoding work, which is
 * fine for tagging names and wrong for quoting a claim. Each keeps the abbreviations its job needs: here,
 * whether a stop ends a sentence; there, whether a token keeps its stop.
 */
import type { Span } from '../contract/types';

/** Titles and labels that are always followed by more of the same sentence ("Dr. Smith", "No. 10"). */
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'pres',
  'supt',
  'insp',
  'det',
  'cpl',
  'pte',
  'vs',
  'v',
  'cf',
  'approx',
  'fig',
  'figs',
  'vol',
  'pp',
  'ed',
  'eds',
  'dept',
  'univ',
  'sq',
  'ave',
  'blvd',
]);

/** Abbreviations that can end a sentence but usually do not (U.S., Inc., Dec.): split only before a likely sentence opener. */
const RARELY_FINAL = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bros',
  'jr',
  'sr',
  'etc',
  'al',
  'no',
  'nos',
  'ca',
  'est',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'op',
]);

/** Words that typically open a sentence: after "U.S." or "Inc." one of these means the sentence did end. */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'for',
  'from',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'his',
  'her',
  'their',
  'our',
  'my',
  'however',
  'meanwhile',
  'also',
  'still',
  'some',
  'many',
  'most',
  'no',
  'not',
  'what',
  'why',
  'how',
  'who',
  'where',
  'officials',
  'last',
  'earlier',
  'later',
  'since',
  'then',
  'by',
  'with',
  'under',
  'one',
  'two',
  'three',
  'both',
  'all',
]);

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’»)]';
const OPENING_MARKS = '"\'“‘«([';

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r';

/** The word (letters and inner dots) that ends just before index `dot`, e.g. "U.S" for "U.S.". */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot).replace(/^\.+/, '');
}

/** The next word starting at `from` (after an optional opening mark), lowercased. */
function wordAfter(text: string, from: number): string {
  const m = /^["'“‘«([]?([\p{L}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** Whether the full stop at `dot` (followed by whitespace, then `next` at index `nextAt`) ends the sentence. */
function fullStopEnds(text: string, dot: number, nextAt: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (word === '') return true; // "..." or a stop after a digit/closing mark
  if (NEVER_FINAL.has(lower)) return false;
  const next = text[nextAt]!;
  if (isDigit(next) && (RARELY_FINAL.has(lower) || /^[A-Z]$/.test(word))) return false; // "Dec. 12", "No. 10"
  const initialism = /^(\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word); // U.S, U.K, J (initial)
  if (initialism || RARELY_FINAL.has(lower)) return OPENERS.has(wordAfter(text, nextAt));
  return true;
}

/** Sentence spans of `text` (trimmed, non-empty, in order); offsets are UTF-16 indices. Linear in the text. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\u2029') {
      push(i);
      start = i + 1;
      i++;
      continue;
    }
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    // Run of terminators ("?!", "..."), then closing quotes/brackets.
    let j = i;
    while (j < n && TERMINATORS.includes(text[j]!)) j++;
    const plainStop = ch === '.' && j === i + 1;
    while (j < n && CLOSERS.includes(text[j]!)) j++;
    const closed = j > i + 1 && CLOSERS.includes(text[j - 1]!); // `no."`: a quote closing after the stop ends it
    let k = j;
    while (k < n && isSpace(text[k]!)) k++;
    if (k === n || text[k] === '\n') {
      i = j;
      continue; // the line break or the end closes it
    }
    if (k === j) {
      i = j; // "3.5", "U.S.-led", "hacking.— AFP": no space, no boundary
      continue;
    }
    const next = text[k]!;
    const startsSentence = isUpper(next) || isDigit(next) || OPENING_MARKS.includes(next);
    const ends = startsSentence && (!plainStop || closed || fullStopEnds(text, i, k));
    if (ends) {
      push(j);
      start = k;
    }
    i = k;
  }
  push(n);
  return spans;
}

/**
 * Capitalised words that are not names, for the cards without a KB entry ("not in the offline knowledge
 * base") and for accent-folded matches: an interjection ('Um', 'WOW'), a common word capitalised by its place
 * or shouted ('Moreover', 'Time', 'IS', 'RUN'), a phrase opened by a possessive or demonstrative ('Your
 * Dockerfile'), a rating label ('Fun Rating'), a roman numeral alone ('IV'). Such a mention gets no card: a
 * card that says a word is an unknown name is a wrong card.
 */
import { MONTH_NAMES, MONTH_SHORT_NAMES } from '../contract/calendar';
import { COMMON_WORDS, INTERJECTIONS, NEVER_ALONE, STOPWORDS } from '../contract/words';
import { normaliseAlias } from '../kb/normalise';

/** Words that open a phrase naming something of someone's, not a name: 'Your Dockerfile', 'This Week'. */
const OPENERS = new Set('my your his her its our their this that these those every each'.split(' '));

/** Labels of a score or grade: 'Overall Rating', 'Fun Score'. */
const LABELS = new Set('rating ratings score scores grade'.split(' '));

/** I to XXXIX: a chapter, part or sequel number, not a name. */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Month abbreviations ('Nov', 'Sept'): a date's word, never a name alone. */
const MONTH_ABBREVIATIONS = new Set([...MONTH_SHORT_NAMES.map((m) => m.toLowerCase()), 'sept']);
const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

/** A sentence adverb ('Rhetorically,', 'Reportedly,', 'Unfortunately,'): capitalised by its place only. */
const SENTENCE_ADVERB = /^[A-Z][a-z]{4,}(?:ally|ously|ively|ately|edly|ingly|fully)$/;

/**
 * What follows a mention says it is not a name: a month before a day or year ('Nov. 24', 'March 2020'), a
 * common word before a number, as a label ('Level 3', 'Phase 2'), a sentence adverb before its comma.
 */
export function isNotANameBefore(name: string, after: string, capitalOnlyByPlace: boolean): boolean {
  const word = name.trim();
  if (/\s/.test(word)) return false;
  const bare = word.replace(/\.$/, '').toLowerCase();
  if (MONTH_ABBREVIATIONS.has(bare)) return true;
  if (MONTHS.has(bare) && /^\.?,? \d/.test(after)) return true;
  if (/^ \d/.test(after) && isCommonWord(word)) return true;
  return capitalOnlyByPlace && after.startsWith(',') && SENTENCE_ADVERB.test(word);
}

/** Is this one word (as written) a common English word rather than a name? */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  const known = (x: string) =>
    COMMON_WORDS.has(x) || STOPWORDS.has(x) || NEVER_ALONE.has(x) || INTERJECTIONS.has(x);
  if (known(w)) return true;
  // Plurals of listed words: 'Humans', 'Technologies'.
  if (w.endsWith('ies') && known(`${w.slice(0, -3)}y`)) return true;
  return w.endsWith('s') && known(w.slice(0, -1));
}

/**
 * Is this mention (as written) plainly not a name? `capitalOnlyByPlace`: its capital says nothing, as it
 * stands at a sentence or line start or is in capitals; only then is a common word taken for a word.
 */
export function isNotAName(name: string, capitalOnlyByPlace: boolean): boolean {
  const words = name.trim().split(/\s+/);
  if (!words.length || !words[0]) return true;
  if (words.length === 1) {
    const [w] = words;
    if (ROMAN.test(w) || INTERJECTIONS.has(w.toLowerCase())) return true;
    return (capitalOnlyByPlace || w === w.toUpperCase()) && isCommonWord(w);
  }
  if (OPENERS.has(words[0].toLowerCase())) return true;
  const last = words[words.length - 1].toLowerCase();
  return LABELS.has(last) && words.length <= 3;
}

/**
 * A KB name reached only by folding accents away from an ordinary English word: 'God' → 'Göd'. A spelling
 * of the name itself ('Zurich' → 'Zürich') is not a common word and still links.
 */
export function isAccentFoldedWord(surface: string, kbName: string): boolean {
  if (!isCommonWord(surface)) return false;
  const s = surface.toLowerCase();
  const k = kbName.toLowerCase();
  return s !== k && normaliseAlias(s) === normaliseAlias(k);
}

/** Does the mention at `start` open a sentence or a line (after quotes or brackets)? */
export function atSentenceStart(text: string, start: number, sentenceStarts: ReadonlySet<number>): boolean {
  let i = start;
  while (i > 0 && /[\s"'“‘([*#>-]/.test(text[i - 1])) {
    if (text[i - 1] === '\n' || sentenceStarts.has(i - 1)) return true;
    i--;
  }
  return i === 0 || sentenceStarts.has(i) || /[.!?:…]/.test(text[i - 1] ?? '');
}

/** Entities with no KB entry whose every mention is plainly not a name: they get no card at all. */
export function dropNotNames<
  T extends { kbId?: string; mentions: ReadonlyArray<{ start: number; text: string }> },
>(text: string, entities: readonly T[], sentenceStarts: ReadonlySet<number>): T[] {
  return entities.filter(
    (e) =>
      e.kbId !== undefined ||
      !e.mentions.length ||
      !e.mentions.every((m) => {
        const placed = atSentenceStart(text, m.start, sentenceStarts);
        const after = text.slice(m.start + m.text.length, m.start + m.text.length + 4);
        return isNotAName(m.text, placed) || isNotANameBefore(m.text, after, placed);
      }),
  );
}

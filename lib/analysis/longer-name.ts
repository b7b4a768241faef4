/**
 * A place or body's name that only ends a longer capitalised name the tagger cut short: 'Orange' in 'The
 * Annoying Orange'. The card of the last word names something else. Names joined by
 * 'of' are left alone: 'the State of Pennsylvania', 'Members of Congress', 'the University of Minnesota' still
 * speak of the place or body.
 */
import { STOPWORDS } from '../contract/words';

/** Capitalised adjectives that open a title, not a name: 'Acting U.S. Attorney', 'Former US President'. */
const TITLE_OPENERS = new Set([
  'Acting',
  'Former',
  'Interim',
  'Deputy',
  'Assistant',
  'Senior',
  'Chief',
  'Then',
]);

/**
 * The mention at `start` ends a longer capitalised name: a capitalised word stands right before it ('The
 * Annoying Orange') that is neither a function word, a possessive or a title's adjective, nor a sentence's or
 * line's first word, nor the end of a person's name (`personEnds`: where the article's person names end).
 */
export function endsLongerName(
  text: string,
  start: number,
  personEnds: ReadonlySet<number> = new Set(),
): boolean {
  const m = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  const word = m[1];
  // A possessive owns the thing named after it ('Facebook’s Palo Alto office'); a title's adjective opens it.
  if (/['’]s?$/.test(word) || STOPWORDS.has(word.toLowerCase()) || TITLE_OPENERS.has(word)) return false;
  const at = start - m[0].length;
  // A hashtag or handle is a tag of its own ('#Hamilton Chicago show').
  if (personEnds.has(at + word.length) || /[#@]/.test(text.charAt(at - 1))) return false;
  // The first word of a sentence or line is capitalised by its place, not as a name.
  // Back over the spaces before the word (a line break among them starts a line), then read the mark there.
  let i = at;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) {
    if (text.charAt(i - 1) === '\n') return false;
    i--;
  }
  if (i === 0 || /["“‘(]/.test(text.charAt(i - 1))) return false;
  // A sentence's stop, possibly closed by a quote or bracket, with a space after it.
  const stop = /["'”’)]/.test(text.charAt(i - 1)) ? i - 2 : i - 1;
  return !(i < at && /[.!?:;]/.test(text.charAt(stop)));
}

/**
 * A place or body's name that ends the title of a film, show or book the tagger cut short: 'Phoenix' in 'the
 * thriller Flight of the Phoenix', 'Shell' in 'the anime Ghost in the Shell'. In a text about the screen or
 * the stage such a title is the thing spoken of; the card of its last word (a city, an oil company) is not.
 * Names of offices, bodies and places built the same way ('President of the United States', 'Bank of the
 * West', 'Gulf of the Farallones') are not titles.
 */
import { STOPWORDS } from '../contract/words';

/** First words of names that are offices, bodies, places or events, not works, when 'of the' follows. */
const NOT_A_TITLE = new Set(
  (
    'President Vice Secretary Minister Ministry Department Office Agency Bureau Bank University College School ' +
    'Institute Academy Republic Kingdom Commonwealth Federation Union League Association Society Order State ' +
    'States Government Embassy Church Cathedral Museum Library Hospital Council Court House Senate Parliament ' +
    'Duke Duchess Earl King Queen Prince Princess Emperor Empress Governor Mayor Chancellor Speaker Member ' +
    'Members Leader Chairman Chair Chief Head Director Ambassador Archbishop Bishop Pope Lord Lady Sea Gulf Bay ' +
    'Isle Isles Cape Port Mouth Island Islands Lake River Mount Valley City Province Region Coast Battle Siege ' +
    'Treaty Act Party Army Navy Centre Center Hall Tower Palace Bridge Gate Park Garden Gardens Festival Cup ' +
    'Tour Corps Friends Sisters Brothers Daughters Sons Knights Board Commission Committee'
  ).split(' '),
);

/**
 * The words before `start` that open a title ending in the mention: a capitalised word and 'of the', 'in the',
 * 'on the', 'at the', 'from the' or 'with the' ('Flight of the '), else undefined. The capitalised word is no
 * function word and opens no office, body or place (`NOT_A_TITLE`).
 */
export function titleOpeningBefore(text: string, start: number): string | undefined {
  const m = /(\p{Lu}\p{Ll}+)[ \t]+(?:of|in|on|at|from|with)[ \t]+the[ \t]+$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  if (!m) return undefined;
  if (STOPWORDS.has(m[1].toLowerCase()) || NOT_A_TITLE.has(m[1])) return undefined;
  return m[0];
}

/**
 * The mentions (by start) that end a work's title. A title is found where its first word stands inside a
 * sentence ('the anime Ghost in the Shell'), where only a name can be capitalised; every other mention with
 * the same words before it is then the same title, at a sentence's start too ('Ghost in the Shell opens…').
 */
export function endsOfWorkTitles(
  text: string,
  mentions: ReadonlyArray<{ start: number; end: number }>,
): Set<number> {
  const openings = mentions.map((m) => titleOpeningBefore(text, m.start));
  const titles = new Set<string>();
  mentions.forEach((m, i) => {
    const opening = openings[i];
    if (!opening) return;
    const at = m.start - opening.length;
    // An opening quote right before it, or a common noun before it on its line ('the thriller Flight of the
    // Phoenix', 'the anime movie Ghost in the Shell'): not a sentence's capital, nor the last word of a
    // person's name ('Inspector Lynley in the BBC drama', 'Earl of Snowdon in the Netflix series').
    if (/[“"‘']/.test(text.charAt(at - 1)) || commonNounBefore(text, at))
      titles.add(`${opening}${text.slice(m.start, m.end)}`);
  });
  const out = new Set<number>();
  mentions.forEach((m, i) => {
    const opening = openings[i];
    if (opening && titles.has(`${opening}${text.slice(m.start, m.end)}`)) out.add(m.start);
  });
  return out;
}

/** The word before `at` on its line is a lowercase word that is no function word ('thriller', 'movie'). */
function commonNounBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text.charAt(end - 1) === ' ' || text.charAt(end - 1) === '\t')) end--;
  if (end === at) return false;
  let start = end;
  while (start > 0 && /\p{Ll}/u.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, end);
  if (word.length < 3 || STOPWORDS.has(word)) return false;
  // The word stands alone: a space, a line's start or the text's start before it.
  return start === 0 || /\s/.test(text.charAt(start - 1));
}

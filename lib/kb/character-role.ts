/**
 * A person's name that names a part someone plays: 'Tom Welling, who played Charlie Baker', 'she was cast as
 * Maria Hill', 'in the role of Jack Ryan'. The name is a character's, and the real person who shares it (a
 * governor named Charlie Baker) is not who the article speaks of: such a mention gets no person's card.
 */

/**
 * Words right before a name that make it a character's: 'portrayed', 'cast as', 'landed the role of'. A bare
 * 'the role of' or 'part of' is not enough ('the role of Angela Merkel in the talks', 'part of Obama's legacy').
 */
const CHARACTER_BEFORE =
  /\b(?:portray(?:s|ed|ing)?|voic(?:es|ed|ing)|(?:(?:cast|starr(?:ed|ing)|stars|appear(?:s|ed|ing))(?: him| her| them)?|reprised? (?:his|her|their) role) as|(?:play(?:s|ed|ing)?|land(?:s|ed)|won|got|took|auditioned for) the (?:role|part) of|(?:fictional|title|lead|main) character)\s+$/i;

/** 'played', 'plays', 'playing' (and 'to play'): a part in a film or play, but an opponent in a match. */
const PLAYED_BEFORE = /\b(?:play(?:s|ed|ing)?)\s+$/i;

/** Words of the screen and the stage. */
const SCREEN =
  /\b(?:films?|movies?|actors?|actress(?:es)?|starred|starring|co-?stars?|sitcom|episodes?|screenplay|box office|casting|cast|roles?|characters?|sequel|broadway|musical)\b/gi;

/**
 * True when the text is about films, television or the stage: at least four of its words ('film', 'actor',
 * 'starred', 'role', 'episode'…) in its first 20,000 characters.
 */
export function isScreenContext(text: string | undefined): boolean {
  if (!text) return false;
  SCREEN.lastIndex = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let n = 0;
  while (SCREEN.exec(sample)) if (++n >= 4) return true;
  return false;
}

/**
 * True when the words right before `start` (a person mention) give the name as a part played: 'portrayed',
 * 'cast as', 'landed the role of', and, in a text about the screen or stage (`screen`), 'who played'. Elsewhere
 * 'played' names an opponent ('she played Serena Williams in the final') and is not enough.
 */
export function characterRoleBefore(text: string, start: number, screen = false): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (CHARACTER_BEFORE.test(before)) return true;
  return screen && PLAYED_BEFORE.test(before);
}

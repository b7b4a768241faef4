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

/** 'played', 'plays', 'playing' (and 'to play'): a part in a film or play, but an opponent in a sports story. */
const PLAYED_BEFORE = /\b(?:play(?:s|ed|ing)?)\s+$/i;

/**
 * True when the words right before `start` (a person mention) give the name as a part played: 'who played',
 * 'portrayed', 'cast as', 'the role of'. In a sports story 'played' names an opponent ('she played Serena
 * Williams in the final'), so `sports` leaves that word out.
 */
export function characterRoleBefore(text: string, start: number, sports = false): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (CHARACTER_BEFORE.test(before)) return true;
  return !sports && PLAYED_BEFORE.test(before);
}

/**
 * English words that are also place or organisation names ('Of' in Turkey, 'Nice', 'Mobile'). A one-word
 * alias in this list is not spotted at the start of a sentence, and the most generic never enter the index.
 */

/** Words never indexed as one-word aliases: function words and generic nouns. */
export const NEVER_ALONE: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can do for from had has have he her his i if in into is it its me my no not of on ' +
    'one or our she so that the their them they this to two up us was we were who will with you your ' +
    'all also any after before over under more most new some such than then there these those when where which while ' +
    'said says say year years today week day month government party state states union national people police court ' +
    'city news center centre council office service department ministry agency group company bank university ' +
    'north south east west central democrat democrats republican republicans minister president mayor king queen'
  ).split(' '),
);

/** Capitalised at a sentence start these are usually ordinary words, not names. */
export const SENTENCE_START_WORDS: ReadonlySet<string> = new Set(
  (
    'mobile nice reading split hope victoria bath orange opportunity independence liberty justice unity progress ' +
    'however instead although because despite during meanwhile only other others many much both each every ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december'
  ).split(' '),
);

/**
 * 'Lunch at the Luxembourg', 'back from the Jordan.': most countries' names take no article, so 'the' before
 * one, with nothing after it that the name could describe ('the Luxembourg government'), names something
 * called after the country — a palace, a hotel, a ship, a river — not the country. Names that take 'the'
 * ('the Netherlands', 'the Gambia', 'the United States', 'the Ukraine' in older use) and acronyms ('the U.S.')
 * are left alone.
 */

/** Country names written with 'the' besides plurals ('the Netherlands'): a state's form anywhere in the name… */
const STATE_FORM =
  /\b(?:Republic|Kingdom|United|Union|Federation|Emirates|Commonwealth|Principality|Grand Duchy)\b/;
/** …or one of these first words. */
const TAKES_THE =
  /^(?:Federated|Holy|Vatican|Czech|Dominican|Central|Ivory|Solomon|Marshall|Faroe|Cayman|Virgin|Gambia|Congo|Sudan|Ukraine|Lebanon|Yemen|Crimea|Argentine|Caribbean|Levant|Punjab|Sahara|Americas|Occupied|Palestinian|West|Gaza)\b/u;

/** What follows a name used as a noun: a stop, a clause mark, a preposition, a verb of being, a line's end. */
const NOUN_END =
  /^(?:\s*(?:[,.;:!?)\]"”’]|$)|\n|[ \t]+(?:between|in|on|at|to|from|for|with|by|after|before|was|were|is|are|had|has|where|which|who|that|when)\b)/;

/**
 * True when the country name at start..end stands after 'the' as a noun ('at the Luxembourg, and'), and the
 * name is not one written with 'the' nor an acronym.
 */
export function isCountryNameAfterThe(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}/u.test(name) || name.endsWith('s') || STATE_FORM.test(name) || TAKES_THE.test(name))
    return false;
  if (!/\b[Tt]he[ \t]+$/.test(text.slice(Math.max(0, start - 5), start))) return false;
  return NOUN_END.test(text.slice(end, end + 12));
}

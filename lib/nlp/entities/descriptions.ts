/**
 * Which common nouns can describe which kinds of entity: "the party" only a political party, "the
 * agency" only an agency, "the tabloid" only a newspaper. The kinds are the KB's lowercase noun phrases.
 */

import { MONTH_NAMES } from '@/lib/contract/calendar';

const MONTHS = MONTH_NAMES.join('|');

/** Head noun of a description → what the KB kind (or the entity's own name) must contain. */
const DESCRIBES: Record<string, RegExp> = {
  party: /\bparty\b/,
  opposition: /\bparty\b/,
  agency: /agency|intelligence|security (?:service|centre|center)|cyber|bureau|government organi[sz]ation/,
  service: /\bservice\b|intelligence|agency/,
  centre: /\bcent(?:re|er)\b/,
  company:
    /company|corporation|\bfirm\b|business|manufacturer|maker|retailer|\bbank\b|airline|conglomerate|carrier|insurer|publisher/,
  firm: /company|corporation|\bfirm\b|business|consultancy|\bbank\b/,
  newspaper: /newspaper|tabloid|broadsheet|\bdaily\b/,
  paper: /newspaper|tabloid|broadsheet|\bdaily\b/,
  tabloid: /tabloid|newspaper/,
  broadcaster: /broadcaster|television|radio|\bchannel\b/,
  government: /government$/,
  ministry: /ministry|ministerial department/,
  department: /department|ministry/,
  bank: /\bbank\b/,
  court: /\bcourt\b/,
  council: /council/,
  university: /university|college/,
  union: /\bunion\b/,
  watchdog: /regulator|watchdog|authority|commission/,
  regulator: /regulator|watchdog|authority|commission/,
  city: /\bcity\b|\btown\b/,
  town: /\btown\b|\bcity\b/,
  country: /\bcountry\b|sovereign state/,
  election: /election/,
  referendum: /referendum/,
  club: /\bclub\b/,
  team: /\bteam\b|\bclub\b/,
  charity: /charity/,
  army: /\barmy\b|armed forces|military/,
  military: /\barmy\b|armed forces|military/,
};

/** Modifiers that point away from the last-mentioned entity ("the other party", "a rival firm"). */
const DEICTIC_AWAY = new Set(
  'other another rival opposing former previous new next each every either neither both whole second third last first'.split(
    ' ',
  ),
);

const NOUNS = Object.keys(DESCRIBES).join('|');
/** A word that can sit between 'the' and the noun: not a determiner, preposition or common verb. */
const MODIFIER = `(?:(?!(?:the|a|an|this|that|and|or|but|of|to|in|on|at|for|with|by|from|as|it|its|said|says|told|is|was|were|are|be|been|has|had|have|will|would|did|does|do)\\b)[a-z][a-z-]+|\\d{1,4}|(?:${MONTHS}))`;

/** "the party", "The agency", "this election", "the December 12 election", "the main opposition party". */
export const DEFINITE_DESCRIPTION = new RegExp(
  `\\b(?:[Tt]he|[Tt]his)\\s+((?:${MODIFIER}\\s+){0,3}?)(${NOUNS})\\b`,
  'g',
);

/** A descriptive phrase ending just before a name: "Britain's spy agency ", "the main opposition ". */
export const APPOSITION_BEFORE_NAME = new RegExp(
  `(?:\\b(?:[Tt]he|[Aa]n?)\\s+|\\b[A-Z][\\w.-]*['’]s\\s+)((?:${MODIFIER}\\s+){0,3})(${NOUNS})\\s+$`,
);

/** True when `head` (a noun from the table) can describe an entity of this KB kind or name. */
export function canDescribe(head: string, kindOrName: string): boolean {
  const pattern = DESCRIBES[head.toLowerCase()];
  return pattern !== undefined && pattern.test(kindOrName.toLowerCase());
}

/** Modifiers that add nothing a card could contradict: "the entire country", "the main opposition party". */
const PLAIN_MODIFIERS = new Set('entire same main ruling governing opposition'.split(' '));
const DATE_WORD = new RegExp(`^(?:\\d{1,4}|${MONTHS})$`, 'i');

/**
 * True when every modifier of a definite description fits the entity: a plain one ('the entire country'),
 * a word of its KB kind or name ('the general election', 'the political party'), or a date of an election
 * ('the December 12 election'). 'The weight-loss company', 'the testing service' or 'the 400 city' say
 * what the thing is, and the last company, service or city named is seldom that thing (Disney, the FBI).
 */
export function modifiersFit(modifiers: string, head: string, kindOrName: string): boolean {
  const described = new Set(kindOrName.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const dated = /^(?:election|referendum)$/i.test(head);
  return modifiers
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => {
      const word = w.toLowerCase();
      if (PLAIN_MODIFIERS.has(word) || (dated && DATE_WORD.test(word))) return true;
      return word.split('-').every((part) => described.has(part));
    });
}

/** True when a modifier list ("other", "rival") says the description is not the entity in focus. */
export function pointsAway(modifiers: string): boolean {
  return modifiers
    .trim()
    .split(/\s+/)
    .some((w) => DEICTIC_AWAY.has(w.toLowerCase()));
}

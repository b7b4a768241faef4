/**
 * Date-parser hits that are not dates in a news story: "now", "Sun" (as in The Sun), "May" the name,
 * durations ("for several years"), dates relative to another event ("the day before"), bare times.
 */
import type { ParsedComponents } from 'chrono-node';
import { MONTH_PATTERN } from '@/lib/contract/calendar';

const BARE_MONTH = new RegExp(`^${MONTH_PATTERN}\\.?$`, 'i');
const MONTH_CUES =
  /\b(?:in|by|since|until|till|from|during|of|early|late|mid|last|next|this|end|beginning|start|before|after)\s*-?\s*$/i;
const UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/i;
const ANCHOR = /\b(?:ago|last|next|this|past|previous|coming)\b/i;
const RELATIVE_TO_EVENT =
  /^the\s+(?:(?:day|week|month|year)\s+(?:before|after)|(?:following|next|previous|same)\s+(?:day|week|month|year))$/i;

/** A recurring time, not a moment: "every Friday", "each weekday", "every other Tuesday", "except Sunday". */
const RECURRING_BEFORE = /\b(?:every|each|except)(?:\s+(?:other|second|third|single))?\s+$/i;
/** A weekday named as a day of history or trade: "Black Monday", "Bloody Sunday", "Cyber Monday". */
const NAMED_WEEKDAY_BEFORE =
  /\b(?:Black|Bloody|Cyber|Super|Easter|Good|Ash|Palm|Holy|Giving|Shrove|Maundy)\s+$/;
/** A fraction, a score or "24/7": two numbers with a slash and no year, unless "on" gives it as a day. */
const BARE_NUMERIC = /^\d{1,2}\/\d{1,2}$/;

/**
 * True when a parser hit should not reach the timeline. `before` is the text just before the hit (for
 * "in March" versus "Theresa May"), `after` the text just after it.
 */
export function isDateNoise(
  hitText: string,
  components: ParsedComponents,
  before: string,
  after = '',
): boolean {
  const text = hitText.trim();
  // "our weekend edition", "the weekend paper": a kind of issue, not a moment.
  if (
    /^weekend$/i.test(text) &&
    /^\s(?:edition|newsletter|magazine|supplement|paper|papers|reads?|briefing|issue)\b/i.test(after)
  )
    return true;
  if (/^(?:now|right now)$/i.test(text)) return true;
  if (/^(?:every|each)\b|\bweekdays?\b/i.test(text) || RECURRING_BEFORE.test(before)) return true;
  if (NAMED_WEEKDAY_BEFORE.test(before)) return true;
  if (BARE_NUMERIC.test(text) && !/\bon\s+$/i.test(before)) return true;
  if (/^(?:sun|sat|mon|tue|tues|wed|thu|thur|thurs|fri)\.?$/i.test(text)) return true;
  if (BARE_MONTH.test(text) && !MONTH_CUES.test(before)) return true;
  if (/^(?:for|over|within|throughout)\b/i.test(text)) return true; // durations
  if (UNIT.test(text) && !ANCHOR.test(text)) return true;
  if (RELATIVE_TO_EVENT.test(text)) return true;
  const placesDay = (['day', 'weekday', 'month', 'year'] as const).some((c) => components.isCertain(c));
  return !placesDay;
}

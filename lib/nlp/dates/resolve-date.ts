/**
 * One date expression → one calendar value on the article's clock, keeping its precision. The news
 * rules: a bare weekday is in the past week unless the tense or 'next' says otherwise; a month and day
 * without a year is the occurrence the tense points to (else the nearest); 'last week' is a week.
 */
import type { ParsedComponents } from 'chrono-node';
import {
  addDays,
  daysBetween,
  formatDay,
  formatMonth,
  isRealDay,
  mondayOf,
  weekdayOf,
  type Day,
} from '@/lib/contract/calendar';
import type { Tense } from './tense';

/** How precise a timeline date is. 'week' dates are the Monday of that week. */
export type DatePrecision = 'year' | 'month' | 'week' | 'day';

/** A resolved date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (a week is given by its Monday). */
export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
}

/** What the resolver needs to know about one expression. */
export interface DateReading {
  /** The expression as written ("on Tuesday", "the December 12", "13/11/2019"). */
  text: string;
  components: ParsedComponents;
  /** The article's day; undefined when the article has no date (then only absolute dates resolve). */
  clock: Day | undefined;
  tense: Tense;
  /** Numeric dates like 05/11/2019: day first (UK) unless told otherwise. */
  dayFirst: boolean;
}

const WEEK = /\b(last|past|previous|this|next|coming)\s+week\b/i;
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;

/** Resolve one reading, or undefined when it names no day, month or year we can place. */
export function resolveDate(reading: DateReading): ResolvedDate | undefined {
  const { text, components: c, clock, tense } = reading;
  const numeric = NUMERIC.exec(text.trim());
  if (numeric) return numericDate(numeric, reading.dayFirst);
  const writesYear = /\b\d{4}\b|'\d{2}\b/.test(text);
  if (!clock) {
    // Without the article's clock only what the text spells out in full can be placed.
    if (!writesYear || !c.isCertain('year')) return undefined;
    return fromComponents(c, c.get('year') ?? 0);
  }

  const week = WEEK.exec(text);
  if (week) {
    const word = week[1].toLowerCase();
    const shift = word === 'this' ? 0 : word === 'next' || word === 'coming' ? 7 : -7;
    return { date: formatDay(addDays(mondayOf(clock), shift)), precision: 'week' };
  }

  if (c.isCertain('weekday') && !c.isCertain('day'))
    return { date: formatDay(weekdayDate(text, c.get('weekday') ?? 0, clock, tense)), precision: 'day' };

  if (c.isCertain('year') || !c.isCertain('month')) return fromComponents(c, c.get('year') ?? clock.year);

  // Month (and maybe day) without a year: choose the year the tense points to, else the nearest.
  const month = c.get('month') ?? 1;
  const day = c.isCertain('day') ? (c.get('day') ?? 1) : undefined;
  const options = [clock.year - 1, clock.year, clock.year + 1]
    .map((year) => ({ year, distance: distanceFromClock(clock, year, month, day) }))
    .filter((o) => day === undefined || isRealDay({ year: o.year, month, day }));
  const allowed = options.filter((o) =>
    tense === 'future' ? o.distance >= 0 : tense === 'past' ? o.distance <= 0 : true,
  );
  const pool = allowed.length > 0 ? allowed : options;
  const best = pool.reduce((a, b) => (Math.abs(b.distance) < Math.abs(a.distance) ? b : a));
  return day === undefined
    ? { date: formatMonth(best.year, month), precision: 'month' }
    : { date: formatDay({ year: best.year, month, day }), precision: 'day' };
}

/** The news rule for a bare weekday: last 7 days (today included); future tense: next 7 days; 'next': next week. */
function weekdayDate(text: string, weekday: number, clock: Day, tense: Tense): Day {
  const today = weekdayOf(clock);
  const back = (today - weekday + 7) % 7;
  if (/\bnext\b/i.test(text)) return addDays(mondayOf(clock), 7 + ((weekday + 6) % 7));
  if (/\bthis\b/i.test(text)) return addDays(mondayOf(clock), (weekday + 6) % 7);
  if (/\blast\b/i.test(text)) return addDays(clock, -(back === 0 ? 7 : back));
  if (tense === 'future') return addDays(clock, (weekday - today + 7) % 7 || 7);
  return addDays(clock, -back);
}

function fromComponents(c: ParsedComponents, year: number): ResolvedDate | undefined {
  const month = c.get('month');
  const day = c.get('day');
  if (c.isCertain('day') && month !== null && day !== null)
    return { date: formatDay({ year, month, day }), precision: 'day' };
  if (c.isCertain('month') && month !== null) return { date: formatMonth(year, month), precision: 'month' };
  if (c.isCertain('year')) return { date: String(year), precision: 'year' };
  return undefined;
}

function numericDate(match: RegExpExecArray, dayFirst: boolean): ResolvedDate | undefined {
  const a = Number(match[1]);
  const b = Number(match[2]);
  let year = Number(match[3]);
  if (match[3].length === 2) year += year >= 70 ? 1900 : 2000;
  const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : dayFirst ? [a, b] : [b, a];
  const d = { year, month, day };
  return isRealDay(d) ? { date: formatDay(d), precision: 'day' } : undefined;
}

/** Days from the clock to that month/day in `year` (months count from their first day). */
function distanceFromClock(clock: Day, year: number, month: number, day: number | undefined): number {
  if (day !== undefined)
    return daysBetween(clock, { year, month, day: Math.min(day, 28) }) + (day > 28 ? day - 28 : 0);
  if (year === clock.year && month === clock.month) return 0;
  return daysBetween({ ...clock, day: 1 }, { year, month, day: 1 });
}

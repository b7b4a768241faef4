/**
 * The calendar, once: the English month and weekday names, calendar arithmetic on plain days, and dates
 * written for a reader. No time zones: the article's clock is the date its publisher printed, so
 * '2019-11-13T14:38' is Wednesday 13 November 2019 wherever the reader is.
 */

/** Months January-first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Weekdays Sunday-first (as `Date#getUTCDay`). */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** 'Jan' … 'Dec'. */
export const MONTH_SHORT_NAMES = MONTH_NAMES.map((m) => m.slice(0, 3));

/**
 * A regular-expression source matching an English month name or its abbreviation ('Sep', 'Sept', 'September';
 * the full stop is the caller's): capitalised, so give the 'i' flag to accept any case.
 */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

const DAY_MS = 86_400_000;

/** A calendar day. `month` is 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The publisher's calendar day of an ISO 8601 timestamp, or undefined when it does not start with YYYY-MM-DD. */
export function dayOfIso(iso: string | undefined): Day | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim()) : null;
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : undefined;
}

/** True for a day that exists (no 31 November). */
export function isRealDay(d: Day): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The day `n` days later (negative: earlier). */
export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

/** The Monday of the (Monday-first) week holding `d`. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** 'YYYY-MM-DD'. */
export function formatDay(d: Day): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** 'YYYY-MM'. */
export function formatMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The YYYY-MM-DD part of an ISO date or date-time, or undefined when it does not start with one. */
export function isoDay(date: string | undefined): string | undefined {
  const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetweenIso(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY_MS);
}

/** 'Thursday 12 December 2019' for a full date, '2019' or 'December 2019' for partial ones. */
export function formatLongDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  if (!d) return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
  const weekday = WEEKDAY_NAMES[new Date(`${y}-${m}-${d}T00:00:00Z`).getUTCDay()];
  return `${weekday} ${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

/** 'December 2019' for a publication date, used in phrases like 'in November 2019'. */
export function formatMonthYear(day: string): string {
  return formatLongDate(day.slice(0, 7));
}

/** How an event's date sits against the article's date: '29 days after this article', 'the same day as this article'. */
export function describeDistance(articleDay: string, eventDay: string): string {
  const days = daysBetweenIso(articleDay, eventDay);
  if (days === 0) return 'the same day as this article';
  const n = Math.abs(days);
  const side = days > 0 ? 'after' : 'before';
  if (n === 1) return `1 day ${side} this article`;
  if (n < 60) return `${n} days ${side} this article`;
  if (n < 730) return `about ${Math.round(n / 30.44)} months ${side} this article`;
  return `about ${Math.round(n / 365.25)} years ${side} this article`;
}

/** The year of a partial date, for 'founded 2016' and '2015–2020'. */
export function yearOf(date: string | undefined): string | undefined {
  return date?.slice(0, 4);
}

/**
 * Calendar arithmetic on plain days (no time zones): the article's clock is the date its publisher
 * printed, so '2019-11-13T14:38' is Wednesday 13 November 2019 wherever the reader is.
 */

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
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
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

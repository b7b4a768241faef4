/**
 * Date arithmetic on the article's own clock: whether a role or organisation existed at the publication
 * date, and how far an event is from it ('Thursday 12 December 2019, 29 days after this article').
 */
import type { KbRole } from './types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '@/lib/contract/calendar-names';

const DAY_MS = 86_400_000;
const WEEKDAYS = WEEKDAY_NAMES;
const MONTHS = MONTH_NAMES;

/** The YYYY-MM-DD part of an ISO date or date-time, or undefined when it does not start with one. */
export function isoDay(date: string | undefined): string | undefined {
  const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Compare partial dates ('2015', '2015-09', '2015-09-12') as ranges: is `day` within [from, to]? */
export function isWithin(day: string, from?: string, to?: string): boolean {
  if (from && day < from.slice(0, 10)) return false;
  if (to) {
    // A year or month end date covers the whole year or month.
    const end = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
    if (day > end) return false;
  }
  return true;
}

/** The roles a person held on `day` (YYYY-MM-DD), in KB order. */
export function rolesAt(roles: KbRole[] | undefined, day: string): KbRole[] {
  return (roles ?? []).filter((r) => isWithin(day, r.from, r.to));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY_MS);
}

/** 'Thursday 12 December 2019' for a full date, '2019' or 'December 2019' for partial ones. */
export function formatLongDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  if (!d) return `${MONTHS[Number(m) - 1]} ${y}`;
  const weekday = WEEKDAYS[new Date(`${y}-${m}-${d}T00:00:00Z`).getUTCDay()];
  return `${weekday} ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** 'December 2019' for a publication date, used in phrases like 'in November 2019'. */
export function formatMonthYear(day: string): string {
  return formatLongDate(day.slice(0, 7));
}

/** How an event's date sits against the article's date: '29 days after this article', 'the same day as this article'. */
export function describeDistance(articleDay: string, eventDay: string): string {
  const days = daysBetween(articleDay, eventDay);
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

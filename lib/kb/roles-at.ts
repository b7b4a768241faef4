/** Whether a role or organisation existed at a date: KB date ranges read against the article's day. */
import type { KbRole } from './types';

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

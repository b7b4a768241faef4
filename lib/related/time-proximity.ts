/** Stories decay over days: reports far apart in time are less likely to be the same story. */

const DAY_MS = 86_400_000;

/** Whole days between two ISO dates, or undefined when either is missing or unreadable. */
export function daysApart(a: string | undefined, b: string | undefined): number | undefined {
  if (!a || !b) return undefined;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return undefined;
  return Math.abs(ta - tb) / DAY_MS;
}

/** Score multiplier for reports `days` apart: 1 the same day, about 0.8 a day apart, 0.35 a month apart; 1 when unknown. */
export function timeFactor(days: number | undefined): number {
  if (days === undefined) return 1;
  return 0.35 + 0.65 * Math.exp(-Math.max(0, days - 0.5) / 4);
}

/** "same day", "1 day apart", "12 days apart". */
export function describeDaysApart(days: number): string {
  const whole = Math.round(days);
  if (whole < 1) return 'same day';
  return whole === 1 ? '1 day apart' : `${whole} days apart`;
}

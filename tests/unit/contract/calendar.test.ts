import { describe, expect, it } from 'vitest';
import {
  MONTH_NAMES,
  MONTH_PATTERN,
  MONTH_SHORT_NAMES,
  daysBetween,
  daysBetweenIso,
  dayOfIso,
  describeDistance,
  formatLongDate,
  mondayOf,
} from '@/lib/contract/calendar';

describe('the one calendar', () => {
  it('matches every month name and its abbreviations, and no other word', () => {
    const month = new RegExp(`^${MONTH_PATTERN}$`, 'i');
    for (const name of [...MONTH_NAMES, ...MONTH_SHORT_NAMES, 'Sept', 'june', 'DEC'])
      expect(month.test(name)).toBe(true);
    for (const word of ['Mayor', 'Marching', 'Ju', 'Septembe', 'Monday'])
      expect(month.test(word)).toBe(false);
    expect(MONTH_SHORT_NAMES).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
  });

  it('counts days the same way on plain days and on ISO strings', () => {
    const a = dayOfIso('2019-11-13T14:38:00+01:00')!;
    const b = dayOfIso('2020-03-01')!;
    expect(daysBetween(a, b)).toBe(109);
    expect(daysBetweenIso('2019-11-13', '2020-03-01')).toBe(109);
    expect(dayOfIso('2019-11-31')).toBeUndefined();
    expect(mondayOf(a)).toEqual({ year: 2019, month: 11, day: 11 });
  });

  it('writes dates for a reader on the article clock', () => {
    expect(formatLongDate('2019-12-12')).toBe('Thursday 12 December 2019');
    expect(formatLongDate('2019-12')).toBe('December 2019');
    expect(describeDistance('2019-11-13', '2019-12-12')).toBe('29 days after this article');
    expect(describeDistance('2019-11-13', '2019-11-12')).toBe('1 day before this article');
  });
});

import { describe, expect, it } from 'vitest';
import { extractTimeline } from '@/lib/nlp/dates';

/** Wednesday 13 November 2019, the seed article's clock. */
const WEDNESDAY = '2019-11-13T14:38';

function datesOf(text: string, publishedAt: string | undefined = WEDNESDAY) {
  return extractTimeline(text, publishedAt, [{ start: 0, end: text.length }])
    .filter((e) => !e.isPublication)
    .map((e) => ({ text: e.text, date: e.date, precision: e.precision }));
}

describe('weekdays in a news report', () => {
  it.each([
    ['Officials said on Tuesday that the attack failed.', '2019-11-12'],
    ['The attack took place on Monday.', '2019-11-11'],
    ['Services were restored early Tuesday.', '2019-11-12'],
    ['The minister resigned on Friday.', '2019-11-08'],
    ['The result was announced on Wednesday.', '2019-11-13'],
    ['Protesters gathered on Sunday.', '2019-11-10'],
  ])('%s → the past week (%s)', (sentence, date) => {
    expect(datesOf(sentence)[0]?.date).toBe(date);
  });

  it.each([
    ['Parliament will vote on Friday.', '2019-11-15'],
    ['The inquiry is due to report on Monday.', '2019-11-18'],
    ['Voters go to the polls next Tuesday.', '2019-11-19'],
    ['The leaders meet this Friday.', '2019-11-15'],
  ])('%s → the future the words point to (%s)', (sentence, date) => {
    expect(datesOf(sentence)[0]?.date).toBe(date);
  });

  it('reads "last Tuesday" as the most recent Tuesday', () => {
    expect(datesOf('The firm was hacked last Tuesday.')[0]?.date).toBe('2019-11-12');
  });
});

describe('weeks, months, years relative to publication', () => {
  it('gives a week by its Monday with precision "week"', () => {
    expect(datesOf('The agency met the major parties last week.')[0]).toMatchObject({
      date: '2019-11-04',
      precision: 'week',
    });
    expect(datesOf('Talks resume next week.')[0]).toMatchObject({ date: '2019-11-18', precision: 'week' });
  });

  it('keeps month and year precision', () => {
    expect(datesOf('Sales fell last month.')[0]).toMatchObject({ date: '2019-10', precision: 'month' });
    expect(datesOf('The party was founded in 1900.')[0]).toMatchObject({ date: '1900', precision: 'year' });
    expect(datesOf('Profits doubled last year.')[0]).toMatchObject({ date: '2018', precision: 'year' });
    expect(datesOf('Turnout was 68% in the 2017 election.')[0]).toMatchObject({
      date: '2017',
      precision: 'year',
    });
  });

  it('counts "yesterday" and "three days ago" from the article, never from today', () => {
    expect(datesOf('The report was leaked yesterday.')[0]?.date).toBe('2019-11-12');
    expect(datesOf('He resigned three days ago.')[0]?.date).toBe('2019-11-10');
  });
});

describe('dates written without a year', () => {
  it('puts "the December 12 election" after publication', () => {
    expect(datesOf('The parties met ahead of the December 12 election.')[0]).toMatchObject({
      text: 'the December 12 election',
      date: '2019-12-12',
    });
  });

  it('follows the tense for a month: past → this year or last, future → the next one', () => {
    expect(datesOf('The strike was held in March.')[0]?.date).toBe('2019-03');
    expect(datesOf('The new office will open in March.')[0]?.date).toBe('2020-03');
  });

  it('puts a past-tense December date in a January article in the previous year', () => {
    expect(datesOf('The deal was signed on December 20.', '2020-01-10')[0]?.date).toBe('2019-12-20');
  });
});

describe('other formats', () => {
  it('reads numeric dates day first by default (UK), month first on request', () => {
    expect(datesOf('The files were dated 05/11/2019.')[0]?.date).toBe('2019-11-05');
    const us = extractTimeline('The files were dated 05/11/2019.', WEDNESDAY, [], { dayFirst: false });
    expect(us.find((e) => !e.isPublication)?.date).toBe('2019-05-11');
    expect(datesOf('Filed 13/11/2019 and 11/13/2019.').map((e) => e.date)).toEqual([
      '2019-11-13',
      '2019-11-13',
    ]);
  });

  it('reads written-out dates in either order', () => {
    expect(datesOf('The vote was on 12 December 2019.')[0]?.date).toBe('2019-12-12');
    expect(datesOf('The vote was on Dec. 12, 2019.')[0]?.date).toBe('2019-12-12');
  });

  it('does not take names and durations for dates', () => {
    expect(datesOf('Theresa May said the Sun had campaigned for several years.')).toEqual([]);
  });
});

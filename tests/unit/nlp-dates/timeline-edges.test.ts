import { describe, expect, it } from 'vitest';
import { extractTimeline } from '@/lib/nlp/dates';

describe('the publication entry', () => {
  it('is the ISO date at 0..0 when the date line is not in the text', () => {
    expect(extractTimeline('', '2019-11-13T14:38', [])).toEqual([
      {
        date: '2019-11-13',
        precision: 'day',
        text: '2019-11-13',
        start: 0,
        end: 0,
        label: 'Article published',
        isPublication: true,
      },
    ]);
  });

  it('covers the date line when the text carries it, and drops other date-only lines', () => {
    const text = 'Friday, 5 March 2021\nPublished: 13 November 2019 14:38 GMT\nThe vote was on Monday.';
    const timeline = extractTimeline(text, '2019-11-13T14:38:00Z', []);
    expect(timeline.find((e) => e.isPublication)).toMatchObject({
      text: 'Published: 13 November 2019 14:38 GMT',
      start: 21,
    });
    expect(timeline.map((e) => e.date)).toEqual(['2019-11-11', '2019-11-13']);
  });
});

describe('without a publication date', () => {
  it('keeps only dates written in full', () => {
    const text =
      'On Tuesday, last week and on December 12 nothing happened; the vote on 12 December 2019 did, as in 2016.';
    expect(extractTimeline(text, undefined, []).map((e) => e.date)).toEqual(['2016', '2019-12-12']);
  });

  it('returns nothing for an empty text', () => {
    expect(extractTimeline('', undefined, [])).toEqual([]);
  });
});

describe('headlines', () => {
  it('dates a Title Case headline like a sentence', () => {
    const text = 'Britain Goes To The Polls On December 12\n\nThe election was called on Tuesday.';
    const dates = extractTimeline(text, '2019-10-30T09:00', []).filter((e) => !e.isPublication);
    expect(dates.map((e) => e.date)).toEqual(['2019-10-29', '2019-12-12']);
  });
});

describe('size', () => {
  it('finishes a 1 MB article (its growth is in npm run bench -- growth)', () => {
    const paragraph =
      'The agency said on Tuesday that it had met the parties last week ahead of the December 12 election.\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const timeline = extractTimeline(text, '2019-11-13', []);
    expect(timeline.filter((e) => e.date === '2019-12-12')).toHaveLength(
      Math.ceil(1_000_000 / paragraph.length),
    );
  });

  it('finishes 1 MB without a single line break', () => {
    const text = 'The agency said on Tuesday that it had met the parties. '.repeat(18_000);
    const timeline = extractTimeline(text, '2019-11-13', []);
    expect(timeline.filter((e) => e.date === '2019-11-12')).toHaveLength(18_000);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '@/lib/nlp/dates';

// The seed article and the timeline ../shared/seed/expected.json asks for (copied here as acceptance data).
const text = readFileSync(
  join(__dirname, '../../fixtures/nlp-entities/labour-cyber-attack-2019.txt'),
  'utf8',
);
const publishedAt = '2019-11-13T14:38';

describe('extractTimeline on the seed article', () => {
  const timeline = extractTimeline(text, publishedAt, []);

  it('dates Monday, Tuesday, the publication and the election as expected.json says', () => {
    const expected = [
      { date: '2019-11-11', surface: 'Monday' },
      { date: '2019-11-12', surface: 'Tuesday' },
      { date: '2019-11-13', surface: 'Update: November, 13/2019 - 14:38' },
      { date: '2019-12-12', surface: 'the December 12 election' },
    ];
    for (const want of expected) {
      const hit = timeline.find((e) => e.date === want.date && e.text.includes(want.surface));
      expect(hit, `${want.date} ${want.surface}`).toBeDefined();
    }
  });

  it('gives every entry the exact text at its offsets', () => {
    for (const e of timeline.filter((x) => x.end > 0)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('marks the article date line as the publication, not the site header date', () => {
    const publication = timeline.filter((e) => e.isPublication);
    expect(publication).toHaveLength(1);
    expect(publication[0]).toMatchObject({ date: '2019-11-13', text: 'Update: November, 13/2019 - 14:38' });
    expect(timeline.some((e) => e.date.startsWith('2021'))).toBe(false);
  });

  it('resolves every Tuesday to 12 November (said on Tuesday, Tuesday afternoon, early Tuesday)', () => {
    const tuesdays = timeline.filter((e) => /Tuesday/.test(e.text));
    expect(tuesdays.map((e) => e.text)).toEqual(['on Tuesday', 'on Tuesday afternoon', 'early Tuesday']);
    expect(new Set(tuesdays.map((e) => e.date))).toEqual(new Set(['2019-11-12']));
  });

  it('labels the attack, the statement and the election from their sentences', () => {
    const label = (surface: string) => timeline.find((e) => e.text === surface)?.label ?? '';
    expect(label('on Monday')).toBe('attempted cyber attack on Labour');
    expect(label('on Tuesday')).toMatch(/statement by British security officials/);
    expect(label('the December 12 election')).toBe('general election');
  });

  it('puts "last week" in the week of 4 November and keeps the list sorted by date', () => {
    expect(timeline.find((e) => e.text === 'last week')).toMatchObject({
      date: '2019-11-04',
      precision: 'week',
    });
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds no noise: not "now", not "Sun" of The Sun, not "for several years"', () => {
    expect(timeline.map((e) => e.text)).not.toContain('now');
    expect(timeline.map((e) => e.text)).not.toContain('Sun');
    expect(timeline.some((e) => /years/.test(e.text))).toBe(false);
    expect(timeline).toHaveLength(8);
  });
});

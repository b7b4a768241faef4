import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { casualDateParser, relaxPattern, RelaxedPattern } from '@/lib/nlp/dates/date-parser';

const REFERENCE = new Date(2019, 10, 13, 12);

/** What a reader of the timeline sees of a parse: where, which words, which date parts. */
function readings(results: chrono.ParsedResult[]) {
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    start: r.start.date().toISOString(),
    end: r.end?.date().toISOString(),
  }));
}

describe('relaxed date patterns', () => {
  it('relaxes bounded whitespace and leaves other patterns as they are', () => {
    const ago = /(\d+)\s{0,3}days\s{0,5}ago/i;
    expect(relaxPattern(ago)).toBeInstanceOf(RelaxedPattern);
    expect(relaxPattern(ago).source).toBe(ago.source);
    const plain = /on (monday|tuesday)/i;
    expect(relaxPattern(plain)).toBe(plain);
    const global = /\s{0,2}x/g;
    expect(relaxPattern(global)).toBe(global);
  });

  it.each([
    '3 days ago',
    'It ended 3   days ago.',
    'It ended 3    days ago, not 2 days ago.',
    'It ended 3 days      ago, then 4 days ago.',
    '12\t\t\tdays ago',
    'nothing here',
    'days ago',
  ])('matches as the original pattern does: %j', (text) => {
    const original = /(\W|^)(\d+)\s{0,3}days\s{0,2}ago(?=\W|$)/i;
    const relaxed = relaxPattern(original);
    const a = original.exec(text);
    const b = relaxed.exec(text);
    expect(b && [...b]).toEqual(a && [...a]);
    expect(b?.index).toBe(a?.index);
  });
});

describe('casualDateParser', () => {
  it.each([
    'The deal was struck three days ago and takes effect two weeks later, on 1 December 2019.',
    'He left 3   years   ago; she arrives   in   two   weeks, and   a couple of  months  later  they meet.',
    'Talks resumed on Tuesday, 12 November, at 5pm, a year and  2 months  after the vote of 9/10/2018.',
    'Nothing dated here at all.',
  ])('reads dates exactly as chrono.casual does: %j', (text) => {
    const expected = readings(chrono.casual.parse(text, REFERENCE, { forwardDate: false }));
    expect(expected.length > 0 || !/\d|ago|later/.test(text)).toBe(true);
    expect(readings(casualDateParser().parse(text, REFERENCE, { forwardDate: false }))).toEqual(expected);
  });
});

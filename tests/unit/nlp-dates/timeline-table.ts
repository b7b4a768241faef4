/**
 * The table both timeline test files use: each row is a sentence and the dates its timeline must hold (the
 * publication entry left out), in text order, read on the clock of an article published on Wednesday 13
 * November 2019.
 */
import { expect, it } from 'vitest';
import { extractTimeline } from '@/lib/nlp/dates';
import { splitSentences } from '@/lib/nlp/sentences';

export const PUBLISHED = '2019-11-13T14:38';

/** The dates the timeline finds in `sentence`, publication left out, in text order. */
export function datesOf(sentence: string): string[] {
  return extractTimeline(sentence, PUBLISHED, splitSentences(sentence))
    .filter((e) => !e.isPublication)
    .sort((a, b) => a.start - b.start)
    .map((e) => e.date);
}

export type Row = [sentence: string, dates: string[]];

/** One test per row. */
export function table(rows: Row[]): void {
  it.each(rows)('%s', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });
}

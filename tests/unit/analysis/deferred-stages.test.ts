/**
 * The worker's first analysis after a cold start leaves the timeline, the claims and related coverage for the
 * update (AnalyzeDeps.deferStages): the cards are the same as the whole analysis gives, the rest is empty and
 * no note says a stage was skipped; the whole analysis has them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { createAnalyzer, type Analyzer } from '@/lib/analysis/engine';
import type { Analysis, RelatedItem } from '@/lib/contract/types';
import { loadNodeAsset } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer(loadNodeAsset);
}, 60_000);

const TEXT =
  'The Labour Party will publish its manifesto on 21 November 2019, a spokesman said on Monday. ' +
  '"We will fight for every seat in London," Boris Johnson told reporters in Manchester last week.';
const article = () => articleFromText(TEXT, { isNews: true, publishedAt: '2019-11-13' });
const cards = (analysis: Analysis) => analysis.entities.map((e) => [e.name, e.kbId]);

describe('stages deferred in a first analysis', () => {
  it('keeps the cards and leaves the timeline, claims and related coverage empty, with no note', () => {
    let asked = 0;
    const findRelated = (): RelatedItem[] => {
      asked++;
      return [{ url: 'https://example.org/a', title: 'A report', score: 1, why: 'same names' }];
    };
    const first = analyzer.analyze(article(), { deferStages: true, findRelated });
    const whole = analyzer.analyze(article(), { findRelated });
    expect(cards(first)).toEqual(cards(whole));
    expect(cards(first).map(([, id]) => id)).toContain('person-boris-johnson');
    expect(first.timeline).toEqual([]);
    expect(first.claims).toEqual([]);
    expect(first.related).toEqual([]);
    expect(first.notes).toBeUndefined();
    expect(asked).toBe(1);
    expect(whole.timeline.map((t) => t.date)).toContain('2019-11-21');
    expect(whole.claims.some((c) => /every seat in London/.test(c.text))).toBe(true);
    expect(whole.related).toHaveLength(1);
  });
});

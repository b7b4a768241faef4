/**
 * The worker's first analysis after a cold start defers near misses (LinkContext.deferNearMiss): a misspelt
 * name gets no card then and is reported, the names the KB holds exactly keep theirs, and analysing again
 * without deferring gives the near miss its card.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { createAnalyzer, type Analyzer } from '@/lib/analysis/engine';
import type { Analysis } from '@/lib/contract/types';
import { loadNodeAsset } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
let coldBefore: boolean;
beforeAll(async () => {
  analyzer = await createAnalyzer(loadNodeAsset);
  coldBefore = analyzer.cold;
}, 60_000);

const TEXT =
  "Britain's opposition leader Jeremy Corbin told supporters in London on Friday that the Labour Party would " +
  'fight every seat in the general election. Mr Corbin said Prime Minister Boris Johnson had failed the NHS.';
const article = () => articleFromText(TEXT, { isNews: true, publishedAt: '2019-11-15' });
const cardsOf = (analysis: Analysis) => analysis.entities.flatMap((e) => (e.card && e.kbId ? [e.kbId] : []));

describe('near misses deferred in a first analysis', () => {
  it('leaves the misspelt name without a card and reports it, keeping the exact links', () => {
    const deferred: string[] = [];
    const first = analyzer.analyze(article(), { deferNearMisses: (name) => void deferred.push(name) });
    expect(coldBefore).toBe(true);
    expect(analyzer.cold).toBe(false);
    expect(deferred).toContain('Jeremy Corbin');
    expect(cardsOf(first)).not.toContain('person-jeremy-corbyn');
    expect(cardsOf(first)).toEqual(
      expect.arrayContaining(['gb-labour-party', 'person-boris-johnson', 'city-gb-london']),
    );
  });

  it('gives the near miss its card once it is searched, and the other cards stay as they were', () => {
    const deferred: string[] = [];
    const first = analyzer.analyze(article(), { deferNearMisses: (name) => void deferred.push(name) });
    const full = analyzer.analyze(article());
    expect(cardsOf(full)).toContain('person-jeremy-corbyn');
    expect(cardsOf(full).filter((id) => id !== 'person-jeremy-corbyn')).toEqual(cardsOf(first));
  });

  it('reports nothing when every name is in the knowledge base as written', () => {
    const deferred: string[] = [];
    analyzer.analyze(
      articleFromText('Jeremy Corbyn spoke in London for the Labour Party.', { isNews: true }),
      { deferNearMisses: (name) => void deferred.push(name) },
    );
    expect(deferred).toEqual([]);
  });
});

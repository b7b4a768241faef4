/**
 * A nationality read in its place as no mention of its country carries no card, even when the same word
 * elsewhere in the article earned one (lib/analysis/no-card-mentions), from sentences written for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { dropNoCardNationalities } from '@/lib/analysis/no-card-mentions';
import type { AnalysisEntity } from '@/lib/contract/types';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const spain = (starts: number[]): AnalysisEntity => ({
  id: 'e1',
  name: 'Spain',
  type: 'place',
  kbId: 'country-es',
  confidence: 0.99,
  mentions: starts.map((start) => ({ start, end: start + 7, text: 'Spanish', form: 'nationality' as const })),
});

describe('dropNoCardNationalities', () => {
  it('drops the nationality mentions read as no mention of the country from the linked entity', () => {
    const out = dropNoCardNationalities([spain([10, 50])], new Set([10]));
    expect(out.map((e) => [e.kbId, e.mentions.map((m) => m.start)])).toEqual([['country-es', [50]]]);
  });

  it("keeps a place's own name read inside a longer name with the place", () => {
    const city: AnalysisEntity = {
      ...spain([]),
      kbId: 'city-us-berkeley',
      mentions: [
        { start: 10, end: 18, text: 'Berkeley' },
        { start: 60, end: 68, text: 'Berkeley' },
      ],
    };
    expect(dropNoCardNationalities([city], new Set([10]))).toEqual([city]);
  });

  it('leaves an entity alone when all or none of its mentions are such', () => {
    expect(dropNoCardNationalities([spain([10, 50])], new Set([10, 50]))[0].mentions).toHaveLength(2);
    expect(dropNoCardNationalities([spain([10, 50])], new Set([99]))).toHaveLength(1);
  });
});

describe('through analyze()', () => {
  let analyzer: Awaited<ReturnType<typeof nodeAnalyzer>>;
  beforeAll(async () => {
    analyzer = await nodeAnalyzer();
  });

  it("gives 'Portuguese' inside 'the Portuguese Gold Coast' no card of Portugal beside a Portuguese fleet", () => {
    const text =
      'The trader was born in Elmina, then part of the Portuguese Gold Coast. Years later the Portuguese fleet sailed from Lisbon to fetch him.';
    const analysis = analyzer.analyze(articleFromText(text), {});
    const inName = text.indexOf('Portuguese Gold');
    const holder = analysis.entities.find((e) => e.mentions.some((m) => m.start === inName));
    expect(holder?.kbId ?? 'no card').toBe('no card');
    const fleet = text.indexOf('Portuguese fleet');
    expect(analysis.entities.find((e) => e.mentions.some((m) => m.start === fleet))?.kbId).toBe('country-pt');
  });
});

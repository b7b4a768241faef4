/**
 * A nationality before a word for a people's culture or past ('the earliest American civilizations', 'Greek
 * mythology') describes the culture, not the state of today: no card of the country (lib/analysis/nationality).
 * Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { describesSomeone } from '@/lib/analysis/nationality';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const describes = (text: string, word: string) => describesSomeone(text, text.indexOf(word) + word.length);

describe('a nationality before a word for a culture', () => {
  it('describes the culture', () => {
    expect(describes('Maize fed the early American civilizations of the isthmus.', 'American')).toBe(true);
    expect(describes('The class reads Norse and Greek mythology.', 'Greek')).toBe(true);
    expect(describes('Peruvian cuisine borrows from Japan.', 'Peruvian')).toBe(true);
    expect(describes('Old Irish folklore is full of hares.', 'Irish')).toBe(true);
  });

  it('still leaves the state its soldiers, officials and laws', () => {
    expect(describes('Greek officials said the ferry was late.', 'Greek')).toBe(false);
    expect(describes('Peruvian troops crossed the river.', 'Peruvian')).toBe(false);
  });
});

describe('through analyze()', () => {
  let analyzer: Awaited<ReturnType<typeof nodeAnalyzer>>;
  beforeAll(async () => {
    analyzer = await nodeAnalyzer();
  });

  it("gives 'Greek' in 'Greek mythology' and 'Mexican' in 'Mexican cuisine' no card of the country", async () => {
    const text = 'Students of Greek mythology meet in Leeds, where Mexican cuisine is the talk of the town.';
    const analysis = analyzer.analyze(articleFromText(text), {});
    const ids = analysis.entities.map((e) => e.kbId);
    expect(ids).not.toContain('country-gr');
    expect(ids).not.toContain('country-mx');
  });

  it("keeps the country's card for 'Peruvian troops'", async () => {
    const text = 'Peruvian troops crossed the river near Iquitos on Monday, the army said.';
    const analysis = analyzer.analyze(articleFromText(text), {});
    expect(analysis.entities.some((e) => e.kbId === 'country-pe')).toBe(true);
  });
});

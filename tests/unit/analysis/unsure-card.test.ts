/**
 * A name the KB holds but the linker would not give a card here (the tagger reads a city as a person, or
 * the context cannot choose) is marked `unsure`, so its card does not claim the KB has no such entry.
 * Sentences written for this test, read through analyze() with the shipped KB and tagger.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import type { Analyzer } from '@/lib/analysis/engine';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await nodeAnalyzer();
}, 60_000);

const entities = (text: string) => analyzer.analyze(articleFromText(text), {}).entities;

describe('a name the knowledge base has but does not card here', () => {
  it('is unsure, not "not in the knowledge base"', () => {
    const found = entities(
      'Many of the WordCamps went from 10% women speakers to half in a year. In 2017, Seattle had 60% women ' +
        'speakers and in 2018, Vancouver had 63%. Organisers said the training worked.',
    );
    const uncarded = found.filter((e) => !e.kbId);
    expect(uncarded.map((e) => e.name)).toContain('Vancouver');
    for (const e of uncarded) expect(e.unsure).toBe(true);
  });

  it('a name the knowledge base lacks stays plainly not in it', () => {
    const found = entities(
      'Ruth Tennant, the coach, said her squad would travel on Friday. Tennant has led the side since March.',
    );
    const coach = found.find((e) => e.name === 'Ruth Tennant');
    expect(coach?.kbId).toBeUndefined();
    expect(coach?.unsure).toBeUndefined();
  });

  it('a linked name is never unsure', () => {
    const found = entities(
      'The Prime Minister flew to Vancouver on Tuesday for talks with Canadian officials.',
    );
    const city = found.find((e) => e.mentions.some((m) => m.text === 'Vancouver'));
    expect(city?.kbId).toBeDefined();
    expect(city?.unsure).toBeUndefined();
  });
});

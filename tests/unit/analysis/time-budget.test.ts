/**
 * An analysis has a time budget: past it, analyze() returns what it has (entities and cards) with a note
 * instead of holding the worker. The clock is the test's own, so nothing here depends on machine speed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/analysis/from-text';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';

const text = readFileSync(
  resolve(import.meta.dirname, '../../../fixtures/seed/labour-cyber-attack-2019.txt'),
  'utf8',
);
const article = articleFromText(text, { publishedAt: '2019-11-13T14:38' });

describe('analyze() under a time budget', () => {
  it('within the budget: everything, and no note', async () => {
    const analyzer = await nodeAnalyzer();
    const analysis = analyzer.analyze(article, { budgetMs: 60_000, now: () => 0 });
    expect(analysis.claims.length).toBeGreaterThan(0);
    expect(analysis.timeline.length).toBeGreaterThan(0);
    expect(analysis.notes).toBeUndefined();
  });

  it('past the budget: the entities found so far, the later stages skipped, and a note that says so', async () => {
    const analyzer = await nodeAnalyzer();
    let clock = 0;
    // Every reading of the clock is ten seconds later: the budget of 5 s runs out during the entity stage.
    const analysis = analyzer.analyze(article, {
      budgetMs: 5_000,
      now: () => (clock += 10_000),
      findRelated: () => {
        throw new Error('related coverage must be skipped past the budget');
      },
    });
    expect(analysis.entities.some((e) => e.card)).toBe(true);
    expect(analysis.claims).toEqual([]);
    expect(analysis.timeline).toEqual([]);
    expect(analysis.notes?.[0]).toMatch(/took too long.*timeline, claims, related coverage/);
  });
});

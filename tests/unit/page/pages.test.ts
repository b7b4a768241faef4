/**
 * The project's own test pages (tests/fixtures/pages/<slug>/source.html) read and marked as the extension
 * does, against their expected.json: the article as read, and every highlight's words and entity id (from
 * the worker's positions). `npm run fixtures:regen` rewrites expected.json and shows the diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '@/lib/analysis/engine';
import { nodeAnalyzer } from '../../../scripts/lib/node-assets';
import { expectationFor, type PageExpectation } from '../../../scripts/lib/page-expectation';

const dir = join(__dirname, '../../fixtures/pages');
const slugs = readdirSync(dir).sort();
const read = (slug: string, file: string) => readFileSync(join(dir, slug, file), 'utf8');

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await nodeAnalyzer();
});

describe.each(slugs)('test page %s', (slug) => {
  it('reads and marks as its expected.json says', () => {
    const expected = JSON.parse(read(slug, 'expected.json')) as PageExpectation;
    expect(expectationFor(read(slug, 'source.html'), analyzer)).toEqual(expected);
  });
});

describe('the seed article page', () => {
  it('marks the story’s names with the worker’s entities, in the article only', () => {
    const { highlights } = JSON.parse(read('seed-article', 'expected.json')) as PageExpectation;
    const byName = (name: string) => highlights.filter((h) => h.name === name);
    // Every 'NCSC' and 'National Cyber Security centre' mark is one entity, the agency's card.
    const ncsc = byName('National Cyber Security Centre');
    expect(ncsc.map((h) => h.text)).toEqual(
      expect.arrayContaining(['National Cyber Security centre', 'NCSC']),
    );
    expect(new Set(ncsc.map((h) => h.entity)).size).toBe(1);
    // "Britain's spy agency GCHQ": the phrase is GCHQ's, so its 'Britain' is not marked for the UK.
    expect(highlights.findIndex((h) => h.text === 'GCHQ')).toBe(
      highlights.findIndex((h) => h.text === 'National Cyber Security centre') + 1,
    );
  });
});

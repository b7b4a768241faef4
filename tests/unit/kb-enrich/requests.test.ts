import { describe, expect, it } from 'vitest';
import {
  parseSummary,
  parseWikidataSearch,
  retryAfterMs,
  wikidataEntitiesUrl,
  wikidataSearchUrl,
  wikipediaSummaryUrl,
} from '../../../lib/kb/enrich';

describe('enrichment requests', () => {
  it('builds the Wikipedia summary and Wikidata URLs against a configurable base', () => {
    expect(wikipediaSummaryUrl('Labour Party (UK)')).toBe(
      'https://en.wikipedia.org/api/rest_v1/page/summary/Labour_Party_(UK)',
    );
    expect(wikipediaSummaryUrl('AC/DC', 'http://127.0.0.1:8080/')).toBe(
      'http://127.0.0.1:8080/api/rest_v1/page/summary/AC%2FDC',
    );
    const entities = new URL(wikidataEntitiesUrl(['Q7334']));
    expect(entities.searchParams.get('action')).toBe('wbgetentities');
    expect(entities.searchParams.get('ids')).toBe('Q7334');
    expect(() => wikidataEntitiesUrl(['7334; drop'])).toThrow(/Wikidata item id/);
    expect(new URL(wikidataSearchUrl('Jeremy Corbyn')).searchParams.get('search')).toBe('Jeremy Corbyn');
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2024-05-01T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Wed, 01 May 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });

  it('shortens long extracts at a sentence and refuses disambiguation pages', () => {
    const long = `${'The party was founded. '.repeat(40)}`;
    const facts = parseSummary({ type: 'standard', title: 'X', extract: long });
    expect(facts!.extract.text.length).toBeLessThanOrEqual(600);
    expect(facts!.extract.text.endsWith('.')).toBe(true);
    expect(facts!.extract.url).toBe('https://en.wikipedia.org/wiki/X');
    expect(
      parseSummary({ type: 'disambiguation', title: 'Mercury', extract: 'Mercury may refer to:' }),
    ).toBeUndefined();
    expect(parseWikidataSearch({ search: [{ id: 'Q1', label: 'A' }, { id: 'bad' }] })).toEqual([
      { id: 'Q1', label: 'A' },
    ]);
  });

  it('links a summary only to an http(s) page: a javascript: or data: content_url gives the plain Wikipedia address', () => {
    for (const page of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JAVASCRIPT:x']) {
      const facts = parseSummary({
        type: 'standard',
        title: 'Some Page',
        extract: 'A page.',
        content_urls: { desktop: { page } },
      });
      expect(facts!.extract.url).toBe('https://en.wikipedia.org/wiki/Some_Page');
    }
  });
});

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createLinker, decompressKb, outletForDomain, parseKb } from '../../../lib/kb/index';
import { SEED_CARDS, SEED_EXCERPT, SEED_PUBLISHED_AT } from '../../fixtures/kb/seed-article';

const gz = readFileSync(new URL('../../../assets/kb/kb.bin.gz', import.meta.url));
const kb = parseKb(gunzipSync(gz));
const linker = createLinker(kb);
const ctx = { publishedAt: SEED_PUBLISHED_AT, text: SEED_EXCERPT };

describe('the shipped KB', () => {
  it('is large enough and compact', () => {
    expect(kb.size).toBeGreaterThanOrEqual(8000);
    expect(gz.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it.each(SEED_CARDS)('links %j to %s with the facts a reader needs', (names, kbId, mustShow) => {
    const result = linker.link({ names }, ctx);
    expect(result?.kbId).toBe(kbId);
    const card = linker.card(kbId, ctx);
    const shown = [card.title, card.description, ...card.facts.map((f) => f.value)].join(' | ');
    for (const text of mustShow) expect(shown).toContain(text);
    expect(card.source).not.toBe('');
  });

  it('spots the seed entities in the article text', () => {
    const ids = new Set(linker.spot(SEED_EXCERPT).map((s) => s.candidates[0]));
    for (const id of [
      'city-gb-london',
      'country-gb',
      'gb-labour-party',
      'gb-national-cyber-security-centre',
      'person-jeremy-corbyn',
      'city-gb-blackpool',
      'gb-the-sun',
      'fr-agence-france-presse',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('names publishers from hostnames without the KB', () => {
    expect(outletForDomain('www.thesun.co.uk')).toEqual({ kbId: 'gb-the-sun', name: 'The Sun' });
    expect(outletForDomain('edition.cnn.com')?.name).toBe('CNN');
    expect(outletForDomain('example.org')).toBeUndefined();
  });

  it('explains gzip input and decompresses with the platform stream', async () => {
    expect(() => parseKb(new Uint8Array(gz))).toThrow(/decompress/);
    const bytes = await decompressKb(new Uint8Array(gz));
    expect(parseKb(bytes).size).toBe(kb.size);
  });
});

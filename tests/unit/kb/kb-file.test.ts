import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, parseKb } from '../../../lib/kb/index';
import { SMALL_ENTITIES } from '../../fixtures/kb/small-kb';

const sources = { test: { name: 'Test fixture', licence: 'CC0 1.0' } };

describe('the KB file', () => {
  it('is the same bytes for the same entries, and gives every entry back as written', () => {
    const bytes = buildKbFile(SMALL_ENTITIES, sources);
    expect(buildKbFile(SMALL_ENTITIES, sources)).toEqual(bytes);
    const kb = parseKb(bytes);
    expect(kb.size).toBe(SMALL_ENTITIES.length);
    SMALL_ENTITIES.forEach((e, i) => {
      expect(kb.indexOf(e.id)).toBe(i);
      expect(kb.entity(i)).toEqual(e);
    });
    expect(kb.indexOf('no-such-entry')).toBeUndefined();
  });

  it('opens from bytes at any offset (a view into a larger buffer)', () => {
    const bytes = buildKbFile(SMALL_ENTITIES, sources);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const linker = createLinker(parseKb(shifted.subarray(1)));
    expect(linker.link({ names: ['Jeremy Corbin'], type: 'person' }, {})?.kbId).toBe('person-jeremy-corbyn');
  });

  it('ships the near-miss index: a misspelt word finds its entries without building anything', () => {
    const kb = parseKb(buildKbFile(SMALL_ENTITIES, sources));
    const w = kb.nearMiss.findWord('corbyn');
    expect(w).toBeGreaterThanOrEqual(0);
    expect(kb.nearMiss.wordEntries(w).map((i) => kb.idOf(i))).toEqual(['person-jeremy-corbyn']);
    expect(kb.nearMiss.gramWords('rby')).toContain(w);
  });

  it('refuses bytes that are not a KB, saying what to do', () => {
    expect(() => parseKb(new TextEncoder().encode('{"format":"fact-context-kb/2"}'))).toThrow(/build:kb/);
  });
});

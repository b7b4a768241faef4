import { describe, expect, it } from 'vitest';
import { buildKbFile, combineKbs, createLinker, parseKb } from '../../../lib/kb/index';
import type { KbEntity } from '../../../lib/kb/types';

const sources = { core: { name: 'Core fixture', licence: 'CC0 1.0' } };
const packSources = { pack: { name: 'Pack fixture', licence: 'CC BY-SA 4.0' } };
const e = (id: string, name: string, prior: number, more: Partial<KbEntity> = {}): KbEntity => ({
  id,
  type: 'organization',
  name,
  prior,
  sources: ['core'],
  ...more,
});

const core = parseKb(
  buildKbFile(
    [
      e('core-city', 'Tarnholm', 0.6, { type: 'place' }),
      e('core-port', 'Tarnholm Port Authority', 0.5, { parent: 'core-city' }),
      e('core-minor', 'Velmora', 0.1),
      e('core-capital', 'Ostrava Nova', 0.7, { type: 'place', otherNames: ['Ostrau Neu'] }),
    ],
    sources,
  ),
);
const pack = parseKb(
  buildKbFile(
    [
      e('pack-air', 'Velmora Airways', 0.4, { sources: ['pack'], aliases: ['Velmora'] }),
      e('pack-body', 'Tarnholm Commission', 0.4, { sources: ['pack'], acronyms: ['TC'] }),
    ],
    packSources,
  ),
);

describe('the core KB and its packs as one', () => {
  const kb = combineKbs(core, [pack]);

  it('numbers the core first, then the pack, and finds every id', () => {
    expect(kb.size).toBe(6);
    expect(['core-city', 'pack-air', 'pack-body'].map((id) => kb.idOf(kb.indexOf(id)!))).toEqual([
      'core-city',
      'pack-air',
      'pack-body',
    ]);
    expect(kb.entity(kb.indexOf('pack-body')!).acronyms).toEqual(['TC']);
    expect(kb.indexOf('nowhere')).toBeUndefined();
    expect(() => kb.entity(6)).toThrow(/does not exist/);
    expect(Object.keys(kb.sources).sort()).toEqual(['core', 'pack']);
  });

  it("merges an alias key's entries from every part, best prior first", () => {
    expect(kb.lookup('velmora')!.map((i) => kb.idOf(i))).toEqual(['pack-air', 'core-minor']);
    expect(kb.lookup('=TC')!.map((i) => kb.idOf(i))).toEqual(['pack-body']);
    expect(kb.continues('tarnholm')).toBe(true);
    expect(kb.related(kb.indexOf('core-port')!).map((i) => kb.idOf(i))).toEqual(['core-city']);
  });

  it('finds a misspelt name in either part through the joined near-miss index', () => {
    const w = kb.nearMiss.findWord('tarnholm');
    expect(
      kb.nearMiss
        .wordEntries(w)
        .map((i) => kb.idOf(i))
        .sort(),
    ).toEqual(['core-city', 'core-port', 'pack-body']);
    const linker = createLinker(kb);
    expect(linker.link({ names: ['Velmora Airway'], type: 'organization' }, {})?.kbId).toBe('pack-air');
  });

  it('matches names in other languages exactly, never as near misses', () => {
    expect(kb.lookup('ostrau neu')!.map((i) => kb.idOf(i))).toEqual(['core-capital']);
    expect(kb.nearMiss.findWord('ostrau')).toBe(-1);
    expect(kb.nearMiss.findWord('ostrava')).toBeGreaterThanOrEqual(0);
  });

  it('is the core itself when there is no pack', () => {
    expect(combineKbs(core, [])).toBe(core);
  });
});

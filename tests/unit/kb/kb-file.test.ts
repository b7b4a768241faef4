import { describe, expect, it } from 'vitest';
import { buildKbFile, createLinker, parseKb } from '../../../lib/kb/index';
import type { KbEntity } from '../../../lib/kb/types';
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

  it('answers publisher domains and an organisation’s leaders from their tables, and nothing for other keys', () => {
    const kb = parseKb(buildKbFile(SMALL_ENTITIES, sources));
    expect(kb.idOf(kb.domains.get('afp.com')!)).toBe('fr-afp');
    for (const key of ['example.com', 'constructor', '__proto__', 'toString'])
      expect(kb.domains.get(key)).toBeUndefined();
    const labour = kb.indexOf('gb-labour-party')!;
    expect(kb.leaders(labour).map((l) => [l.person.id, l.role.title])).toEqual([
      ['person-jeremy-corbyn', 'Leader of the Labour Party'],
    ]);
    expect(kb.leaders(kb.indexOf('fr-afp')!)).toEqual([]);
  });

  it('finds every organisation’s leaders in role order and every domain, however many there are', () => {
    const org = (n: number): KbEntity => ({
      id: `org-${String(n).padStart(3, '0')}`,
      type: 'organization',
      name: `Harlow Guild ${n}`,
      sources: ['test'],
      domains: [`guild${n}.example`, `gilde-${n}.bäckerei.example`],
    });
    const person = (n: number, orgs: number[]): KbEntity => ({
      id: `person-${String(n).padStart(3, '0')}`,
      type: 'person',
      name: `Ada Quell ${n}`,
      sources: ['test'],
      roles: orgs.map((o) => ({ title: `Chair ${o}`, org: org(o).id })),
    });
    const orgs = Array.from({ length: 40 }, (_, n) => org(n));
    // Person n chairs organisations n and n + 1 (the odd ones only): some organisations have two leaders.
    const people = Array.from({ length: 40 }, (_, n) =>
      person(n, n % 2 ? [n, n + 1].filter((o) => o < 40) : [n]),
    );
    const kb = parseKb(buildKbFile([...orgs, ...people], sources));
    for (let n = 0; n < 40; n++) {
      const i = kb.indexOf(org(n).id)!;
      const expected = people.flatMap((p) =>
        (p.roles ?? []).filter((r) => r.org === org(n).id).map((r) => [p.id, r.title]),
      );
      expect(kb.leaders(i).map((l) => [l.person.id, l.role.title])).toEqual(expected);
      expect(kb.domains.get(`guild${n}.example`)).toBe(i);
      expect(kb.domains.get(`gilde-${n}.bäckerei.example`)).toBe(i);
    }
    expect(kb.leaders(kb.indexOf(people[0].id)!)).toEqual([]);
    expect(kb.domains.get('guild40.example')).toBeUndefined();
  });

  it('refuses bytes that are not a KB, saying what to do', () => {
    expect(() => parseKb(new TextEncoder().encode('{"format":"fact-context-kb/2"}'))).toThrow(/build:kb/);
  });
});

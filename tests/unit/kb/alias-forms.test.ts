import { describe, expect, it } from 'vitest';
import type { KbEntity } from '../../../lib/kb/types';
import { addAliasForms } from '../../../scripts/kb/alias-forms';

const entry = (e: Partial<KbEntity> & Pick<KbEntity, 'id' | 'type' | 'name'>): KbEntity => ({
  sources: ['test'],
  ...e,
});

describe('short forms derived from names', () => {
  it('adds the forms people write and counts each rule', () => {
    const list = [
      entry({ id: 'p1', type: 'person', name: 'Andrew J. Weaver' }),
      entry({ id: 'c1', type: 'place', name: 'Saint-Étienne' }),
      entry({ id: 'c2', type: 'place', name: 'St. Louis' }),
      entry({ id: 'o1', type: 'organization', name: 'The Washington Post' }),
      entry({
        id: 'u1',
        type: 'organization',
        kind: 'university',
        name: 'Massachusetts Institute of Technology',
        domains: ['mit.edu'],
        prior: 0.58,
      }),
    ];
    expect(addAliasForms(list)).toEqual({ withoutInitials: 1, domainAcronyms: 1, saint: 2, withoutThe: 1 });
    expect(list.map((e) => [...(e.aliases ?? []), ...(e.acronyms ?? [])])).toEqual([
      ['Andrew Weaver'],
      ['St.-Étienne'],
      ['Saint Louis'],
      ['Washington Post'],
      ['MIT'],
    ]);
  });

  it('leaves alone what would not be a name people write or would take a name from others', () => {
    const list = [
      // Two-word names and initials-only names have no shorter form.
      entry({ id: 'p1', type: 'person', name: 'A. K. Antony' }),
      entry({ id: 'p3', type: 'person', name: 'Dr. K. Kamaraj' }),
      entry({ id: 'p2', type: 'person', name: 'Iain Duncan Smith' }),
      // A small college's domain acronym ('TCL' is also a company) is not taken.
      entry({
        id: 'u1',
        type: 'organization',
        kind: 'university',
        name: 'Technical College of the Lowcountry',
        domains: ['tcl.edu'],
        prior: 0.3,
      }),
      // A one-word rest after 'The' is too generic; a form the entry already has is not added twice.
      entry({ id: 'o1', type: 'organization', name: 'The Guardian' }),
      entry({ id: 'c1', type: 'place', name: 'Saint Paul', aliases: ['St Paul'] }),
    ];
    expect(addAliasForms(list)).toEqual({ withoutInitials: 0, domainAcronyms: 0, saint: 0, withoutThe: 0 });
    expect(list.every((e) => !e.acronyms && (e.aliases ?? []).length <= 1)).toBe(true);
  });
});

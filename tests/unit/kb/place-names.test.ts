import { describe, expect, it } from 'vitest';
import type { KbEntity } from '../../../lib/kb/types';
import {
  addAlternateCityNames,
  addOtherNames,
  alternateNameProblem,
  countryNamesInOtherLanguages,
} from '../../../scripts/kb/place-names';

const city = (id: string, name: string, aliases?: string[]): KbEntity => ({
  id,
  type: 'place',
  kind: 'city',
  name,
  ...(aliases ? { aliases } : {}),
  sources: ['test'],
});
const WORDS = new Set(['island', 'hope', 'mark', 'forest', 'park', 'saint', 'mary']);
const isWordOrPersonName = (w: string) => WORDS.has(w.toLowerCase());

describe("cities' other names (GeoNames alternate names)", () => {
  it('keeps names a text could write, in any script', () => {
    for (const name of ['Vindobona Nova', 'Wien', 'Вена', 'Monaco di Baviera', "Città dell'Esempio"])
      expect(alternateNameProblem(name, isWordOrPersonName)).toBeUndefined();
  });

  it('leaves out codes, automatic romanisations, digits, ordinary words and names, and scraps', () => {
    expect(alternateNameProblem('XQZ', isWordOrPersonName)).toBe('code');
    expect(alternateNameProblem('vyena', isWordOrPersonName)).toBe('romanisation');
    expect(alternateNameProblem('Town 2', isWordOrPersonName)).toBe('not letters');
    expect(alternateNameProblem('Island', isWordOrPersonName)).toBe('words or person names');
    expect(alternateNameProblem('Hôpe', isWordOrPersonName)).toBe('words or person names');
    expect(alternateNameProblem('Forest Park', isWordOrPersonName)).toBe('words or person names');
    expect(alternateNameProblem('Saint-Mary', isWordOrPersonName)).toBe('words or person names');
    expect(alternateNameProblem('Saint Vindobona', isWordOrPersonName)).toBeUndefined();
    expect(alternateNameProblem('Ab', isWordOrPersonName)).toBe('too short');
  });

  it('adds a name only to the one city it means, never one another entry uses', () => {
    const list = [
      city('city-a', 'Alderholt', ['Alderholt, Examplia']),
      city('city-b', 'Brimfield'),
      city('city-c', 'Coldmere'),
      { ...city('org-d', 'Eldvik Group'), type: 'organization' as const },
    ];
    const ids = new Map([
      ['city-a', 1],
      ['city-b', 2],
      ['city-c', 3],
    ]);
    const alternates = new Map([
      [1, ['Alderholta', 'Альдерхольт', 'Alderholt', 'XAL', 'Sharedburg', 'Eldvik Group', 'Mark']],
      [2, ['Brimfeld', 'Sharedburg']],
      [3, []],
    ]);
    const counts = addAlternateCityNames(list, ids, isWordOrPersonName, alternates);
    expect(list.map((e) => e.otherNames ?? [])).toEqual([
      ['Alderholta', 'Альдерхольт'],
      ['Brimfeld'],
      [],
      [],
    ]);
    expect(list[0].aliases).toEqual(['Alderholt, Examplia']);
    expect(counts).toEqual({ latin: 2, otherScripts: 1, shared: 3, malformed: 2 });
  });
});

describe("countries' names in other languages", () => {
  it('comes from the packages, keyed by the country entry', () => {
    const names = countryNamesInOtherLanguages();
    expect(names.get('country-de')).toEqual(expect.arrayContaining(['Deutschland', 'Allemagne', 'Германия']));
    expect(names.get('country-fr')).toEqual(expect.arrayContaining(['Frankreich']));
  });

  it('adds only names that mean that one country', () => {
    const list: KbEntity[] = [
      { id: 'country-xa', type: 'place', name: 'Examplia', sources: ['test'] },
      { id: 'country-xb', type: 'place', name: 'Otheria', sources: ['test'] },
    ];
    const counts = addOtherNames(
      list,
      new Map([
        ['country-xa', ['Exemplien', 'Congo Nova', 'Island']],
        ['country-xb', ['Otherien', 'Congo Nova']],
      ]),
      isWordOrPersonName,
    );
    expect(list.map((e) => e.otherNames)).toEqual([['Exemplien'], ['Otherien']]);
    expect(counts).toEqual({ latin: 2, otherScripts: 0, shared: 2, malformed: 1 });
  });
});

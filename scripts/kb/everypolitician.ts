/**
 * Legislators and executive office-holders of 32 countries from EveryPolitician's proto-commons repositories
 * (Popolo files generated from Wikidata, CC0): people with QIDs and dated memberships, their houses and parties.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity, KbRole } from '../../lib/kb/types';
import { cleanDate, slug } from './names';

/** Folder → ISO 3166-1 alpha-2. */
const COUNTRY: Record<string, string> = {
  andorra: 'AD',
  argentina: 'AR',
  australia: 'AU',
  bangladesh: 'BD',
  belgium: 'BE',
  brazil: 'BR',
  canada: 'CA',
  chile: 'CL',
  colombia: 'CO',
  'costa-rica': 'CR',
  cyprus: 'CY',
  estonia: 'EE',
  france: 'FR',
  germany: 'DE',
  'hong-kong': 'HK',
  india: 'IN',
  ireland: 'IE',
  italy: 'IT',
  japan: 'JP',
  kenya: 'KE',
  mexico: 'MX',
  nigeria: 'NG',
  pakistan: 'PK',
  paraguay: 'PY',
  peru: 'PE',
  poland: 'PL',
  portugal: 'PT',
  'south-africa': 'ZA',
  'south-korea': 'KR',
  taiwan: 'TW',
  'united-arab-emirates': 'AE',
  'united-kingdom': 'GB',
};

/** Words that name a house without saying whose. */
const GENERIC_HOUSE = new Set(
  "senate house chamber assembly national legislative council deputies representatives of the federal congress parliament general people's state".split(
    ' ',
  ),
);

/** 'south-africa' → 'South Africa'. */
function countryName(folder: string): string {
  const name = folder.replace(
    /(^|-)([a-z])/g,
    (_, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase(),
  );
  return name.startsWith('United ') ? `the ${name}` : name;
}

type Names = Record<string, string>;
interface Popolo {
  persons?: Array<{ id: string; name?: Names }>;
  organizations?: Array<{ id: string; name?: Names; classification?: string }>;
  memberships?: Array<{
    person_id: string;
    organization_id?: string;
    on_behalf_of_id?: string;
    start_date?: string;
    end_date?: string;
    role?: Names;
  }>;
}

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’\-,()]+$/u;

/** The English name, else the first name in Latin script. */
function english(names: Names | undefined): string | undefined {
  if (!names) return undefined;
  const en = names['lang:en'];
  if (en && LATIN.test(en)) return en.trim();
  return Object.values(names)
    .find((n) => LATIN.test(n))
    ?.trim();
}

/** The other Latin-script names of a record ('Landtag Nordrhein-Westfalen' beside 'Landtag of North Rhine-Westphalia'): two words or more, each once. */
function otherNames(names: Names | undefined, name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const n of Object.values(names ?? {})) {
    const t = n.trim();
    if (!LATIN.test(t) || !t.includes(' ') || /[(),]/.test(t) || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out.sort();
}

function files(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (name === 'popolo-m17n.json') out.push(path);
  }
  return out;
}

/** Records joined on their Wikidata QID inside this source (a person in two houses' files is one entry). */
export const everyPoliticianQidJoins = { people: 0, organisations: 0 };

/** People, houses and parties; ids carry the QID so that they are stable across rebuilds. */
export function everyPolitician(dir: string): KbEntity[] {
  const people = new Map<string, KbEntity>();
  const orgs = new Map<string, KbEntity>();
  for (const folder of Object.keys(COUNTRY).sort()) {
    const country = COUNTRY[folder];
    const config = JSON.parse(readFileSync(join(dir, folder, 'config.json'), 'utf8')) as {
      country_wikidata_id?: string;
    };
    const nationalHouses = new Set<string>();
    const index = join(dir, folder, 'legislative/index.json');
    if (existsSync(index)) {
      for (const h of JSON.parse(readFileSync(index, 'utf8')) as Array<{
        house_item_id: string;
        area_id?: string;
      }>)
        if (h.area_id === config.country_wikidata_id) nationalHouses.add(h.house_item_id);
    }
    for (const branch of ['legislative', 'executive'] as const) {
      for (const f of files(join(dir, folder, branch))) {
        const data = JSON.parse(readFileSync(f, 'utf8')) as Popolo;
        const orgName = new Map<string, string>();
        for (const o of data.organizations ?? []) {
          let name = english(o.name);
          if (!name || !/^Q\d+$/.test(o.id)) continue;
          orgName.set(o.id, name);
          if (o.classification !== 'party' && o.classification !== 'branch') continue;
          const national = nationalHouses.has(o.id);
          // 'Senate' or 'National Assembly' alone names a house in many countries: qualify national ones
          // ('Senate of Pakistan'), leave out sub-national ones named only by such words.
          const generic =
            o.classification === 'branch' &&
            name.split(/\s+/).every((w) => GENERIC_HOUSE.has(w.toLowerCase()));
          if (generic && !national) continue;
          if (generic) {
            name = `${name} of ${countryName(folder)}`;
            orgName.set(o.id, name);
          }
          const id = `${o.classification === 'party' ? 'party' : 'legislature'}-${country.toLowerCase()}-${slug(name)}-${o.id.toLowerCase()}`;
          if (orgs.has(o.id)) {
            everyPoliticianQidJoins.organisations++;
            continue;
          }
          const aliases = generic ? [] : otherNames(o.name, name);
          orgs.set(o.id, {
            id,
            type: 'organization',
            kind: o.classification === 'party' ? 'political party' : 'legislature',
            name,
            ...(aliases.length ? { aliases } : {}),
            country,
            wikidata: o.id,
            prior: o.classification === 'party' ? 0.4 : national ? 0.6 : 0.35,
            sources: ['everypolitician'],
          });
        }
        const personName = new Map<string, string>();
        const personAliases = new Map<string, string[]>();
        for (const p of data.persons ?? []) {
          const name = english(p.name);
          if (name && /^Q\d+$/.test(p.id) && name.split(' ').length >= 2) {
            personName.set(p.id, name);
            personAliases.set(p.id, otherNames(p.name, name));
          }
        }
        for (const qid of personName.keys()) if (people.has(qid)) everyPoliticianQidJoins.people++;
        for (const m of data.memberships ?? []) {
          const name = personName.get(m.person_id);
          if (!name) continue;
          let person = people.get(m.person_id);
          if (!person) {
            person = {
              id: `person-${slug(name).slice(0, 40)}-${m.person_id.toLowerCase()}`,
              type: 'person',
              kind: 'politician',
              name,
              country,
              wikidata: m.person_id,
              roles: [],
              prior: 0.2,
              sources: ['everypolitician'],
            };
            people.set(m.person_id, person);
          }
          const aliases = personAliases.get(m.person_id) ?? [];
          if (aliases.length) person.aliases = [...new Set([...(person.aliases ?? []), ...aliases])].sort();
          const house = m.organization_id ? orgName.get(m.organization_id) : undefined;
          const roleName = english(m.role) ?? (house ? `Member of the ${house}` : undefined);
          if (!roleName) continue;
          const title =
            branch === 'legislative' && house && !roleName.includes(house.replace(/^the /i, ''))
              ? `${roleName}, ${house}`
              : roleName;
          const role: KbRole = { title: title.charAt(0).toUpperCase() + title.slice(1) };
          const from = cleanDate(m.start_date);
          const to = cleanDate(m.end_date);
          if (from) role.from = from;
          // Some Wikidata statements end before they start (a typo in the year): the end is left out.
          if (to && !(from && to < from)) role.to = to;
          const org = m.on_behalf_of_id ?? m.organization_id;
          if (org && /^Q\d+$/.test(org)) role.org = `wd:${org}`;
          if (!person.roles!.some((r) => r.title === role.title && r.from === role.from))
            person.roles!.push(role);
          const national = m.organization_id ? nationalHouses.has(m.organization_id) : false;
          const prior = branch === 'executive' ? 0.45 : national ? 0.35 : 0.2;
          person.prior = Math.max(person.prior ?? 0, prior);
        }
      }
    }
  }
  const orgIds = new Map([...orgs].map(([q, e]) => [q, e.id]));
  for (const p of people.values()) {
    p.roles = p
      .roles!.map((r) => {
        const org = r.org?.startsWith('wd:') ? orgIds.get(r.org.slice(3)) : r.org;
        const { org: _drop, ...rest } = r;
        return org ? { ...rest, org } : rest;
      })
      .sort((a, b) => ((b.from ?? '') < (a.from ?? '') ? -1 : (b.from ?? '') > (a.from ?? '') ? 1 : 0))
      .slice(0, 6);
  }
  return [...orgs.values(), ...people.values()];
}

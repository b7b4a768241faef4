/**
 * ParlGov (CC0 1.0): political parties and national elections of 37 EU/OECD countries as KB entries.
 * Facts only (names, acronyms, dates, Wikipedia titles); descriptions are templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity } from '../../lib/kb/types';
import { parseCsv } from './csv';
import { cleanDate, slug, wikipediaTitle, withoutQualifier } from './names';

/** Party family → adjective for the description ('Social-democratic political party in …'). */
const FAMILY: Record<string, string> = {
  agr: 'Agrarian',
  chr: 'Christian-democratic',
  lib: 'Liberal',
  soc: 'Social-democratic',
  com: 'Communist or socialist',
  eco: 'Green',
  nat: 'Nationalist',
  pop: 'Populist',
  con: 'Conservative',
  right: 'Right-wing',
  reg: 'Regional',
  eth: 'Ethnic-minority',
  spec: 'Single-issue',
  csp: 'Communist-successor',
  pens: "Pensioners'",
  euro: 'Pro-European',
  sep: 'Separatist',
  pirate: 'Pirate',
  'lib-left': 'Left-liberal',
  fasc: 'Far-right',
  anti: 'Anti-establishment',
};
const ENGLISH_SPEAKING = new Set(['GB', 'IE', 'CA', 'AU', 'NZ', 'MT']);

/** Parties and elections; `partyIds` fixes the KB id of parties the seed data refers to (ParlGov id → KB id). */
export function parlgovEntities(
  dir: string,
  countryNames: Map<string, string>,
  demonyms: Map<string, string>,
  partyIds: Record<string, string>,
): KbEntity[] {
  const read = (f: string) => parseCsv(readFileSync(join(dir, f), 'utf8'));
  const countryOf = new Map(read('02__datacore__Country.csv').map((r) => [r.id, r.code_iso2]));
  const codes = new Map(read('01__datacore__Code.csv').map((r) => [r.id, r]));
  const formerNames = new Map<string, string[]>();
  for (const r of read('23__parties__PartyNameChange.csv')) {
    const list = formerNames.get(r.party) ?? [];
    list.push(r.name_english, r.name_ascii);
    if (!/[^\x20-\x7e\u00c0-\u024f]/.test(r.name)) list.push(r.name);
    formerNames.set(r.party, list);
  }
  const out: KbEntity[] = [];
  const used = new Set<string>(Object.values(partyIds));
  const parties = read('21__parties__Party.csv').sort((a, b) => Number(a.id) - Number(b.id));
  for (const p of parties) {
    const cc = countryOf.get(p.country);
    if (!cc || !p.name_english) continue;
    const native = p.name.replace(/\s+/g, ' ').trim();
    const name = (ENGLISH_SPEAKING.has(cc) ? native : p.name_english).replace(/\s+/g, ' ').trim();
    let id = partyIds[p.id] ?? `${cc.toLowerCase()}-${slug(name)}`;
    if (!partyIds[p.id] && used.has(id)) id = `${id}-${slug(p.name_short) || p.id}`;
    if (!partyIds[p.id] && used.has(id)) id = `${id}-${p.id}`;
    used.add(id);
    const wiki = wikipediaTitle(p.wikipedia);
    const names = new Set(
      [p.name_english, native, p.name_ascii, ...(formerNames.get(p.id) ?? [])].map((n) =>
        n?.replace(/\s+/g, ' ').trim(),
      ),
    );
    if (wiki) {
      const bare = withoutQualifier(wiki);
      if (bare.split(' ')[0].toLowerCase() === name.split(' ')[0].toLowerCase()) names.add(bare);
    }
    for (const n of [...names]) if (!n || /[^\x20-\x7e\u00c0-\u024f\u2013]/.test(n)) names.delete(n);
    names.delete(name);
    const short = p.name_short.trim();
    const acronyms =
      /^[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9.&-]*[A-ZÀ-Ý0-9]$/.test(short) && /[A-Z].*[A-Z]/.test(short) ? [short] : [];
    const family = FAMILY[codes.get(p.family)?.short ?? ''];
    const founded = cleanDate(p.foundation_date);
    const dissolved = cleanDate(p.dissolution_date);
    const country = countryNames.get(cc) ?? cc;
    out.push({
      id,
      type: 'organization',
      kind: 'political party',
      name,
      aliases: [...names].sort(),
      ...(acronyms.length ? { acronyms } : {}),
      country: cc,
      description:
        `${family ? `${family} political party` : 'Political party'} in ${theCountry(country)}` +
        `${founded ? `, founded ${founded.slice(0, 4)}` : ''}${dissolved ? `; dissolved ${dissolved.slice(0, 4)}` : ''}.`,
      ...(founded ? { founded } : {}),
      ...(dissolved ? { dissolved } : {}),
      ...(wiki ? { wikipedia: wiki } : {}),
      prior: Math.round((0.35 + (wiki ? 0.15 : 0) - (dissolved ? 0.15 : 0)) * 100) / 100,
      sources: ['parlgov'],
    });
  }
  for (const e of read('31__elections__Election.csv').sort((a, b) => Number(a.id) - Number(b.id))) {
    const cc = countryOf.get(e.country);
    const date = cleanDate(e.date);
    const type = codes.get(e.type)?.short;
    if (!cc || !date || (type !== 'parliament' && type !== 'ep')) continue;
    out.push(
      electionEntity(
        cc,
        date,
        type === 'ep',
        countryNames.get(cc) ?? cc,
        demonyms.get(cc),
        wikipediaTitle(e.wikipedia),
      ),
    );
  }
  return out;
}

/** 'United Kingdom' → 'the United Kingdom'; 'France' stays 'France'. */
export function theCountry(name: string): string {
  return /^(United|Netherlands|Czech Republic|Philippines|Bahamas|Gambia)/.test(name) ? `the ${name}` : name;
}

function electionEntity(
  cc: string,
  date: string,
  ep: boolean,
  country: string,
  demonym: string | undefined,
  wiki?: string,
): KbEntity {
  const year = date.slice(0, 4);
  const shortNames = cc === 'GB' ? ['UK', 'British', 'Britain'] : cc === 'US' ? ['US', 'American'] : [];
  const adjectives = [country, ...(demonym ? [demonym] : []), ...shortNames];
  const name = ep
    ? `${year} European Parliament election in ${theCountry(country)}`
    : `${year} ${country} general election`;
  const aliases = new Set<string>();
  if (ep) {
    aliases.add(`${year} ${country} European Parliament election`);
  } else {
    for (const a of adjectives) aliases.add(`${year} ${a} general election`);
    aliases.add(`${country} general election ${year}`);
    aliases.add(`${year} general election`);
  }
  if (wiki) aliases.add(wiki.replace(/^(.*), (\d{4})$/, '$2 $1'));
  aliases.delete(name);
  return {
    id: `${cc.toLowerCase()}-${ep ? 'ep-' : ''}election-${date}`,
    type: 'event',
    kind: ep ? 'European Parliament election' : 'general election',
    name,
    aliases: [...aliases].sort(),
    country: cc,
    parent: `country-${cc.toLowerCase()}`,
    date,
    ...(wiki ? { wikipedia: wiki } : {}),
    prior: ep ? 0.35 : 0.5,
    sources: ['parlgov'],
  };
}

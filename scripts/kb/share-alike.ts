/**
 * Entries from the share-alike sources, built into their own pack (assets/kb/kb-share-alike.bin.gz, licensed
 * ODbL 1.0 for the OpenFlights part and CC BY-SA 4.0 for the Supraverden part) so that the core KB keeps its
 * own licences: airlines (OpenFlights airlines.dat) and international organisations (Supraverden).
 * Facts only: names, codes, countries, founding years, headquarters, websites, Wikidata ids.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { alternateNameProblem } from './place-names';
import { slug } from './names';
import type { KbEntity } from '../../lib/kb/types';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

/** One airlines.dat line's fields: id, name, alias, IATA, ICAO, callsign, country, active ('\N' = none). */
export function airlineFields(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === '"') {
      const end = line.indexOf('"', i + 1);
      if (end < 0) return undefined;
      out.push(line.slice(i + 1, end));
      i = end + 2;
    } else {
      const end = line.indexOf(',', i);
      const stop = end < 0 ? line.length : end;
      const v = line.slice(i, stop);
      out.push(v === '\\N' ? '' : v);
      i = stop + 1;
    }
  }
  return out.length === 8 ? out : undefined;
}

const GENERIC_AIRLINE_WORD =
  /^(air|airlines?|airways|aviation|aero|aerolineas|jet|jets|express|cargo|charter|charters|flight|flights|freight|international|services?|transport|company|group|limited|ltd|inc)$/i;

const AIRLINE_WORDS = /\b(air|airlines?|airways|aviation|aero|jet|express|cargo|flug|líneas|linhas|lines)\b/i;

/**
 * Airlines that fly or flew under a code (an ICAO code, or a two-letter IATA code and the active flag): a
 * name like 'Private flight' or a flying school is no airline a story names. One-word names that are
 * ordinary words or people's names ('Delta' is kept by its full name) and names another entry has are left
 * to the core.
 */
export function airlines(
  dir: string,
  countryCode: (name: string) => string | undefined,
  isWordOrPersonName: (word: string) => boolean,
): KbEntity[] {
  const out: KbEntity[] = [];
  for (const line of readFileSync(join(dir, 'airlines.dat'), 'utf8').split('\n')) {
    const f = airlineFields(line.trim());
    if (!f) continue;
    const [id, rawName, alias, iata, icao, , country, active] = f;
    const name = rawName.trim();
    const hasIcao = /^[A-Z]{3}$/.test(icao);
    const live = active.toUpperCase() === 'Y' && /^[A-Z0-9]{2}$/.test(iata);
    if (!(hasIcao || live) || Number(id) < 1) continue;
    if (!/\p{L}{2}/u.test(name) || /\b(school|squadron|sqn|training|private)\b/i.test(name)) continue;
    const plainName = name
      .replace(/[&,()/]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (alternateNameProblem(plainName, isWordOrPersonName)) continue;
    // 'Aero Charter', 'Air International': words any airline uses. A one-word name ('Aeromax') only while it flies.
    const words = plainName.split(/[\s-]+/);
    if (words.every((w) => GENERIC_AIRLINE_WORD.test(w) || isWordOrPersonName(w))) continue;
    if (words.length === 1 && !live) continue;
    const aliases = [alias.trim()].filter(
      (a) =>
        a &&
        a !== name &&
        AIRLINE_WORDS.test(a) &&
        !alternateNameProblem(a.replace(/[&,()/]/g, ' ').trim(), isWordOrPersonName),
    );
    const code = countryCode(country);
    out.push({
      id: `airline-${slug(name)}-${id}`,
      type: 'organization',
      kind: live ? 'airline' : 'airline (may no longer fly)',
      name,
      ...(aliases.length ? { aliases } : {}),
      ...(code ? { country: code } : {}),
      prior: live ? 0.35 : 0.15,
      sources: ['openflights'],
    });
  }
  return out;
}

interface Body {
  Wikidata_code?: string | null;
  Name_en?: string | null;
  Name_other_en?: string | null;
  Name_other_2_en?: string | null;
  Abbreviation_en?: string | null;
  Year_established?: number | null;
  Headquarters?: string | null;
  Website?: string | null;
  Type?: string | null;
  [other: string]: unknown;
}

/**
 * International organisations: English name, the abbreviation, other names (in English and the other languages
 * the source gives, as otherNames: exact matches only; the same checks as places' other names), founding year,
 * headquarters, website.
 */
export function internationalBodies(dir: string, isWordOrPersonName: (word: string) => boolean): KbEntity[] {
  const list = yaml.load(readFileSync(join(dir, 'general_list.yaml'), 'utf8')) as Record<string, Body>;
  const out: KbEntity[] = [];
  for (const key of Object.keys(list).sort()) {
    const b = list[key];
    const name = (b.Name_en ?? key).trim();
    const qid = b.Wikidata_code && /^Q\d+$/.test(b.Wikidata_code) ? b.Wikidata_code : undefined;
    const names = new Set<string>();
    for (const [field, value] of Object.entries(b)) {
      if (!/^Name_/.test(field) || field === 'Name_en' || typeof value !== 'string') continue;
      const n = value.trim();
      if (n && n !== name && !alternateNameProblem(n.replace(/[(),]/g, ' ').trim(), isWordOrPersonName))
        names.add(n);
    }
    const abbreviation = b.Abbreviation_en?.trim();
    const acronyms = abbreviation && /^[A-Z][A-Za-z0-9.&-]{1,7}$/.test(abbreviation) ? [abbreviation] : [];
    out.push({
      id: `intl-${slug(name)}${qid ? `-${qid.toLowerCase()}` : ''}`,
      type: 'organization',
      kind: b.Type ? b.Type.trim().toLowerCase() : 'international organisation',
      name,
      ...(names.size ? { otherNames: [...names].sort() } : {}),
      ...(acronyms.length ? { acronyms } : {}),
      ...(b.Year_established ? { founded: String(b.Year_established) } : {}),
      ...(b.Headquarters ? { hq: b.Headquarters.trim() } : {}),
      ...(b.Website ? { website: b.Website.trim() } : {}),
      ...(qid ? { wikidata: qid } : {}),
      prior: 0.4,
      sources: ['supraverden'],
    });
  }
  return out;
}

/** What the pack left to the core: entries the core has (same QID or name), names the core's entries use. */
export interface PackOverlap {
  entries: number;
  names: number;
}

/**
 * The pack's entries minus what the core already names: an entry whose Wikidata id or name the core has is
 * left out (the core's card stands), as are aliases and acronyms that are core keys (a second entry for 'EU'
 * would only tie). Within the pack, the first entry with a name keeps it.
 */
export function withoutCoreNames(
  pack: KbEntity[],
  core: readonly KbEntity[],
  keyOf: (name: string) => string,
): { entries: KbEntity[]; overlap: PackOverlap } {
  const overlap: PackOverlap = { entries: 0, names: 0 };
  const coreKeys = new Set<string>();
  const coreQids = new Set<string>();
  const coreIds = new Set(core.map((e) => e.id));
  for (const e of core) {
    if (e.wikidata) coreQids.add(e.wikidata);
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.otherNames ?? [])])
      coreKeys.add(keyOf(n));
  }
  const packKeys = new Set<string>();
  const out: KbEntity[] = [];
  for (const e of pack) {
    const key = keyOf(e.name);
    if (
      coreIds.has(e.id) ||
      (e.wikidata && coreQids.has(e.wikidata)) ||
      coreKeys.has(key) ||
      packKeys.has(key)
    ) {
      overlap.entries++;
      continue;
    }
    packKeys.add(key);
    const free = (list: string[] | undefined) =>
      (list ?? []).filter((n) => {
        const k = keyOf(n);
        if (coreKeys.has(k) || packKeys.has(k)) {
          overlap.names++;
          return false;
        }
        packKeys.add(k);
        return true;
      });
    const aliases = free(e.aliases);
    const acronyms = free(e.acronyms);
    const otherNames = free(e.otherNames);
    const { aliases: _a, acronyms: _b, otherNames: _c, ...rest } = e;
    out.push({
      ...rest,
      ...(aliases.length ? { aliases } : {}),
      ...(acronyms.length ? { acronyms } : {}),
      ...(otherNames.length ? { otherNames } : {}),
    });
  }
  return { entries: out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), overlap };
}

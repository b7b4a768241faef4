/**
 * List sources with one row per entry: universities (Hipo university-domains, MIT), S&P 500 companies
 * (datasets/s-and-p-500-companies, PDDL), US newspapers and state press associations (wiki-media-cred, CC0),
 * NBA and WNBA teams and players (nba_api, MIT). Descriptions are templates over the facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity } from '../../lib/kb/types';
import { parseCsv } from './csv';
import { slug, wikipediaTitle } from './names';

/** Tab-separated rows keyed by the header. */
function tsv(path: string): Array<Record<string, string>> {
  // Some files end lines with CRLF: the header's last key would be 'qid\r' and every QID lost.
  const [head, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  const keys = head.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [keys[i], v.trim()])));
}

/** A unique id: `base`, else `base-2`, `base-3`… in input order (inputs are read in a fixed order). */
function uniqueIds(): (base: string) => string {
  const used = new Map<string, number>();
  return (base) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** 'University of Oxford' and other names of 10,251 universities, with their web domains. */
export function universities(dir: string, countryNames: Map<string, string>): KbEntity[] {
  const rows = JSON.parse(readFileSync(join(dir, 'world_universities_and_domains.json'), 'utf8')) as Array<{
    name: string;
    domains?: string[];
    web_pages?: string[];
    alpha_two_code?: string;
    'state-province'?: string | null;
  }>;
  const id = uniqueIds();
  return rows
    .filter((r) => r.name && r.alpha_two_code)
    .sort((a, b) => (a.alpha_two_code! + a.name < b.alpha_two_code! + b.name ? -1 : 1))
    .map((r): KbEntity => {
      const country = r.alpha_two_code!.toUpperCase();
      const where = [r['state-province'], countryNames.get(country)].filter(Boolean).join(', ');
      const acronym = r.name.match(/\(([A-Z]{2,8})\)$/)?.[1];
      const name = r.name.replace(/\s*\([A-Z]{2,8}\)$/, '').trim();
      // 'University of Oxford' is also written 'Oxford University', and the other way round.
      const of = name.match(/^University of ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)$/)?.[1];
      const plain = name.match(/^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?) University$/)?.[1];
      const swapped = of
        ? `${of} University`
        : plain && !/State$/.test(plain)
          ? `University of ${plain}`
          : undefined;
      return {
        id: id(`university-${country.toLowerCase()}-${slug(name)}`),
        type: 'organization',
        kind: 'university',
        name,
        ...(acronym ? { acronyms: [acronym] } : {}),
        ...(swapped ? { aliases: [swapped] } : {}),
        country,
        description: `University${where ? ` (${where})` : ''}.`,
        ...(r.web_pages?.[0] ? { website: r.web_pages[0] } : {}),
        ...(r.domains?.length ? { domains: [...r.domains].sort() } : {}),
        prior: 0.3,
        sources: ['university-domains'],
      };
    });
}

/** Legal-form endings that news leaves out ('Apple Inc.' → 'Apple'). */
const LEGAL =
  /,?\s+(Inc\.?|Corp\.?|Corporation|Company|Co\.|plc|Ltd\.?|Holdings|Group|N\.V\.|S\.A\.|AG|SE|Incorporated|& Co\.)$/i;

/** S&P 500 constituents: name, ticker, sector, headquarters, founding year. */
export function sp500(dir: string): KbEntity[] {
  const rows = parseCsv(readFileSync(join(dir, 'constituents.csv'), 'utf8'));
  const id = uniqueIds();
  return rows
    .filter((r) => r.Security && r.Symbol)
    .map((r): KbEntity => {
      const name = r.Security.replace(/\s*\(Class [A-Z]\)$/, '').trim();
      const aliases = new Set<string>();
      let short = name;
      while (LEGAL.test(short)) short = short.replace(LEGAL, '').trim();
      if (short !== name && short.length >= 3) aliases.add(short);
      const founded = r.Founded?.match(/\d{4}/)?.[0];
      return {
        id: id(`company-${slug(short)}`),
        type: 'organization',
        kind: 'company',
        name,
        ...(aliases.size ? { aliases: [...aliases] } : {}),
        country: 'US',
        description: `US company in the S&P 500 (${r['GICS Sector']}${r['GICS Sub-Industry'] ? `: ${r['GICS Sub-Industry']}` : ''}), ticker ${r.Symbol}${r['Headquarters Location'] ? `; headquarters ${r['Headquarters Location']}` : ''}.`,
        ...(founded ? { founded } : {}),
        ...(r['Headquarters Location'] ? { hq: r['Headquarters Location'] } : {}),
        prior: 0.55,
        sources: ['sp500'],
      };
    });
}

/** US newspapers by state from Wikipedia's lists (titles and QIDs), and the state press associations. */
export function usNewspapers(dir: string): KbEntity[] {
  const id = uniqueIds();
  const out: KbEntity[] = [];
  for (const r of tsv(join(dir, 'wikipedia-us-newspapers.tsv'))) {
    const title = wikipediaTitle(`https://en.wikipedia.org${r.path}`) ?? r['WP-title'];
    const name = title.replace(/\s*\([^)]*\)$/, '').trim();
    if (!name) continue;
    out.push({
      id: id(`newspaper-us-${slug(name)}`),
      type: 'organization',
      kind: 'newspaper',
      name,
      ...(name.startsWith('The ') ? { aliases: [name.slice(4)] } : {}),
      country: 'US',
      description: `Newspaper (${r.state}, United States).`,
      hq: r.state,
      wikipedia: title,
      ...(/^Q\d+$/.test(r.qid ?? '') ? { wikidata: r.qid } : {}),
      prior: r.qid ? 0.35 : 0.25,
      sources: ['wiki-media-cred'],
    });
  }
  for (const r of tsv(join(dir, 'wd-press-assoc.tsv'))) {
    out.push({
      id: `press-association-us-${r.list.toLowerCase()}`,
      type: 'organization',
      kind: 'press association',
      name: r['press-assoc'],
      country: 'US',
      description: `Newspaper publishers' association of the US state with postal code ${r.list}.`,
      ...(/^Q\d+$/.test(r.qid ?? '') ? { wikidata: r.qid } : {}),
      ...(r.domain ? { website: `https://${r.domain}/`, domains: [r.domain] } : {}),
      prior: 0.3,
      sources: ['wiki-media-cred'],
    });
  }
  return out;
}

/** US states' Wikidata QIDs by state name (for joining to the seed's regions). */
export function usStateQids(dir: string): Map<string, { qid: string; code: string }> {
  return new Map(
    tsv(join(dir, 'wikidata-us-states.tsv'))
      .filter((r) => /^Q\d+$/.test(r.qid ?? ''))
      .map((r) => [r.state, { qid: r.qid, code: r.abbr }]),
  );
}

/** A Python list literal of lists of scalars (nba_api's data.py), parsed without executing anything. */
function pythonList(source: string, name: string): unknown[][] {
  const start = source.indexOf(`\n${name} = [`);
  if (start < 0) throw new Error(`KB build: nba-api/data.py has no list '${name}'.`);
  let depth = 0;
  let i = source.indexOf('[', start);
  const from = i;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '"') i = source.indexOf('"', i + 1);
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  const json = source
    .slice(from, i + 1)
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\bNone\b/g, 'null')
    .replace(/,(\s*[\]])/g, '$1');
  return JSON.parse(json) as unknown[][];
}

/** NBA and WNBA teams and players. */
export function nba(dir: string): KbEntity[] {
  const source = readFileSync(join(dir, 'data.py'), 'utf8');
  const out: KbEntity[] = [];
  for (const [list, league] of [
    ['teams', 'NBA'],
    ['wnba_teams', 'WNBA'],
  ] as const) {
    for (const [, , nickname, founded, city, full, state] of pythonList(source, list) as Array<
      [number, string, string, number, string, string, string]
    >) {
      out.push({
        id: `team-${league.toLowerCase()}-${slug(full)}`,
        type: 'organization',
        kind: 'basketball team',
        name: full,
        aliases: [nickname].filter((n) => n.length >= 4),
        country: 'US',
        description: `${league} basketball team (${city}, ${state}), founded ${founded}.`,
        founded: String(founded),
        hq: city,
        prior: 0.5,
        sources: ['nba-api'],
      });
    }
  }
  const id = uniqueIds();
  for (const [list, league] of [
    ['players', 'NBA'],
    ['wnba_players', 'WNBA'],
  ] as const) {
    for (const [, , , full, active] of pythonList(source, list) as Array<
      [number, string, string, string, boolean]
    >) {
      if (!full || full.split(' ').length < 2) continue;
      out.push({
        id: id(`person-${slug(full)}-${league.toLowerCase()}`),
        type: 'person',
        kind: 'basketball player',
        name: full,
        description: `${active ? '' : 'Former '}${league} basketball player.`,
        prior: active ? 0.3 : 0.15,
        sources: ['nba-api'],
      });
    }
  }
  return out;
}

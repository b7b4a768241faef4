/**
 * Government organisations as KB entries: intelligence agencies (MISP galaxy, CC0/BSD-2), GOV.UK
 * organisations (OGL v3) and US federal agencies (Federal Register, public domain). Facts only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity } from '../../lib/kb/types';
import { parseTsv } from './csv';
import { cleanDate, slug, wikipediaTitle, withoutQualifier } from './names';

const read = (path: string) => readFileSync(path, 'utf8');
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

interface Misp {
  values: Array<{
    value: string;
    description?: string;
    meta?: { country?: string; refs?: string[]; synonyms?: string[] };
  }>;
}

/** Intelligence and security agencies of 122 countries. */
export function intelligenceAgencies(dir: string): KbEntity[] {
  const file = JSON.parse(read(join(dir, 'intelligence-agencies.json'))) as Misp;
  const out: KbEntity[] = [];
  for (const v of file.values) {
    const cc = v.meta?.country;
    if (!cc || cc.length !== 2) continue;
    const head = (v.description ?? v.value)
      .split(/\s[–-]\s/)[0]
      .replace(/\[\d+\]/g, '')
      .trim();
    const acronyms = new Set<string>();
    const aliases = new Set<string>();
    let english = head.replace(/\s*\(([^)]*)\)/g, (_, a: string) => {
      if (ACRONYM.test(a.trim())) acronyms.add(a.trim());
      return '';
    });
    for (const part of english.split('/').slice(1))
      (ACRONYM.test(part.trim()) ? acronyms : aliases).add(part.trim());
    english = english.split('/')[0].trim();
    const wiki = wikipediaTitle(v.meta?.refs?.[0]) ?? v.value;
    const name = english && english.length <= 80 ? english : withoutQualifier(v.value);
    for (const n of [withoutQualifier(v.value), ...(v.meta?.synonyms ?? [])]) {
      if (n && n !== name && n.length <= 80 && !/\[/.test(n)) (ACRONYM.test(n) ? acronyms : aliases).add(n);
    }
    out.push({
      id: `${cc.toLowerCase()}-${slug(name)}`,
      type: 'organization',
      kind: 'intelligence agency',
      name,
      aliases: [...aliases].sort(),
      ...(acronyms.size ? { acronyms: [...acronyms].sort() } : {}),
      country: cc.toUpperCase(),
      wikipedia: wiki,
      prior: 0.5,
      sources: ['intelligence-agencies'],
    });
  }
  return out;
}

const UK_KIND: Record<string, string> = {
  'Ministerial department': 'government department',
  'Non-ministerial department': 'government department',
  'Executive agency': 'executive agency',
  'Executive non-departmental public body': 'public body',
  'Advisory non-departmental public body': 'advisory body',
  'Tribunal non-departmental public body': 'tribunal',
  Court: 'court',
  'Public corporation': 'public corporation',
  'Devolved administration': 'devolved government',
  'Sub-organisation': 'government body',
  'Independent monitoring body': 'monitoring body',
};

/** GOV.UK organisations (2017 snapshot) with parents and closure dates. */
export function ukGovernmentOrganisations(dir: string): KbEntity[] {
  const status = new Map<string, { closed?: string }>();
  for (const line of read(join(dir, 'govuk-organisations-api.jsonl')).split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as {
      details?: { slug?: string; govuk_status?: string; closed_at?: string | null };
    };
    if (r.details?.slug) {
      const closed =
        r.details.govuk_status === 'closed' ? (cleanDate(r.details.closed_at) ?? 'closed') : undefined;
      status.set(r.details.slug, { closed });
    }
  }
  const rows = parseTsv(read(join(dir, 'govuk-organisations.tsv'))).filter((r) => r.govuk && r.name);
  return rows.map((r): KbEntity => {
    const abbr = r.abbreviation.trim();
    const closed = status.get(r.govuk)?.closed;
    const parent = r['parent-govuks'].split(/[;,\s]+/).filter(Boolean)[0];
    const kind = UK_KIND[r['government-organisation-type']] ?? 'government organisation';
    return {
      id: `gb-${r.govuk}`.slice(0, 70),
      type: 'organization',
      kind,
      name: r.name,
      ...(abbr && abbr !== r.name ? (ACRONYM.test(abbr) ? { acronyms: [abbr] } : { aliases: [abbr] }) : {}),
      country: 'GB',
      ...(parent ? { parent: `gb-${parent}` } : {}),
      ...(closed && closed !== 'closed' ? { dissolved: closed } : {}),
      ...(r.website ? { website: r.website } : {}),
      prior: closed ? 0.2 : 0.45,
      sources: ['govuk'],
    };
  });
}

interface FedAgency {
  id: number | string;
  name: string;
  short_name?: string | null;
  parent_id?: number | string | null;
  agency_url?: string | null;
  slug: string;
}

/** US federal agencies from the Federal Register, with parents and official sites. */
export function usFederalAgencies(dir: string): KbEntity[] {
  const agencies = JSON.parse(read(join(dir, 'federalregister-agencies.json'))) as FedAgency[];
  const slugOf = new Map(agencies.map((a) => [String(a.id), a.slug]));
  return agencies.map((a): KbEntity => {
    const short = a.short_name?.trim();
    const parent = a.parent_id ? slugOf.get(String(a.parent_id)) : undefined;
    return {
      id: `us-${a.slug}`.slice(0, 70),
      type: 'organization',
      kind: 'federal agency',
      name: a.name.trim(),
      ...(short && short !== a.name
        ? ACRONYM.test(short)
          ? { acronyms: [short] }
          : { aliases: [short] }
        : {}),
      country: 'US',
      ...(parent ? { parent: `us-${parent}` } : {}),
      ...(a.agency_url && /^https?:\/\//.test(a.agency_url) ? { website: a.agency_url.trim() } : {}),
      prior: 0.45,
      sources: ['federal-register'],
    };
  });
}

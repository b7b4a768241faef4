/**
 * US Congress members and presidents / vice presidents from unitedstates/congress-legislators (CC0):
 * Wikidata QID, Wikipedia title, party and dated terms, written as roles.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity, KbRole } from '../../lib/kb/types';
import { slug } from './names';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Term {
  type: 'rep' | 'sen' | 'prez' | 'viceprez';
  start: string;
  end: string;
  state?: string;
  district?: number;
  party?: string;
}

interface Legislator {
  id: { wikidata?: string; wikipedia?: string; bioguide?: string };
  name: {
    first: string;
    last: string;
    middle?: string;
    nickname?: string;
    official_full?: string;
    suffix?: string;
  };
  bio?: { birthday?: string; gender?: string };
  terms: Term[];
}

const PARTY_ORG: Record<string, string> = {
  Democrat: 'us-democratic-party',
  Republican: 'us-republican-party',
};

function title(t: Term, states: Map<string, string>): string {
  const state = t.state ? (states.get(t.state) ?? t.state) : '';
  if (t.type === 'sen') return `United States Senator from ${state}`;
  if (t.type === 'rep')
    return `U.S. Representative for ${state}${t.district ? `'s ${ordinal(t.district)} district` : ''}`;
  if (t.type === 'prez') return 'President of the United States';
  return 'Vice President of the United States';
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/**
 * People of both files; adjacent terms in the same office are merged into one role.
 * `states` maps USPS codes to state names (for role titles).
 */
export function congressPeople(dir: string, states: Map<string, string>): KbEntity[] {
  const people = [
    ...(yaml.load(readFileSync(join(dir, 'legislators-current.yaml'), 'utf8')) as Legislator[]),
    ...(yaml.load(readFileSync(join(dir, 'executive.yaml'), 'utf8')) as Legislator[]),
  ];
  const byKey = new Map<string, KbEntity>();
  for (const p of people) {
    const full =
      p.name.official_full ??
      [p.name.nickname ?? p.name.first, p.name.last, p.name.suffix].filter(Boolean).join(' ');
    const plain = `${p.name.nickname ?? p.name.first} ${p.name.last}`;
    // How news names a sitting member: 'Sen. Maria Cantwell', 'Senator Cantwell', 'Rep. Pelosi'.
    const lastTerm = p.terms[p.terms.length - 1];
    const styles =
      lastTerm?.type === 'sen'
        ? ['Senator', 'Sen.']
        : lastTerm?.type === 'rep'
          ? ['Representative', 'Rep.', 'Congressman', 'Congresswoman'].filter(
              (t) => !/^Congress(wo)?man$/.test(t) || (t === 'Congresswoman') === (p.bio?.gender === 'F'),
            )
          : [];
    const styled = styles.flatMap((t) => [`${t} ${plain}`, `${t} ${p.name.last}`]);
    const roles: KbRole[] = [];
    for (const t of [...p.terms].sort((a, b) => (a.start < b.start ? -1 : 1))) {
      const r: KbRole = { title: title(t, states), from: t.start, to: t.end };
      const org = t.party ? PARTY_ORG[t.party] : undefined;
      const last = roles[roles.length - 1];
      if (last && last.title === r.title && last.to && daysBetween(last.to, r.from!) <= 3) last.to = r.to;
      else roles.push(org ? { ...r, org } : r);
    }
    // Open-ended: a current term's end is its scheduled end, kept as written.
    roles.reverse();
    const qid = p.id.wikidata;
    const key = qid ?? `${slug(full)}-${p.bio?.birthday ?? ''}`;
    const party = p.terms[p.terms.length - 1]?.party;
    const entity: KbEntity = {
      id: `person-${slug(plain)}${qid ? `-${qid.toLowerCase()}` : p.bio?.birthday ? `-${p.bio.birthday.slice(0, 4)}` : ''}`,
      type: 'person',
      kind: 'politician',
      name: plain,
      aliases: [...new Set([full, `${p.name.first} ${p.name.last}`, ...styled].filter((a) => a !== plain))],
      country: 'US',
      ...(party ? { description: undefined } : {}),
      roles,
      ...(qid ? { wikidata: qid } : {}),
      ...(p.id.wikipedia ? { wikipedia: p.id.wikipedia } : {}),
      prior: p.terms.some((t) => t.type === 'prez' || t.type === 'viceprez') ? 0.7 : 0.5,
      sources: ['congress-legislators'],
    };
    if (!entity.aliases!.length) delete entity.aliases;
    delete entity.description;
    const prev = byKey.get(key);
    if (prev) {
      prev.roles = [...(entity.roles ?? []), ...(prev.roles ?? [])];
      prev.prior = Math.max(prev.prior ?? 0, entity.prior ?? 0);
    } else byKey.set(key, entity);
  }
  return [...byKey.values()];
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

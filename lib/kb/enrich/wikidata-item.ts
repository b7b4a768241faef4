/**
 * The Wikidata facts a name lookup reads from wbgetentities: labels and aliases (for the name check),
 * instance of (P31), country (P17), citizenship (P27), positions held with dates (P39 with P580/P582),
 * official website (P856) and the English Wikipedia sitelink. Anything unexpected is skipped, never thrown.
 */
import { isRecord as isObject } from '@/lib/contract/is-record';

/** One Wikidata item as a name lookup needs it. */
export interface WikidataItem {
  id: string;
  label?: string;
  aliases: string[];
  description?: string;
  /** P31 item ids. */
  instanceOf: string[];
  /** P17 item ids. */
  countries: string[];
  /** P27 item ids (people). */
  citizenship: string[];
  /** P39 with start (P580) and end (P582), YYYY[-MM[-DD]]. */
  positions: Array<{ id: string; from?: string; to?: string }>;
  website?: string;
  wikipediaTitle?: string;
}

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, 500) : undefined;
const isQid = (v: unknown): v is string => typeof v === 'string' && /^Q\d{1,12}$/.test(v);
const MAX_STATEMENTS = 60;

/** The statements of one property, best rank first, deprecated ones dropped. */
function statements(claims: Json, property: string): Json[] {
  const list = Array.isArray(claims[property]) ? (claims[property] as unknown[]) : [];
  return list
    .filter(isObject)
    .filter((s) => s.rank !== 'deprecated')
    .sort((a, b) => Number(b.rank === 'preferred') - Number(a.rank === 'preferred'))
    .slice(0, MAX_STATEMENTS);
}

const valueOf = (snak: unknown): unknown =>
  isObject(snak) && isObject(snak.datavalue) ? snak.datavalue.value : undefined;

function itemIds(claims: Json, property: string): string[] {
  const ids = statements(claims, property).map((s) => {
    const v = valueOf(s.mainsnak);
    return isObject(v) ? v.id : undefined;
  });
  return [...new Set(ids.filter(isQid))];
}

/** A Wikidata time value ('+2019-07-24T00:00:00Z', precision 9 year / 10 month / 11 day) as YYYY[-MM[-DD]]. */
function wikidataDate(value: unknown): string | undefined {
  if (!isObject(value) || typeof value.time !== 'string') return undefined;
  const m = /^\+(\d{4})-(\d{2})-(\d{2})T/.exec(value.time);
  if (!m) return undefined;
  const precision = typeof value.precision === 'number' ? value.precision : 11;
  if (precision <= 9 || m[2] === '00') return m[1];
  if (precision === 10 || m[3] === '00') return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function qualifierDate(statement: Json, property: string): string | undefined {
  const q = isObject(statement.qualifiers) ? statement.qualifiers[property] : undefined;
  return Array.isArray(q) ? wikidataDate(valueOf(q[0])) : undefined;
}

/** One item of a wbgetentities answer. */
function parseItem(raw: unknown, id: string): WikidataItem | undefined {
  if (!isObject(raw) || 'missing' in raw) return undefined;
  const en = (field: unknown) => (isObject(field) && isObject(field.en) ? str(field.en.value) : undefined);
  const aliasList = isObject(raw.aliases) && Array.isArray(raw.aliases.en) ? raw.aliases.en : [];
  const claims = isObject(raw.claims) ? raw.claims : {};
  const enwiki = isObject(raw.sitelinks) && isObject(raw.sitelinks.enwiki) ? raw.sitelinks.enwiki : {};
  const positions = statements(claims, 'P39').flatMap((s) => {
    const v = valueOf(s.mainsnak);
    if (!isObject(v) || !isQid(v.id)) return [];
    const from = qualifierDate(s, 'P580');
    const to = qualifierDate(s, 'P582');
    return [{ id: v.id, ...(from ? { from } : {}), ...(to ? { to } : {}) }];
  });
  const website = str(valueOf(statements(claims, 'P856')[0]?.mainsnak));
  return {
    id,
    label: en(raw.labels),
    aliases: aliasList.flatMap((a) => (isObject(a) && str(a.value) ? [str(a.value)!] : [])).slice(0, 50),
    description: en(raw.descriptions),
    instanceOf: itemIds(claims, 'P31'),
    countries: itemIds(claims, 'P17'),
    citizenship: itemIds(claims, 'P27'),
    positions,
    ...(website ? { website } : {}),
    ...(str(enwiki.title) ? { wikipediaTitle: str(enwiki.title) } : {}),
  };
}

/** The items `ids` of a wbgetentities answer, in the order asked (search order: best first). */
export function parseWikidataItems(body: unknown, ids: string[]): WikidataItem[] | undefined {
  if (!isObject(body) || !isObject(body.entities)) return undefined;
  const entities = body.entities;
  return ids.flatMap((id) => parseItem(entities[id], id) ?? []);
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

function entitiesUrl(ids: string[], props: string, base: string): string {
  for (const id of ids)
    if (!isQid(id)) throw new Error(`'${id}' is not a Wikidata item id (expected Q followed by digits).`);
  const params = new URLSearchParams({
    action: 'wbgetentities',
    ids: ids.join('|'),
    props,
    languages: 'en',
    ...(props.includes('sitelinks') ? { sitefilter: 'enwiki' } : {}),
    format: 'json',
    origin: '*',
  });
  return `${trimSlash(base)}/w/api.php?${params}`;
}

/** Everything a name lookup checks and shows, for up to 50 items at once. */
export const wikidataItemsUrl = (ids: string[], base: string) =>
  entitiesUrl(ids, 'labels|aliases|descriptions|claims|sitelinks', base);

/** English labels only, for the classes, countries and offices the items name. */
export const wikidataLabelsUrl = (ids: string[], base: string) => entitiesUrl(ids, 'labels', base);

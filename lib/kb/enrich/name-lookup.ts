/**
 * Online answers for a name the KB lacks (opt-in Wikidata): search the name, read the hits, and keep one
 * only when it passes the checks an offline link passes: its kind fits (a person is a human, an
 * organisation an organisation, a place a place), its label or an alias is the whole name, and its
 * country fits the story when both are known. Two hits that pass equally are namesakes: no card.
 * Only the name is sent; every answer is cached.
 */
import type { Card, CardFact, CardLink, EntityType } from '../../contract/types';
import { httpUrl } from '../../url/http-url';
import { wikipediaArticleUrl } from '../../url/reference-links';
import { cachedGet, type CachedGetContext } from './cached-get';
import { parseWikidataSearch } from './parse';
import { DEFAULT_BASE_URLS, wikidataSearchUrl } from './requests';
import { classFits } from './wikidata-classes';
import { parseWikidataItems, wikidataItemsUrl, wikidataLabelsUrl, type WikidataItem } from './wikidata-item';

/** What the story tells about the name. */
export interface NameQuery {
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 codes of the countries the article's linked names belong to (empty: unknown). */
  storyCountries: string[];
  /** The article's date (YYYY-MM-DD…), for the positions held then. */
  publishedAt?: string;
}

/** What the lookup needs besides the network: a country name → ISO code resolver (the KB's countries). */
export interface NameLookupOptions extends CachedGetContext {
  wikidataBase?: string;
  /** ISO code of a country called `label` ("United Kingdom" → "GB"), or undefined. */
  countryCode: (label: string) => string | undefined;
}

/** Lower case, accents and punctuation folded, spaces collapsed: how names are compared. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/[.’'‘`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Is this a name worth a lookup (the tagger's kinds only; not a bare word or a number)? */
export function isLookupName(name: string, type: EntityType, mentions: number): boolean {
  if (type !== 'person' && type !== 'organization' && type !== 'place') return false;
  const words = name.trim().split(/\s+/);
  if (name.length < 3 || name.length > 80 || !/^\p{Lu}/u.test(name) || /^\P{L}+$/u.test(name)) return false;
  // One word seen once is the tagger's weakest call; names of two words or repeated ones are surer.
  return words.length >= 2 || mentions >= 2;
}

const countriesOf = (item: WikidataItem) => (item.citizenship.length ? item.citizenship : item.countries);

/** The hit that passes every check, the reasons it passed, or undefined (none, or namesakes). */
function chooseItem(
  query: NameQuery,
  items: WikidataItem[],
  codeOf: (qid: string) => string | undefined,
): { item: WikidataItem; why: string[] } | undefined {
  const folded = foldName(query.name);
  const story = new Set(query.storyCountries.map((c) => c.toUpperCase()));
  const passing = items.flatMap((item) => {
    const names = [item.label, ...item.aliases].filter((n): n is string => Boolean(n));
    const matched = names.find((n) => foldName(n) === folded);
    if (!matched || !classFits(query.type, item.instanceOf)) return [];
    const codes = countriesOf(item).flatMap((q) => codeOf(q) ?? []);
    if (story.size && codes.length && !codes.some((c) => story.has(c))) return [];
    const why = [
      `online: Wikidata ${matched === item.label ? 'name' : 'alias'} “${matched}” is the whole name`,
      `${query.type === 'person' ? 'a human' : `an ${query.type === 'place' ? 'place' : 'organisation'}`} on Wikidata`,
      ...(codes.length && story.size ? [`country ${codes.find((c) => story.has(c))} fits the story`] : []),
    ];
    return [{ item, why }];
  });
  if (passing.length === 1) return passing[0];
  // Namesakes: only one with an English Wikipedia article is taken as the well-known one.
  const known = passing.filter((p) => p.item.wikipediaTitle);
  return known.length === 1 ? known[0] : undefined;
}

/** "2019-07-24" → "24 Jul 2019"-free plain year span text: "2019–2021", "since 2019". */
function span(from?: string, to?: string): string {
  const y = (d?: string) => d?.slice(0, 4);
  if (from && to) return `${y(from)}–${y(to)}`;
  if (from) return `since ${y(from)}`;
  if (to) return `until ${y(to)}`;
  return '';
}

/** A card from Wikidata facts, on the article's clock: positions held at its date first. */
function cardFromItem(
  item: WikidataItem,
  labels: Record<string, string>,
  query: NameQuery,
  why: string[],
): Card {
  const at = query.publishedAt?.slice(0, 10);
  const held = item.positions
    .filter((p) => labels[p.id])
    .map((p) => ({
      ...p,
      current: Boolean(at && (!p.from || p.from <= at) && (!p.to || p.to >= at)),
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || (b.from ?? '').localeCompare(a.from ?? ''));
  const facts: CardFact[] = [];
  const kinds = item.instanceOf.flatMap((q) => labels[q] ?? []).slice(0, 2);
  if (kinds.length) facts.push({ label: 'Instance of', value: kinds.join(', ') });
  const countries = [...new Set(countriesOf(item).flatMap((q) => labels[q] ?? []))].slice(0, 2);
  if (countries.length) facts.push({ label: 'Country', value: countries.join(', ') });
  for (const p of held.slice(0, 3)) {
    const when = span(p.from, p.to);
    facts.push({
      label: p.current ? 'Position at the time' : 'Position held',
      value: `${labels[p.id]}${when ? ` (${when})` : ''}`,
    });
  }
  const links: CardLink[] = [];
  const website = httpUrl(item.website);
  if (website) links.push({ label: 'Official website', url: website });
  if (item.wikipediaTitle)
    links.push({
      label: 'Wikipedia',
      url: wikipediaArticleUrl(item.wikipediaTitle),
    });
  links.push({ label: 'Wikidata', url: `https://www.wikidata.org/wiki/${item.id}` });
  return {
    title: item.label ?? query.name,
    ...(item.description ? { subtitle: item.description } : {}),
    ...(item.description ? { description: `${capitalise(item.description)} (Wikidata).` } : {}),
    facts,
    links,
    source: 'Wikidata (online)',
    licence: 'CC0 1.0',
    why,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The checked online card for a name the KB lacks, with its English Wikipedia title; undefined when unsure. */
export async function lookUpName(
  query: NameQuery,
  options: NameLookupOptions,
): Promise<{ card: Card; wikipediaTitle?: string; wikidata: string } | undefined> {
  const base = options.wikidataBase ?? DEFAULT_BASE_URLS.wikidata;
  const name = query.name.trim();
  const hits = await cachedGet(
    options,
    `wikidata-search:${name.toLowerCase()}`,
    wikidataSearchUrl(name, base, 7),
    parseWikidataSearch,
  );
  const ids = (hits ?? []).map((h) => h.id);
  if (!ids.length) return undefined;
  const items = await cachedGet(
    options,
    `wikidata-items:${ids.join('|')}`,
    wikidataItemsUrl(ids, base),
    (body) => parseWikidataItems(body, ids),
  );
  if (!items?.length) return undefined;
  // Labels of the classes, countries and positions the items name, in one request.
  const referenced = [
    ...new Set(
      items.flatMap((i) => [
        ...i.instanceOf,
        ...i.countries,
        ...i.citizenship,
        ...i.positions.map((p) => p.id),
      ]),
    ),
  ].slice(0, 50);
  const labels =
    (referenced.length
      ? await cachedGet(
          options,
          `wikidata-labels:${referenced.join('|')}`,
          wikidataLabelsUrl(referenced, base),
          (body) => labelsOf(body),
        )
      : undefined) ?? {};
  const chosen = chooseItem(query, items, (qid) =>
    labels[qid] ? options.countryCode(labels[qid]) : undefined,
  );
  if (!chosen) return undefined;
  return {
    card: cardFromItem(chosen.item, labels, query, chosen.why),
    wikidata: chosen.item.id,
    ...(chosen.item.wikipediaTitle ? { wikipediaTitle: chosen.item.wikipediaTitle } : {}),
  };
}

/** English labels of a wbgetentities props=labels answer, by id. */
function labelsOf(body: unknown): Record<string, string> | undefined {
  const entities = (body as { entities?: Record<string, { labels?: { en?: { value?: unknown } } }> })
    ?.entities;
  if (!entities || typeof entities !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [id, e] of Object.entries(entities)) {
    const value = e?.labels?.en?.value;
    if (/^Q\d+$/.test(id) && typeof value === 'string' && value.trim()) out[id] = value.trim().slice(0, 200);
  }
  return out;
}

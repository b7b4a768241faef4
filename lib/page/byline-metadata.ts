/**
 * Who wrote the article by the page's structured data: JSON-LD authors (a graph's references to its Person
 * nodes resolved, a given name completed from the Person's description) and meta author tags (Dublin Core,
 * article:author, Twitter's "Written by" pair). People only: organisations and the site itself go apart.
 */
import { isPersonName } from './byline-lines';
import { articleNode, ldName, ldTypes, type LdNode } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';

/** The clean-up of a raw author value into names ("By A and B" as "A, B"), or undefined when it names nobody. */
export type CleanName = (raw: string) => string | undefined;

/** The site's own names, so that "author: Folha" or "author: NBCNews" reads as the publisher, not a person. */
export function siteNamesOf(ld: LdNode[], meta: MetaTags): string[] {
  const names = [
    firstMeta(meta, ['og:site_name', 'application-name']),
    ...(meta.get('twitter:site') ?? []),
    ldName(articleNode(ld)?.publisher),
  ];
  return names.filter((n): n is string => !!n).map(squash);
}
/** A name reduced to its lower-case letters and figures, for comparing names as written. */
export const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A JSON-LD reference resolved: Yoast and other graph writers give the author as `{"@id": "…#/schema/person/…"}`
 * and the Person with its name elsewhere in the graph.
 */
function resolveRef(item: unknown, ld: LdNode[]): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const node = item as LdNode;
  if (node.name || typeof node['@id'] !== 'string') return item;
  return ld.find((n) => n !== node && n['@id'] === node['@id'] && n.name) ?? item;
}

/**
 * A given name alone ("Nils") in full, when the graph's Person of that name describes itself starting with
 * the full name ("Nils Pickert ist freier Autor …", "Stefanus Stahl - Maschinenbauer …"); else unchanged.
 */
export function fullNameOf(name: string, ld: LdNode[]): string {
  if (!/^\p{Lu}[\p{Ll}\p{M}-]+$/u.test(name)) return name;
  for (const node of ld) {
    if (node.name !== name || !ldTypes(node).includes('person')) continue;
    const about = typeof node.description === 'string' ? node.description.trim() : '';
    const words = about.slice(0, 80).split(/\s+/);
    if (words[0] !== name) continue;
    // The name words after the given name, up to the first word that is none ("ist", "-", "is").
    let end = 1;
    while (end < words.length && end < 4 && isPersonName(words.slice(0, end + 1).join(' '))) end++;
    if (end > 1)
      return words
        .slice(0, end)
        .join(' ')
        .replace(/[,.:;]$/, '');
  }
  return name;
}

/** Person names from a JSON-LD author value; organisations go to `orgs`. */
function ldPeople(value: unknown, orgs: string[], ld: LdNode[] = []): string[] {
  const list = (Array.isArray(value) ? value : value ? [value] : []).map((v) => resolveRef(v, ld));
  const people: string[] = [];
  for (const item of list) {
    const name = ldName(item);
    if (!name || /^https?:/i.test(name)) continue;
    const isOrg =
      typeof item === 'object' && ldTypes(item as LdNode).some((t) => /organization|organisation/.test(t));
    if (isOrg) orgs.push(name);
    else people.push(name);
  }
  return people;
}

/** Names joined as one byline, each once ("A, B" and "B" give "A, B"). */
export const joinNames = (names: string[]) => [...new Set(names.flatMap((n) => n.split(', ')))].join(', ');

/** Meta keys naming the author, in Readability's order of trust (Dublin Core properties first). */
const META_AUTHOR = [
  'dc:creator',
  'dcterm:creator',
  'dcterms:creator',
  'author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'article:author',
  // Open Graph's article author under its prefixed and "_name" spellings, and Cxense's tag.
  'og:article:author',
  'article:author_name',
  'cxenseparse:author',
  'byl',
  'shareaholic:article_author_name',
];

/** Twitter's label/data pairs: `twitter:label1` "Written by" with the name in `twitter:data1` (WordPress SEO plugins). */
function twitterWriter(meta: MetaTags): string | undefined {
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0] ?? '';
    if (
      /^(?:written by|verfasst von|geschrieben von|autor(?:in)?|author|écrit par|escrito por)$/i.test(
        label.trim(),
      )
    )
      return meta.get(`twitter:data${i}`)?.[0];
  }
  return undefined;
}

/**
 * A meta author list that names the JSON-LD people and more (JSON-LD "April Roach", meta author
 * "April Roach, Daniel O'Mahony"): some sites' structured data keeps only the first of several writers.
 */
function morePeopleInMeta(
  people: string[],
  meta: MetaTags,
  isSite: (n: string) => boolean,
  clean: CleanName,
): string[] | undefined {
  const known = new Set(people.flatMap((p) => p.split(', ')).map(squash));
  for (const key of META_AUTHOR) {
    const names = (meta.get(key) ?? [])
      .map((v) => clean(v))
      .filter((n): n is string => !!n)
      .flatMap((n) => n.split(', '))
      .filter((n) => !isSite(n));
    const all = new Set(names.map(squash));
    if (all.size > known.size && [...known].every((k) => all.has(k)) && names.every(isPersonName))
      return names;
  }
  return undefined;
}

/** A byline from structured data; `account` when it may be the CMS account that posted rather than the writer. */
export interface MetadataByline {
  names: string;
  account: boolean;
}

/** JSON-LD and meta authors that name people; organisations named there go to `orgs`. */
export function metadataByline(
  ld: LdNode[],
  meta: MetaTags,
  isSite: (n: string) => boolean,
  orgs: string[],
  clean: CleanName,
): MetadataByline | undefined {
  const main = articleNode(ld);
  const fromLd = ldPeople(main?.author, orgs).concat(main?.author ? [] : ldPeople(main?.creator, orgs));
  const people = fromLd.map((n) => clean(n)).filter((n): n is string => !!n && !isSite(n));
  orgs.push(...fromLd.filter(isSite));
  if (people.length)
    return { names: joinNames(morePeopleInMeta(people, meta, isSite, clean) ?? people), account: false };
  // A Person the graph names elsewhere ({"@id": …}) is often the account that posted, not the byline:
  // meta authors that name people come first. Without an article node, the WebPage's author (Yoast on
  // pages and posts alike) is such a reference too.
  const owner = main ?? ld.find((n) => n.author && ldTypes(n).includes('webpage'));
  const referred = ldPeople(owner?.author ?? owner?.creator, [], ld)
    .map((n) => clean(n))
    .filter((n): n is string => !!n && !isSite(n));
  for (const key of META_AUTHOR) {
    const values = (meta.get(key) ?? []).filter((v) => !/^(https?:|www\.)/i.test(v) && !v.startsWith('@'));
    const names = values.map((v) => clean(v)).filter((n): n is string => !!n);
    const persons = names.filter((n) => !isSite(n));
    orgs.push(...names.filter(isSite));
    if (persons.length) return { names: joinNames(persons), account: true };
  }
  if (referred.length) return { names: joinNames(referred), account: true };
  const tw = twitterWriter(meta);
  const twName = tw ? clean(tw) : undefined;
  if (twName && !isSite(twName)) return { names: twName, account: true };
  return undefined;
}

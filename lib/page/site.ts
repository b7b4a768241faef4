/**
 * Who published the page and in which language: og:site_name, JSON-LD publisher, the known outlet of the
 * domain; html lang, content-language, og:locale, JSON-LD inLanguage.
 */
import { attr } from './dom';
import { articleNode, ldName, ldString, type LdNode } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { PUBLISHER_BY_DOMAIN } from '../../data/kb-seed/outlets';

/** The publisher's name, or undefined when neither the page nor the domain table says. */
export function findPublisher(ld: LdNode[], meta: MetaTags, url: string): string | undefined {
  const fromMeta = firstMeta(meta, [
    'og:site_name',
    'application-name',
    'al:android:app_name',
    'twitter:app:name:iphone',
  ]);
  if (fromMeta && fromMeta.length < 80) return fromMeta.trim();
  const main = articleNode(ld);
  const fromLd =
    ldName(main?.publisher) ??
    ld
      .map((n) => (/organization|newsmediaorganization/i.test(String(n['@type'])) ? ldName(n) : undefined))
      .find(Boolean);
  if (fromLd) return fromLd;
  return outletForUrl(url);
}

/** The outlet's name for a URL's host (or a parent domain of it), from the KB's outlet seeds. */
export function outletForUrl(url: string): string | undefined {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
  } catch {
    return undefined;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = PUBLISHER_BY_DOMAIN.get(h);
    if (name) return name;
  }
  return undefined;
}

/** The page's language as a lower-case primary tag ('en', 'de'), if declared. */
export function findLanguage(doc: Document, ld: LdNode[], meta: MetaTags): string | undefined {
  let raw: string | undefined;
  try {
    raw = attr(doc.documentElement, 'lang') ?? attr(doc.documentElement, 'xml:lang');
  } catch {
    raw = undefined;
  }
  raw ||=
    firstMeta(meta, ['content-language', 'language', 'dc.language', 'og:locale']) ??
    ldString(articleNode(ld), 'inLanguage');
  const m = raw ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(raw.trim()) : null;
  return m ? m[1].toLowerCase() : undefined;
}

/** Does the page write dates month-first (US English)? Decides 03/04/2019. */
export function isMonthFirst(doc: Document, meta: MetaTags, url: string): boolean {
  let lang = '';
  try {
    lang = (
      attr(doc.documentElement, 'lang') ??
      attr(doc.documentElement, 'xml:lang') ??
      firstMeta(meta, ['og:locale', 'content-language']) ??
      ''
    ).toLowerCase();
  } catch {
    lang = '';
  }
  // A bare language is narrowed by the locale in the address ("msn.com/en-gb/news/…").
  if (!lang || lang === 'en')
    lang = /\/(en[-_](?:us|gb|au|ie|in|ca|nz|za))\//i.exec(url)?.[1].toLowerCase() ?? lang;
  if (/^en[-_]us/.test(lang)) return true;
  if (lang && !/^en$/.test(lang)) return false;
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  // Bare 'en' (or none) on a US-style domain: month first, as US newsrooms write dates.
  return /\.(com|org|net|us|gov|edu)$/.test(host);
}

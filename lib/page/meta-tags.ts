/**
 * The page's <meta> tags read once into a lookup by lower-cased name, property, itemprop or http-equiv.
 */
import { attr, byTag } from './dom';

/** Meta values by lower-cased key, in document order. */
export type MetaTags = Map<string, string[]>;

/** Read every <meta> with content into a map; one pass, never throws. */
export function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of byTag(doc, 'meta')) {
    const content = (attr(el, 'content') ?? '').trim();
    if (!content) continue;
    const keys = [attr(el, 'property'), attr(el, 'name'), attr(el, 'itemprop'), attr(el, 'http-equiv')];
    for (const raw of keys) {
      // Some sites put several keys in one attribute ("og:title twitter:title").
      for (const key of (raw ?? '').toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = tags.get(key);
        if (list) list.push(content);
        else tags.set(key, [content]);
      }
    }
  }
  return tags;
}

/** The first value among `keys` (in priority order), if any. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

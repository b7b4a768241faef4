/**
 * The article's country, the strongest context for choosing between namesakes: given by the caller,
 * or inferred from the publisher's KB entry, the site's country-code domain, and the places the text names.
 */
import { countryOfHost, hostCandidates } from './hostnames';
import type { KnowledgeBase } from './parse-kb';
import type { LinkContext, SpottedMention } from './types';

/** A country with the reason it was chosen. */
export interface ArticleCountry {
  country: string;
  why: string;
}

/** Index of entries by web domain, for recognising the publisher. */
export function domainIndex(kb: KnowledgeBase): Map<string, number> {
  const map = new Map<string, number>();
  kb.entities.forEach((e, i) => e.domains?.forEach((d) => map.has(d) || map.set(d.toLowerCase(), i)));
  return map;
}

/** Decide the article's country from context and spotted places; undefined when nothing points anywhere. */
export function inferArticleCountry(
  kb: KnowledgeBase,
  domains: Map<string, number>,
  ctx: LinkContext,
  spotted: () => SpottedMention[],
): ArticleCountry | undefined {
  if (ctx.country)
    return { country: ctx.country.toUpperCase(), why: `article country ${ctx.country.toUpperCase()}` };
  for (const hint of [ctx.url, ctx.publisher]) {
    if (!hint) continue;
    for (const host of hostCandidates(hint)) {
      const i = domains.get(host);
      const c = i === undefined ? undefined : kb.entities[i].country;
      if (c) return { country: c, why: `publisher ${kb.entities[i!].name} (${c})` };
    }
  }
  if (ctx.text) {
    const votes = new Map<string, number>();
    for (const m of spotted()) {
      const e = kb.entities[kb.byId.get(m.candidates[0]) ?? -1];
      if (!e || e.type !== 'place' || !e.country) continue;
      const w = e.kind === 'country' ? 2 : 1;
      votes.set(e.country, (votes.get(e.country) ?? 0) + w);
    }
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ranked.length && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0)) {
      return { country: ranked[0][0], why: `places in the text point to ${ranked[0][0]}` };
    }
  }
  for (const hint of [ctx.url, ctx.publisher]) {
    const c = hint ? countryOfHost(hint) : undefined;
    if (c) return { country: c, why: `site domain (${c})` };
  }
  return undefined;
}

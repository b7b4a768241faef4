/**
 * The article's country, the strongest context for choosing between namesakes: given by the caller,
 * or inferred from the publisher's KB entry, the site's country-code domain, and the places the text names.
 */
import { countryOfHost, hostCandidates } from '../url/hostnames';
import type { KnowledgeBase } from './parse-kb';
import type { LinkContext, SpottedMention } from './types';

/** A country with the reason it was chosen. */
export interface ArticleCountry {
  country: string;
  why: string;
}

/** Decide the article's country from context and spotted places; undefined when nothing points anywhere. */
export function inferArticleCountry(
  kb: KnowledgeBase,
  ctx: LinkContext,
  spotted: () => SpottedMention[],
): ArticleCountry | undefined {
  if (ctx.country)
    return { country: ctx.country.toUpperCase(), why: `article country ${ctx.country.toUpperCase()}` };
  for (const hint of [ctx.url, ctx.publisher]) {
    if (!hint) continue;
    for (const host of hostCandidates(hint)) {
      const i = kb.domains.get(host);
      const c = i === undefined ? undefined : kb.entity(i).country;
      if (c) return { country: c, why: `publisher ${kb.entity(i!).name} (${c})` };
    }
  }
  if (ctx.text) {
    const votes = new Map<string, number>();
    for (const m of spotted()) {
      const at = kb.indexOf(m.candidates[0]);
      const e = at === undefined ? undefined : kb.entity(at);
      if (!e || e.type !== 'place' || !e.country) continue;
      if (hasKnownNamesakeAbroad(kb, m.candidates, e.country)) continue;
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

/** A well-known namesake in another country makes a name no evidence ('Georgia': the country or the US state). */
const NAMESAKE_PRIOR = 0.5;

function hasKnownNamesakeAbroad(kb: KnowledgeBase, candidates: string[], country: string): boolean {
  for (const id of candidates.slice(1)) {
    const at = kb.indexOf(id);
    const e = at === undefined ? undefined : kb.entity(at);
    if (e?.type === 'place' && e.country && e.country !== country && (e.prior ?? 0) >= NAMESAKE_PRIOR)
      return true;
  }
  return false;
}

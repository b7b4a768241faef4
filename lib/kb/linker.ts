/**
 * The linker: spots KB aliases in text, links a mention's names to one KB entry (or NIL) using the
 * article's context, and composes cards. Built once per KB; every query is a few Map lookups.
 */
import type { Card } from '../analysis/types';
import { inferArticleCountry, type ArticleCountry } from './article-country';
import { composeCard, type LeadersOf } from './card';
import { isoDay } from './dates';
import { resolveGenericElection } from './elections';
import { NEAR_MISS_MIN_PRIOR } from './build-near-miss';
import { createFuzzyFinder } from './fuzzy';
import { acronymLetters, isAcronym, normaliseAlias } from './normalise';
import type { KnowledgeBase } from './parse-kb';
import { confidenceOf, scoreCandidate, type Candidate, type MatchKind } from './rank';
import { spotMentions } from './spot';
import type { EntityType, KbEntity, LinkContext, LinkResult, SpottedMention } from './types';

/** Spot, link and describe entities against one loaded KB. */
export interface Linker {
  /** Exact alias matches in `text`, linear in its length. */
  spot(text: string): SpottedMention[];
  /** The KB entry that the names mean in this context, or undefined (NIL) when unsure. */
  link(query: { names: string[]; type?: EntityType }, context: LinkContext): LinkResult | undefined;
  /** The card for an entry, on the article's clock; carries the last link()'s reasons for it. */
  card(kbId: string, context: LinkContext): Card;
  get(kbId: string): KbEntity | undefined;
}

/** Below this confidence the linker answers NIL rather than risk a wrong card. */
export const NIL_THRESHOLD = 0.35;
/** Candidates scoring closer than this are namesakes the context cannot separate: NIL. */
const TIE_MARGIN = 0.05;

/** Name variants worth an exact lookup: possessive dropped, leading 'the' dropped. */
function variants(name: string): string[] {
  const out = [name.trim()];
  const noPossessive = out[0].replace(/['’]s$|['’]$/u, '');
  out.push(noPossessive);
  for (const v of [...out]) if (/^the\s+/i.test(v)) out.push(v.replace(/^the\s+/i, ''));
  return [...new Set(out)].filter(Boolean);
}

/**
 * A near miss worth ranking: not an obscure entry (the KB holds tens of thousands of backbenchers and
 * towns), and for a person a full name whose surname is spelled like the query's ('Corbin' → 'Corbyn',
 * not 'Neil Gaiman' → 'Neil Simon', nor a lone 'Scott' → 'Rick Scott').
 */
function plausibleNearMiss(kb: KnowledgeBase, index: number, query: string, alias: string): boolean {
  if (kb.priorOf(index) < NEAR_MISS_MIN_PRIOR) return false;
  if (kb.entity(index).type !== 'person') return true;
  const words = normaliseAlias(query).split(' ');
  if (words.length < 2) return false;
  const last = (text: string) => trigramSet(text.split(' ').pop() ?? '');
  const a = last(words.join(' '));
  const b = last(normaliseAlias(alias));
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size || 1) >= 0.4;
}

function trigramSet(word: string): Set<string> {
  const w = `#${word}#`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  return out;
}

/** Create a linker over a parsed KB. Auxiliary indexes are small and built here or on first use. */
export function createLinker(kb: KnowledgeBase): Linker {
  const fuzzy = createFuzzyFinder(kb);
  const related = (id: string): ReadonlySet<string> | undefined => {
    const i = kb.indexOf(id);
    if (i === undefined) return undefined;
    const list = kb.related(i);
    return list.length ? new Set(list.map((n) => kb.idOf(n))) : undefined;
  };
  const leadersOf: LeadersOf = (orgId) => {
    const i = kb.indexOf(orgId);
    return i === undefined ? [] : kb.leaders(i);
  };
  const lastWhy = new Map<string, string[]>();
  let spotCache: { text: string; spotted: SpottedMention[] } | undefined;
  let countryCache: { key: string; value: ArticleCountry | undefined } | undefined;

  const spot = (text: string): SpottedMention[] => {
    if (spotCache?.text !== text) spotCache = { text, spotted: spotMentions(kb, text) };
    return spotCache.spotted;
  };

  let mentionedCache: { text: string; value: ReadonlySet<string> } | undefined;
  /** Countries the text names outright (a country's name or demonym), from the spotted mentions. */
  const mentionedCountries = (text: string | undefined): ReadonlySet<string> => {
    if (!text) return new Set();
    if (mentionedCache?.text !== text) {
      const value = new Set<string>();
      for (const m of spot(text)) {
        if (!m.candidates[0]?.startsWith('country-')) continue;
        const i = kb.indexOf(m.candidates[0]);
        const code = i === undefined ? undefined : kb.entity(i).country;
        if (code) value.add(code);
      }
      mentionedCache = { text, value };
    }
    return mentionedCache.value;
  };

  const articleCountry = (ctx: LinkContext): ArticleCountry | undefined => {
    const key = `${ctx.country}|${ctx.url}|${ctx.publisher}|${ctx.text?.length}|${ctx.text?.slice(0, 200)}`;
    if (countryCache?.key !== key) {
      countryCache = {
        key,
        value: inferArticleCountry(kb, ctx, () => (ctx.text ? spot(ctx.text) : [])),
      };
    }
    return countryCache.value;
  };

  function exactCandidates(names: string[]): Candidate[] {
    const found = new Map<number, Candidate>();
    const rank: Record<MatchKind, number> = { name: 0, alias: 1, acronym: 2, fuzzy: 3 };
    for (const raw of names) {
      for (const v of variants(raw)) {
        const keys: Array<[string, boolean]> = [[normaliseAlias(v), false]];
        if (isAcronym(v) || (/^\p{Lu}\p{Ll}{3,7}$/u.test(v) && v.length >= 4))
          keys.unshift(['=' + acronymLetters(v), true]);
        for (const [key, acronym] of keys) {
          for (const index of kb.lookup(key) ?? []) {
            const e = kb.entity(index);
            const match: MatchKind = acronym ? 'acronym' : normaliseAlias(e.name) === key ? 'name' : 'alias';
            const prev = found.get(index);
            if (!prev || rank[match] < rank[prev.match]) found.set(index, { index, match, alias: v });
          }
        }
      }
    }
    return [...found.values()];
  }

  function link(query: { names: string[]; type?: EntityType }, ctx: LinkContext): LinkResult | undefined {
    const names = query.names.filter((n) => n && n.trim());
    if (!names.length) return undefined;
    const country = articleCountry(ctx);
    const day = isoDay(ctx.publishedAt);
    if (query.type === undefined || query.type === 'event') {
      for (const n of names) {
        const hit = resolveGenericElection(kb, n, country?.country, ctx.publishedAt, ctx.text);
        if (hit) return remember({ kbId: kb.idOf(hit.index), confidence: hit.confidence, why: hit.why });
      }
    }
    let candidates = exactCandidates(names);
    if (!candidates.length) {
      const longest = [...names].sort((a, b) => b.length - a.length)[0];
      candidates = fuzzy
        .find(longest, 8)
        .filter((h) => plausibleNearMiss(kb, h.index, longest, h.alias))
        .map((h) => ({ index: h.index, match: 'fuzzy', alias: h.alias, fuzzyScore: h.score }));
    }
    // A tagger's type is trusted for exclusion: a city named as an organisation is a team or company we lack.
    if (query.type) {
      candidates = candidates.filter((c) => {
        const e = kb.entity(c.index);
        return e.type === query.type || (query.type === 'organization' && e.kind === 'country');
      });
    }
    if (!candidates.length) return undefined;
    const own = new Set(candidates.map((c) => kb.idOf(c.index)));
    const rankCtx = {
      country: country?.country,
      countryWhy: country?.why,
      mentioned: mentionedCountries(ctx.text),
      day,
      type: query.type,
      // The mention's own namesakes are no evidence for each other ('New York' the city for the state).
      coMentioned: new Set((ctx.coMentionedIds ?? []).filter((id) => !own.has(id))),
      related,
    };
    const scored = candidates
      .map((c) => scoreCandidate(kb.entity(c.index), c, rankCtx))
      .sort((a, b) => b.score - a.score || a.index - b.index);
    const [best, second] = scored;
    const confidence = confidenceOf(best.score, second?.score);
    // Namesakes that nothing separates (two Springfields in a US article): no card rather than a coin toss.
    if (confidence < NIL_THRESHOLD || (second && best.score - second.score < TIE_MARGIN)) return undefined;
    const why = [...best.why];
    if (second) why.push(`preferred over ${kb.entity(second.index).name} (${kb.idOf(second.index)})`);
    return remember({ kbId: kb.idOf(best.index), confidence, why });
  }

  function remember(result: LinkResult): LinkResult {
    lastWhy.set(result.kbId, result.why);
    return result;
  }

  return {
    spot,
    link,
    card(kbId, ctx) {
      const i = kb.indexOf(kbId);
      if (i === undefined)
        throw new Error(`No KB entry '${kbId}': pass an id that link() or spot() returned.`);
      return composeCard(kb, kb.entity(i), ctx, leadersOf, lastWhy.get(kbId));
    },
    get(kbId) {
      const i = kb.indexOf(kbId);
      return i === undefined ? undefined : kb.entity(i);
    },
  };
}

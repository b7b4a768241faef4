/**
 * The in-memory related-coverage index: an inverted index from features (entities, terms) to remembered
 * articles, so ranking touches only articles that share something telling with the one being read.
 */
import type { RelatedItem } from '@/lib/contract/types';
import { claimOverlap } from './claim-overlap';
import { FEATURE_WEIGHTS, idf } from './features';
import { daysApart, timeFactor } from './time-proximity';
import type { RankOptions, RelatedIndex, RememberedArticle } from './types';
import { articleKeys, siteOf } from '../url/url-identity';
import { explain, type SharedFeature } from './why';

/** Below this score a report is not shown as the same story (tuned on story-clusters; see the eval). */
export const DEFAULT_MIN_SCORE = 0.12;
/** How many related reports a ranking returns by default. */
const DEFAULT_LIMIT = 5;
/** Weight of quoting the same words (claim overlap) added to the score. */
const CLAIM_BONUS = 0.2;
/** Features in more than this share of articles are too common to find candidates with (they still score). */
const COMMON_SHARE = 0.05;
/** Candidates re-scored exactly with every shared feature, at least. */
const RESCORED = 200;

interface Entry {
  article: RememberedArticle;
  features: Int32Array;
  priors: Float64Array;
  keys: string[];
  /** Title and outlet, to spot the same article under an unrelated URL. */
  sameness: string;
  alive: boolean;
}

function samenessOf(a: RememberedArticle): string {
  const title = a.title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return title ? `${title}|${(a.publisher ?? siteOf(a.url)).toLowerCase()}` : '';
}

/** Calls `visit` with each feature of an article: its kind-qualified map, raw key and prior weight (no string building). */
function eachFeature(
  article: RememberedArticle,
  visit: (isEntity: boolean, key: string, prior: number) => void,
): void {
  for (const id of article.entityIds) if (id) visit(true, id, FEATURE_WEIGHTS.entity);
  for (const term of article.terms)
    if (term) visit(false, term, term.includes(' ') ? FEATURE_WEIGHTS.phrase : FEATURE_WEIGHTS.term);
}

/** Build an index, optionally filled with `items` (later duplicates of one URL replace earlier ones). */
export function createRelatedIndex(items: RememberedArticle[] = []): RelatedIndex {
  // Entity ids and terms in separate maps: no 'e:'/'t:' strings built per lookup.
  const entityIds = new Map<string, number>();
  const termIds = new Map<string, number>();
  const featureKeys: string[] = [];
  const postings: number[][] = [];
  const df: number[] = [];
  const entries: Entry[] = [];
  const norms: number[] = [];
  const slotByKey = new Map<string, number>();
  let alive = 0;
  let dead = 0;
  /** Mutations since norms were last computed over the whole index (IDF drifts as articles come and go). */
  let drift = 0;

  const featureId = (isEntity: boolean, key: string): number => {
    const ids = isEntity ? entityIds : termIds;
    let id = ids.get(key);
    if (id === undefined) {
      id = postings.length;
      ids.set(key, id);
      featureKeys.push((isEntity ? 'e:' : 't:') + key);
      postings.push([]);
      df.push(0);
    }
    return id;
  };

  const normOf = (entry: Entry): number => {
    let sum = 0;
    for (let i = 0; i < entry.features.length; i++) {
      const w = entry.priors[i] * idf(df[entry.features[i]], alive);
      sum += w * w;
    }
    return Math.sqrt(sum) || 1;
  };

  /** Norms are exact after a refresh and within ~2% of exact IDF between refreshes. */
  const refreshNorms = () => {
    if (drift === 0 || drift < alive * 0.02) return;
    const idfs = new Float64Array(df.length);
    for (let f = 0; f < df.length; f++) idfs[f] = idf(df[f], alive);
    for (let slot = 0; slot < entries.length; slot++) {
      const entry = entries[slot];
      if (!entry.alive) continue;
      let sum = 0;
      for (let i = 0; i < entry.features.length; i++) {
        const w = entry.priors[i] * idfs[entry.features[i]];
        sum += w * w;
      }
      norms[slot] = Math.sqrt(sum) || 1;
    }
    drift = 0;
  };

  const compact = () => {
    for (let f = 0; f < postings.length; f++) postings[f] = postings[f].filter((slot) => entries[slot].alive);
    dead = 0;
  };

  const removeSlot = (slot: number) => {
    const entry = entries[slot];
    if (!entry?.alive) return;
    entry.alive = false;
    for (const f of entry.features) df[f]--;
    for (const key of entry.keys) if (slotByKey.get(key) === slot) slotByKey.delete(key);
    alive--;
    dead++;
    drift++;
    if (dead > 256 && dead > alive / 4) compact();
  };

  let building = false;
  const add = (article: RememberedArticle) => {
    const keys = articleKeys(article);
    for (const key of keys) {
      const existing = slotByKey.get(key);
      if (existing !== undefined) removeSlot(existing);
    }
    const slot = entries.length;
    const capacity = article.entityIds.length + article.terms.length;
    const features = new Int32Array(capacity);
    const priors = new Float64Array(capacity);
    let n = 0;
    eachFeature(article, (isEntity, key, prior) => {
      const id = featureId(isEntity, key);
      if (postings[id][postings[id].length - 1] === slot) return; // listed twice in the article
      features[n] = id;
      priors[n++] = prior;
      postings[id].push(slot);
      df[id]++;
    });
    const entry: Entry = {
      article,
      features: features.subarray(0, n),
      priors: priors.subarray(0, n),
      keys,
      sameness: samenessOf(article),
      alive: true,
    };
    entries.push(entry);
    for (const key of keys) slotByKey.set(key, slot);
    alive++;
    drift++;
    norms[slot] = building ? 1 : normOf(entry); // a bulk build computes every norm once, at the first ranking
  };

  const rank = (query: RememberedArticle, opts: RankOptions = {}): RelatedItem[] => {
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
    if (!alive || limit <= 0) return [];
    refreshNorms();
    const excluded = new Set<number>();
    for (const key of articleKeys(query)) {
      const slot = slotByKey.get(key);
      if (slot !== undefined) excluded.add(slot);
    }
    const querySameness = samenessOf(query);

    // Query weights; rare features find candidates, common ones only add to their scores later.
    const queryWeight = new Map<number, number>();
    let queryNorm = 0;
    const commonDf = Math.max(50, alive * COMMON_SHARE);
    const partial = new Map<number, number>();
    const seen = new Set<string>();
    eachFeature(query, (isEntity, key, prior) => {
      const qualified = (isEntity ? 'e:' : 't:') + key;
      if (seen.has(qualified)) return;
      seen.add(qualified);
      const id = (isEntity ? entityIds : termIds).get(key);
      const w = prior * idf(id === undefined ? 0 : df[id], alive);
      queryNorm += w * w;
      if (id === undefined || df[id] === 0) return;
      queryWeight.set(id, w);
      if (df[id] > commonDf) return;
      for (const slot of postings[id]) partial.set(slot, (partial.get(slot) ?? 0) + w * w);
    });
    queryNorm = Math.sqrt(queryNorm);
    if (!queryNorm) return [];

    const candidates: Array<{ slot: number; cosine: number }> = [];
    for (const [slot, dot] of partial) {
      const entry = entries[slot];
      if (!entry.alive || excluded.has(slot)) continue;
      if (querySameness && entry.sameness === querySameness) continue;
      candidates.push({ slot, cosine: dot / (queryNorm * norms[slot]) });
    }
    candidates.sort((a, b) => b.cosine - a.cosine);
    candidates.length = Math.min(candidates.length, Math.max(RESCORED, limit * 4));

    const results: Array<{
      entry: Entry;
      score: number;
      days?: number;
      claims: number;
      shared: SharedFeature[];
    }> = [];
    for (const { slot } of candidates) {
      const entry = entries[slot];
      const shared: SharedFeature[] = [];
      let dot = 0;
      for (let i = 0; i < entry.features.length; i++) {
        const f = entry.features[i];
        const wq = queryWeight.get(f);
        if (wq === undefined) continue;
        const contribution = wq * entry.priors[i] * idf(df[f], alive);
        dot += contribution;
        shared.push({ key: featureKeys[f], contribution });
      }
      const cosine = dot / (queryNorm * norms[slot]);
      if (cosine + CLAIM_BONUS < minScore) continue;
      const days = daysApart(query.publishedAt, entry.article.publishedAt);
      const claims = claimOverlap(query.claimSummary, entry.article.claimSummary);
      const score = Math.min(1, cosine * timeFactor(days) + (claims >= 0.5 ? CLAIM_BONUS * claims : 0));
      if (score >= minScore) results.push({ entry, score, days, claims, shared });
    }
    results.sort((a, b) => b.score - a.score || b.entry.article.seenAt - a.entry.article.seenAt);

    const shown: RelatedItem[] = [];
    const shownKeys = new Set<string>();
    for (const { entry, score, days, claims, shared } of results) {
      if (shown.length >= limit) break;
      if (entry.keys.some((k) => shownKeys.has(k)) || (entry.sameness && shownKeys.has(entry.sameness)))
        continue;
      for (const k of entry.keys) shownKeys.add(k);
      if (entry.sameness) shownKeys.add(entry.sameness);
      const { article } = entry;
      shown.push({
        title: article.title,
        url: article.url,
        publisher: article.publisher,
        publishedAt: article.publishedAt,
        score: Math.round(score * 1000) / 1000,
        why: explain(shared, query, article, days, claims >= 0.5 ? ['quotes the same words'] : []),
      });
    }
    return shown;
  };

  building = true;
  for (const item of items) add(item);
  building = false;
  if (alive) drift = Math.max(drift, alive);
  return {
    add,
    remove(url) {
      for (const key of articleKeys({ url })) {
        const slot = slotByKey.get(key);
        if (slot !== undefined) removeSlot(slot);
      }
    },
    size: () => alive,
    rank,
  };
}

/**
 * The features two reports of one story share: linked entities (weighted most), key terms and
 * two-word phrases. Each gets a prior weight; the index multiplies it by rarity (IDF).
 */
import type { RememberedArticle } from './types';

/** Prior weights by feature kind, tuned on the story-clusters evaluation. */
export const FEATURE_WEIGHTS = { entity: 1.6, phrase: 1.2, term: 1 } as const;

/** A feature key ('e:' entity id, 't:' term) with its prior weight. */
export interface Feature {
  key: string;
  prior: number;
}

/** The features of one remembered article, unique by key. */
export function featuresOf(article: Pick<RememberedArticle, 'entityIds' | 'terms'>): Feature[] {
  const seen = new Set<string>();
  const out: Feature[] = [];
  for (const id of article.entityIds) {
    const key = 'e:' + id;
    if (!id || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, prior: FEATURE_WEIGHTS.entity });
  }
  // Presence, not frequency: on story-clusters, frequency or rank weighting lowered MAP.
  for (const term of article.terms) {
    const key = 't:' + term;
    if (!term || seen.has(key)) continue;
    seen.add(key);
    out.push({ key, prior: term.includes(' ') ? FEATURE_WEIGHTS.phrase : FEATURE_WEIGHTS.term });
  }
  return out;
}

/** Rarity of a feature found in `df` of `n` remembered articles: rare features say more. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n + 1) / (df + 1));
}

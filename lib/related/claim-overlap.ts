/** Two reports quoting the same words are very likely the same story: overlap of their claims. */
import { contentWords } from './terms';

function wordSet(text: string): Set<string> {
  return new Set(contentWords(text).filter((w): w is string => w !== null));
}

/**
 * Best overlap between any claim of `a` and any claim of `b`, 0..1: shared content words over the
 * shorter claim's words. Claims under 4 content words are ignored (too short to tell).
 */
export function claimOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (!a?.length || !b?.length) return 0;
  const setsB = b.map(wordSet).filter((s) => s.size >= 4);
  let best = 0;
  for (const claim of a) {
    const sa = wordSet(claim);
    if (sa.size < 4) continue;
    for (const sb of setsB) {
      let shared = 0;
      for (const w of sa) if (sb.has(w)) shared++;
      best = Math.max(best, shared / Math.min(sa.size, sb.size));
    }
  }
  return best;
}

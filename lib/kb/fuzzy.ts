/**
 * Near-miss lookup ('National Cyber Security centre', 'Corbin'): a token index narrows the KB to a few
 * hundred entries sharing a word (or a word's trigrams) with the query, and fuse.js ranks only those.
 * The indexes are built on first use from the prebuilt alias keys.
 */
import Fuse from 'fuse.js';
import { namesOf } from './build-index';
import { normaliseAlias } from './normalise';
import type { KnowledgeBase } from './parse-kb';

/** A fuzzy hit: entity index, the alias it resembled, and fuse.js's score (0 = identical). */
export interface FuzzyHit {
  index: number;
  alias: string;
  score: number;
}

/** Finds near-miss aliases over a small candidate set; never scans the whole KB per query. */
export interface FuzzyFinder {
  find(name: string, limit?: number): FuzzyHit[];
}

const MAX_POSTINGS = 3000;
const MAX_CANDIDATES = 300;

function trigrams(word: string): string[] {
  const w = `#${word}#`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

/** Build the token and trigram indexes lazily; `find` costs a few hundred fuse.js comparisons at most. */
export function createFuzzyFinder(kb: KnowledgeBase): FuzzyFinder {
  let tokenIndex: Map<string, number[]> | undefined;
  let gramIndex: Map<string, string[]> | undefined;

  function ensure(): void {
    if (tokenIndex) return;
    tokenIndex = new Map();
    for (const [key, ids] of kb.aliasEntries()) {
      if (key.startsWith('=')) continue;
      for (const word of new Set(key.split(' '))) {
        if (word.length < 3) continue;
        let list = tokenIndex.get(word);
        if (!list) tokenIndex.set(word, (list = []));
        for (const id of ids) if (list[list.length - 1] !== id) list.push(id);
      }
    }
    gramIndex = new Map();
    for (const word of tokenIndex.keys()) {
      for (const g of trigrams(word)) {
        let list = gramIndex.get(g);
        if (!list) gramIndex.set(g, (list = []));
        list.push(word);
      }
    }
  }

  /** Vocabulary words spelled like `word` (Dice coefficient on trigrams ≥ 0.5). */
  function similarWords(word: string): string[] {
    const grams = trigrams(word);
    const counts = new Map<string, number>();
    for (const g of grams) for (const w of gramIndex!.get(g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    const out: string[] = [];
    for (const [w, c] of counts) if ((2 * c) / (grams.length + w.length) >= 0.5) out.push(w);
    return out;
  }

  return {
    find(name, limit = 5) {
      ensure();
      const words = normaliseAlias(name)
        .split(' ')
        .filter((w) => w.length >= 3);
      const votes = new Map<number, number>();
      for (const word of words) {
        const forms = tokenIndex!.has(word) ? [word] : similarWords(word);
        const seen = new Set<number>();
        for (const form of forms) {
          const list = tokenIndex!.get(form) ?? [];
          if (list.length > MAX_POSTINGS) continue;
          for (const id of list) seen.add(id);
        }
        for (const id of seen) votes.set(id, (votes.get(id) ?? 0) + 1);
      }
      if (!votes.size) return [];
      const pool = [...votes.entries()]
        .sort(
          (a, b) =>
            b[1] - a[1] || (kb.entities[b[0]].prior ?? 0) - (kb.entities[a[0]].prior ?? 0) || a[0] - b[0],
        )
        .slice(0, MAX_CANDIDATES)
        .flatMap(([index]) => namesOf(kb.entities[index]).map((alias) => ({ index, alias })));
      const fuse = new Fuse(pool, {
        keys: ['alias'],
        includeScore: true,
        threshold: 0.34,
        ignoreLocation: true,
      });
      const best = new Map<number, FuzzyHit>();
      for (const r of fuse.search(name, { limit: limit * 4 })) {
        const hit = { index: r.item.index, alias: r.item.alias, score: r.score ?? 1 };
        const prev = best.get(hit.index);
        if (!prev || hit.score < prev.score) best.set(hit.index, hit);
      }
      return [...best.values()].sort((a, b) => a.score - b.score || a.index - b.index).slice(0, limit);
    },
  };
}

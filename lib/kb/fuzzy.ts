/**
 * Near-miss lookup ('National Cyber Security centre', 'Corbin'): the prebuilt word index narrows the KB
 * to a few hundred entries sharing a word (or a word's trigrams) with the query, and fuse.js ranks only
 * those. Nothing is built at start-up: the index is read in place from the KB file.
 */
import Fuse from 'fuse.js';
import { MIN_WORD, trigrams } from './build-near-miss';
import { namesOf } from './build-index';
import { NEVER_ALONE } from './common-words';
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

/** A word shared by more entries than this narrows nothing ('county', 'united'): it does not vote. */
const MAX_POSTINGS = 600;
/** Entries handed to fuse.js per query, most shared words and highest prior first. */
const MAX_CANDIDATES = 60;
/** Answers remembered per finder: an article repeats its names. */
const MEMO_LIMIT = 2000;

/** Aliases handed to fuse.js per query, after the trigram pre-filter. */
const FUSE_POOL = 24;
/** Share of the query's trigrams an alias must contain to reach fuse.js. */
const MIN_CONTAINMENT = 0.3;

function wordGrams(text: string): string[] {
  return normaliseAlias(text)
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => trigrams(w));
}

/**
 * The aliases that contain most of the query's trigrams (fuse.js matches the query inside the alias, so
 * containment, not overlap, is what predicts a match): a cheap cut from hundreds of names to a couple of dozen.
 */
function closestAliases(name: string, pool: Array<{ index: number; alias: string }>) {
  const query = new Set(wordGrams(name));
  if (!query.size) return [];
  return pool
    .map((item, order) => {
      let shared = 0;
      for (const g of new Set(wordGrams(item.alias))) if (query.has(g)) shared++;
      return { item, order, containment: shared / query.size };
    })
    .filter((c) => c.containment >= MIN_CONTAINMENT)
    .sort((a, b) => b.containment - a.containment || a.order - b.order)
    .slice(0, FUSE_POOL)
    .map((c) => c.item);
}

/** A finder over the KB's prebuilt near-miss index; `find` costs a few hundred fuse.js comparisons at most. */
export function createFuzzyFinder(kb: KnowledgeBase): FuzzyFinder {
  const index = kb.nearMiss;

  /** Vocabulary words spelled like `word` (Dice coefficient on trigrams ≥ 0.5). */
  function similarWords(word: string): number[] {
    const own = trigrams(word);
    const counts = new Map<number, number>();
    for (const g of new Set(own)) for (const w of index.gramWords(g)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const out: number[] = [];
    // Dice ≥ 0.5 needs 2c ≥ (a + b) / 2 with b ≥ c: words sharing too few trigrams cannot qualify.
    const least = Math.ceil(own.length / 3);
    for (const [w, c] of counts)
      if (c >= least && (2 * c) / (own.length + index.wordLetters(w)) >= 0.5) out.push(w);
    return out;
  }

  const memo = new Map<string, FuzzyHit[]>();

  return {
    find(name, limit = 5) {
      const memoKey = `${limit}\u0000${name}`;
      const known = memo.get(memoKey);
      if (known) return known;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      const hits = search(name, limit);
      memo.set(memoKey, hits);
      return hits;
    },
  };

  function search(name: string, limit: number): FuzzyHit[] {
    const queryWords = normaliseAlias(name)
      .split(' ')
      .filter((w) => w.length >= MIN_WORD && !NEVER_ALONE.has(w));
    const votes = new Map<number, number>();
    for (const word of queryWords) {
      const exact = index.findWord(word);
      const forms = exact >= 0 ? [exact] : similarWords(word);
      const seen = new Set<number>();
      for (const form of forms) {
        if (index.wordEntryCount(form) > MAX_POSTINGS) continue;
        for (const id of index.wordEntries(form)) seen.add(id);
      }
      for (const id of seen) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    if (!votes.size) return [];
    const pool = closestAliases(
      name,
      [...votes.entries()]
        .sort((a, b) => b[1] - a[1] || kb.priorOf(b[0]) - kb.priorOf(a[0]) || a[0] - b[0])
        .slice(0, MAX_CANDIDATES)
        .flatMap(([index]) => namesOf(kb.entity(index)).map((alias) => ({ index, alias }))),
    );
    if (!pool.length) return [];
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
  }
}

/**
 * Near-miss lookup ('National Cyber Security centre', 'Corbin'): the prebuilt word index narrows the KB
 * to a few hundred entries sharing a word (or a word's trigrams) with the query, and fuse.js ranks only
 * those. Nothing is built at start-up: the index is read in place from the KB file.
 */
import Fuse from 'fuse.js';
import { MIN_WORD, trigrams } from './build-near-miss';
import { NEVER_ALONE } from '@/lib/contract/words';
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
  /**
   * The best `limit` near misses of `name`. With `accept`, only the hits it accepts (the same as filtering
   * the answer), and fuse.js is skipped when no candidate name could be accepted. `accept` must depend on
   * the name and the hit alone: answers are remembered per name.
   */
  find(name: string, limit?: number, accept?: (hit: Omit<FuzzyHit, 'score'>) => boolean): FuzzyHit[];
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

/** '#', the padding of a word's trigrams. */
const PAD = 35;

/**
 * Calls `visit` with a number for each trigram of each word of a normalised name, the same trigrams as
 * build-near-miss's `trigrams` ('#co', 'cor', …), coded as three UTF-16 units so no substring is made.
 */
function forEachGram(normalised: string, visit: (gram: number) => void): void {
  let a = PAD;
  let b = -1;
  for (let i = 0; i <= normalised.length; i++) {
    const c = i === normalised.length || normalised.charCodeAt(i) === 32 ? PAD : normalised.charCodeAt(i);
    if (b < 0) {
      // First letter of a word (empty words, from leading or doubled spaces, give no trigrams).
      if (c !== PAD) b = c;
      continue;
    }
    visit(a * 0x100000000 + b * 0x10000 + c);
    if (c === PAD) {
      a = PAD;
      b = -1;
    } else {
      a = b;
      b = c;
    }
  }
}

/**
 * The aliases that contain most of the query's trigrams (fuse.js matches the query inside the alias, so
 * containment, not overlap, is what predicts a match): a cheap cut from hundreds of names to a couple of dozen.
 */
function closestAliases(name: string, pool: Array<{ index: number; alias: string }>) {
  // Query trigram → the last alias that shared it, so each alias counts a trigram once.
  const query = new Map<number, number>();
  forEachGram(normaliseAlias(name), (g) => query.set(g, -1));
  if (!query.size) return [];
  const scored: Array<{ item: { index: number; alias: string }; order: number; containment: number }> = [];
  pool.forEach((item, order) => {
    let shared = 0;
    forEachGram(normaliseAlias(item.alias), (g) => {
      const last = query.get(g);
      if (last === undefined || last === order) return;
      query.set(g, order);
      shared++;
    });
    const containment = shared / query.size;
    if (containment >= MIN_CONTAINMENT) scored.push({ item, order, containment });
  });
  return scored
    .sort((a, b) => b.containment - a.containment || a.order - b.order)
    .slice(0, FUSE_POOL)
    .map((c) => c.item);
}

/** A finder over the KB's prebuilt near-miss index; `find` costs a few hundred fuse.js comparisons at most. */
export function createFuzzyFinder(kb: KnowledgeBase): FuzzyFinder {
  const index = kb.nearMiss;

  /** Trigram → its vocabulary words, remembered: an article's names share many trigrams. */
  const gramMemo = new Map<string, number[]>();
  const gramWords = (gram: string): number[] => {
    let words = gramMemo.get(gram);
    if (!words) {
      if (gramMemo.size >= MEMO_LIMIT) gramMemo.clear();
      gramMemo.set(gram, (words = index.gramWords(gram)));
    }
    return words;
  };
  /** Shared-trigram count per vocabulary word, zeroed again after each query. */
  let counts: Uint16Array | undefined;

  /** Vocabulary words spelled like `word` (Dice coefficient on trigrams ≥ 0.5). */
  function similarWords(word: string): number[] {
    const own = trigrams(word);
    counts ??= new Uint16Array(index.wordCount);
    const touched: number[] = [];
    for (const g of new Set(own)) for (const w of gramWords(g)) if (counts[w]++ === 0) touched.push(w);
    const out: number[] = [];
    // Dice ≥ 0.5 needs 2c ≥ (a + b) / 2 with b ≥ c: words sharing too few trigrams cannot qualify.
    const least = Math.ceil(own.length / 3);
    for (const w of touched) {
      const c = counts[w];
      counts[w] = 0;
      if (c >= least && (2 * c) / (own.length + index.wordLetters(w)) >= 0.5) out.push(w);
    }
    return out;
  }

  /** Votes per entry and the query word that last voted for it (by stamp), zeroed again after each query. */
  let voteCount: Uint16Array | undefined;
  let lastWord: Int32Array | undefined;
  let wordStamp = 0;

  const memo = new Map<string, FuzzyHit[]>();

  /** Each candidate's names, read once per finder: an article's near misses share many candidates. */
  const namesMemo = new Map<number, ReadonlyArray<{ index: number; alias: string }>>();
  const namedEntry = (index: number): ReadonlyArray<{ index: number; alias: string }> => {
    let names = namesMemo.get(index);
    if (!names) {
      if (namesMemo.size >= MEMO_LIMIT) namesMemo.clear();
      namesMemo.set(index, (names = kb.names(index).map((alias) => ({ index, alias }))));
    }
    return names;
  };

  return {
    find(name, limit = 5, accept) {
      const memoKey = `${limit}\u0000${accept ? 'accepted' : 'all'}\u0000${name}`;
      const known = memo.get(memoKey);
      if (known) return known;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      let hits = search(name, limit, accept);
      if (accept) hits = hits.filter(accept);
      memo.set(memoKey, hits);
      return hits;
    },
  };

  /**
   * The voted entries that can be among the MAX_CANDIDATES best by (votes, prior): a counting pass over
   * (votes, stored prior byte) finds the cut, so only those few are sorted, not thousands.
   */
  function mostVoted(all: Array<[number, number]>): Array<[number, number]> {
    if (all.length <= MAX_CANDIDATES) return all;
    const rank = (id: number, v: number) => v * 256 + Math.round(kb.priorOf(id) * 255);
    let top = 0;
    for (const [, v] of all) top = Math.max(top, v);
    const histogram = new Uint32Array((top + 1) * 256);
    for (const [id, v] of all) histogram[rank(id, v)]++;
    let cut = histogram.length - 1;
    for (let n = histogram[cut]; n < MAX_CANDIDATES && cut > 0;) n += histogram[--cut];
    return all.filter(([id, v]) => rank(id, v) >= cut);
  }

  function search(
    name: string,
    limit: number,
    accept?: (hit: Omit<FuzzyHit, 'score'>) => boolean,
  ): FuzzyHit[] {
    const queryWords = normaliseAlias(name)
      .split(' ')
      .filter((w) => w.length >= MIN_WORD && !NEVER_ALONE.has(w));
    voteCount ??= new Uint16Array(kb.size);
    lastWord ??= new Int32Array(kb.size);
    const voted: number[] = [];
    for (const word of queryWords) {
      const stamp = ++wordStamp;
      const exact = index.findWord(word);
      const forms = exact >= 0 ? [exact] : similarWords(word);
      for (const form of forms) {
        if (index.wordEntryCount(form) > MAX_POSTINGS) continue;
        for (const id of index.wordEntries(form)) {
          // One vote per query word, however many of its spellings the entry uses.
          if (lastWord[id] === stamp) continue;
          lastWord[id] = stamp;
          if (voteCount[id]++ === 0) voted.push(id);
        }
      }
    }
    if (!voted.length) return [];
    const votes = voted.map((id): [number, number] => [id, voteCount![id]]);
    for (const id of voted) voteCount[id] = 0;
    const names = mostVoted(votes)
      .sort((a, b) => b[1] - a[1] || kb.priorOf(b[0]) - kb.priorOf(a[0]) || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .flatMap(([index]) => namedEntry(index));
    // Every hit is one of these names: when the caller would accept none of them, fuse.js has nothing to do.
    if (accept && !names.some(accept)) return [];
    const pool = closestAliases(name, names);
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

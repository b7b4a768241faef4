/**
 * One KnowledgeBase over the core file and its packs (each a KB file of its own: the share-alike pack keeps its
 * sources' licences apart from the core). Entries are numbered core first, then each pack in turn; an alias
 * key's entries from every part are merged by prior. Relations stay inside a part; nothing is copied at load.
 */
import type { KnowledgeBase, NearMissIndex } from './parse-kb';
import type { KbEntity } from './types';

/** The core and its packs as one KB (the core alone when there are no packs). */
export function combineKbs(core: KnowledgeBase, packs: readonly KnowledgeBase[]): KnowledgeBase {
  if (!packs.length) return core;
  const parts = [core, ...packs];
  const starts: number[] = [];
  let size = 0;
  for (const p of parts) {
    starts.push(size);
    size += p.size;
  }
  const wordStarts: number[] = [];
  let wordCount = 0;
  for (const p of parts) {
    wordStarts.push(wordCount);
    wordCount += p.nearMiss.wordCount;
  }
  /** The part holding entry i, and i's number inside it. */
  const locate = (i: number): [number, number] => {
    if (i >= 0 && i < core.size && Number.isInteger(i)) return [0, i];
    if (!(i >= 0 && i < size && Number.isInteger(i)))
      throw new Error(`KB entry ${i} does not exist (0..${size - 1}).`);
    let k = parts.length - 1;
    while (starts[k] > i) k--;
    return [k, i - starts[k]];
  };
  const locateWord = (w: number): [number, number] => {
    let k = parts.length - 1;
    while (wordStarts[k] > w) k--;
    return [k, w - wordStarts[k]];
  };
  // The core's entries (most of them) skip locate's pair: near-miss ranking reads thousands of priors.
  const priorOf = (i: number) => {
    if (i >= 0 && i < core.size) return core.priorOf(i);
    const [k, j] = locate(i);
    return parts[k].priorOf(j);
  };
  // A word in several parts' vocabularies: findWord answers the first part's number and remembers the others'.
  const sameWord = new Map<number, number[]>();
  const nearMiss: NearMissIndex = {
    wordCount,
    gramCount: parts.reduce((n, p) => n + p.nearMiss.gramCount, 0),
    findWord(word) {
      let first = -1;
      const others: number[] = [];
      parts.forEach((p, k) => {
        const w = p.nearMiss.findWord(word);
        if (w < 0) return;
        if (first < 0) first = wordStarts[k] + w;
        else others.push(wordStarts[k] + w);
      });
      if (others.length) sameWord.set(first, others);
      return first;
    },
    wordLetters(w) {
      const [k, j] = locateWord(w);
      return parts[k].nearMiss.wordLetters(j);
    },
    wordEntryCount(w) {
      const [k, j] = locateWord(w);
      let n = parts[k].nearMiss.wordEntryCount(j);
      for (const o of sameWord.get(w) ?? []) n += nearMiss.wordEntryCount(o);
      return n;
    },
    wordEntries(w) {
      const [k, j] = locateWord(w);
      const out = parts[k].nearMiss.wordEntries(j).map((e) => e + starts[k]);
      for (const o of sameWord.get(w) ?? []) out.push(...nearMiss.wordEntries(o));
      return out;
    },
    gramWords(gram) {
      const out: number[] = [];
      parts.forEach((p, k) => {
        for (const w of p.nearMiss.gramWords(gram)) out.push(w + wordStarts[k]);
      });
      return out;
    },
  };
  const elections = new Map<string, readonly number[]>();
  parts.forEach((p, k) => {
    for (const [country, list] of p.elections)
      elections.set(country, [...(elections.get(country) ?? []), ...list.map((i) => i + starts[k])]);
  });
  let all: KbEntity[] | undefined;
  return {
    size,
    entity(i) {
      if (i >= 0 && i < core.size) return core.entity(i);
      const [k, j] = locate(i);
      return parts[k].entity(j);
    },
    names(i) {
      if (i >= 0 && i < core.size) return core.names(i);
      const [k, j] = locate(i);
      return parts[k].names(j);
    },
    idOf(i) {
      const [k, j] = locate(i);
      return parts[k].idOf(j);
    },
    indexOf(id) {
      for (let k = 0; k < parts.length; k++) {
        const j = parts[k].indexOf(id);
        if (j !== undefined) return j + starts[k];
      }
      return undefined;
    },
    lookup(key) {
      // The core's own list when no pack has the key (the usual case): no copy.
      const first = core.lookup(key);
      let out: number[] | undefined;
      for (let k = 1; k < parts.length; k++) {
        const list = parts[k].lookup(key);
        if (!list) continue;
        out ??= first ? [...first] : [];
        for (const j of list) out.push(j + starts[k]);
      }
      if (!out) return first;
      // Each part's list is best prior first; merged, they are sorted again (stable: the core wins ties).
      return out.length > 1 ? out.sort((a, b) => priorOf(b) - priorOf(a)) : out;
    },
    continues: (key) => parts.some((p) => p.continues(key)),
    aliasKeyCount: parts.reduce((n, p) => n + p.aliasKeyCount, 0),
    *aliasEntries() {
      for (let k = 0; k < parts.length; k++)
        for (const [key, list] of parts[k].aliasEntries())
          yield [key, list.map((j) => j + starts[k])] as [string, readonly number[]];
    },
    priorOf,
    related(i) {
      const [k, j] = locate(i);
      return parts[k].related(j).map((r) => r + starts[k]);
    },
    leaders(i) {
      const [k, j] = locate(i);
      return parts[k].leaders(j);
    },
    domains: {
      get(domain) {
        for (let k = 0; k < parts.length; k++) {
          const i = parts[k].domains.get(domain);
          if (i !== undefined) return i + starts[k];
        }
        return undefined;
      },
    },
    elections,
    nearMiss,
    isPersonName: (word) => parts.some((p) => p.isPersonName(word)),
    maxTokens: Math.max(...parts.map((p) => p.maxTokens)),
    sources: Object.assign({}, ...parts.map((p) => p.sources)) as KnowledgeBase['sources'],
    get entities() {
      all ??= parts.flatMap((p) => p.entities);
      return all;
    },
  };
}

/**
 * The near-miss index, built with the KB file: every word (3+ letters) of every alias with the entries
 * that use it, and every trigram with the words that contain it. The linker reads it in place to find
 * the few hundred entries worth a fuse.js comparison ('Corbin' → 'corbyn' → Jeremy Corbyn).
 */
import { ByteWriter, compareUtf8, writeList, writeRecords } from './kb-bytes';
import type { SectionName } from './kb-file';

/**
 * Entries below this prior are too obscure to be what a misspelt name meant: the near-miss index leaves
 * them out (tens of thousands of towns, backbenchers and former players) and the linker ignores them.
 */
export const NEAR_MISS_MIN_PRIOR = 0.3;

/** Words shorter than this are not indexed (too many namesakes to narrow anything). */
export const MIN_WORD = 3;

/**
 * Only words in Latin letters (and digits) are indexed: a near miss is a misspelt name in English text, and the
 * names other scripts give places ('Мюнхен') would only grow the index.
 */
const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;

/** The trigrams of a word padded with '#': 'corbyn' → '#co', 'cor', …, 'yn#' (as many as its letters). */
export function trigrams(word: string): string[] {
  const w = `#${word}#`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

/** Build the sections from the alias keys (sorted) and their entry lists. */
export function buildNearMissIndex(
  keys: readonly string[],
  lists: readonly (readonly number[])[],
): {
  wordCount: number;
  gramCount: number;
  sections: Pick<Record<SectionName, Uint8Array>, 'words' | 'wordOffsets' | 'grams' | 'gramOffsets'>;
} {
  const byWord = new Map<string, Set<number>>();
  keys.forEach((key, k) => {
    if (key.startsWith('=') || !lists[k].length) return;
    for (const word of new Set(key.split(' '))) {
      if (word.length < MIN_WORD || !LATIN_WORD.test(word)) continue;
      let set = byWord.get(word);
      if (!set) byWord.set(word, (set = new Set()));
      for (const i of lists[k]) set.add(i);
    }
  });
  const words = [...byWord.keys()].sort(compareUtf8);
  const byGram = new Map<string, number[]>();
  words.forEach((word, w) => {
    for (const g of new Set(trigrams(word))) {
      let list = byGram.get(g);
      if (!list) byGram.set(g, (list = []));
      list.push(w);
    }
  });
  const grams = [...byGram.keys()].sort(compareUtf8);
  const wordTable = writeRecords(
    words.map((word) => {
      const entries = [...byWord.get(word)!].sort((a, b) => a - b);
      const w = new ByteWriter();
      w.string(word);
      w.varint(word.length);
      w.varint(entries.length);
      writeList(w, entries, true);
      return w.done();
    }),
  );
  const gramTable = writeRecords(
    grams.map((gram) => {
      const w = new ByteWriter();
      w.string(gram);
      w.varint(byGram.get(gram)!.length);
      writeList(w, byGram.get(gram)!, true);
      return w.done();
    }),
  );
  return {
    wordCount: words.length,
    gramCount: grams.length,
    sections: {
      words: wordTable.bytes,
      wordOffsets: wordTable.offsets,
      grams: gramTable.bytes,
      gramOffsets: gramTable.offsets,
    },
  };
}

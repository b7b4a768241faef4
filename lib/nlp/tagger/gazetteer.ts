/**
 * Name lists the tagger consults as features (countries, cities, first names, organisations…), matched on
 * lowercased token sequences. Shipped inside the model file, so training and runtime see the same lists.
 */

/** Lists by category: each entry is a lowercased name whose tokens are joined by single spaces. */
export type GazetteerLists = Record<string, string[]>;

/** A compiled gazetteer: which categories each token sequence belongs to. */
export interface Gazetteer {
  categories: string[];
  /** Lowercased, space-joined tokens → bit set of category indexes. */
  entries: Map<string, number>;
  /** Longest entry, in tokens. */
  maxTokens: number;
}

/** Compiles name lists for matching; at most 31 categories. */
export function compileGazetteer(lists: GazetteerLists): Gazetteer {
  const packed: Record<string, string> = {};
  for (const [category, names] of Object.entries(lists)) packed[category] = names.filter(Boolean).join('\n');
  return compilePackedGazetteer(packed);
}

/**
 * Compiles lists packed as one string per category, names separated by line breaks (the model file's form).
 * Scans the strings directly: loading the model stays in the tens of milliseconds.
 */
export function compilePackedGazetteer(packed: Record<string, string>): Gazetteer {
  const categories = Object.keys(packed).sort();
  if (categories.length > 31) throw new Error('A gazetteer holds at most 31 categories: merge some lists.');
  const entries = new Map<string, number>();
  let maxTokens = 0;
  categories.forEach((category, bit) => {
    const text = packed[category]!;
    let start = 0;
    let spaces = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 10;
      if (c === 32) spaces++;
      if (c !== 10) continue;
      if (i > start) {
        const name = text.slice(start, i);
        entries.set(name, (entries.get(name) ?? 0) | (1 << bit));
        if (spaces + 1 > maxTokens) maxTokens = spaces + 1;
      }
      start = i + 1;
      spaces = 0;
    }
  });
  return { categories, entries, maxTokens };
}

/**
 * For each token, the gazetteer marks it is part of: `category:B|I|L|U` (Begin, Inside, Last, Unit of a
 * listed name). Only the longest match starting at a token is kept per category.
 */
export function gazetteerMarks(gazetteer: Gazetteer, lowerWords: string[]): string[][] {
  const marks: string[][] = lowerWords.map(() => []);
  const n = lowerWords.length;
  for (let i = 0; i < n; i++) {
    if (!/[\p{L}\p{N}]/u.test(lowerWords[i]!)) continue;
    let seen = 0;
    let key = '';
    const limit = Math.min(gazetteer.maxTokens, n - i);
    const found: Array<[number, number]> = [];
    for (let len = 1; len <= limit; len++) {
      key = len === 1 ? lowerWords[i]! : `${key} ${lowerWords[i + len - 1]}`;
      const bits = gazetteer.entries.get(key);
      if (bits !== undefined) found.push([len, bits]);
    }
    for (let k = found.length - 1; k >= 0; k--) {
      const [len, bits] = found[k]!;
      const fresh = bits & ~seen;
      seen |= bits;
      if (!fresh) continue;
      gazetteer.categories.forEach((category, bit) => {
        if (!(fresh & (1 << bit))) return;
        if (len === 1) {
          marks[i]!.push(`${category}:U`);
          return;
        }
        marks[i]!.push(`${category}:B`);
        for (let j = i + 1; j < i + len - 1; j++) marks[j]!.push(`${category}:I`);
        marks[i + len - 1]!.push(`${category}:L`);
      });
    }
  }
  return marks;
}

/** Turning name lists from open data into gazetteer entries the tagger can match (pure; the training script reads the files). */
import type { GazetteerLists } from './gazetteer';
import { tokenize } from './tokenize';

/** A name as the gazetteer stores it: tokenised like running text, lowercased, tokens joined by single spaces. */
export function gazetteerName(name: string): string {
  return tokenize(name.normalize('NFC'))
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

/**
 * Adds `names` to `lists[category]`, skipping what would only add noise: empty names, names over
 * `maxTokens` tokens, and one-letter names.
 */
export function addGazetteerNames(
  lists: GazetteerLists,
  category: string,
  names: Iterable<string | undefined>,
  maxTokens = 6,
): void {
  const list = (lists[category] ??= []);
  for (const raw of names) {
    if (!raw) continue;
    const name = gazetteerName(raw);
    if (name.length < 2 || name.split(' ').length > maxTokens) continue;
    if (!/\p{L}/u.test(name)) continue;
    list.push(name);
  }
}

/** Sorted, de-duplicated lists, so the shipped file is the same on every build. */
export function tidyGazetteer(lists: GazetteerLists): GazetteerLists {
  const out: GazetteerLists = {};
  for (const category of Object.keys(lists).sort()) out[category] = [...new Set(lists[category])].sort();
  return out;
}

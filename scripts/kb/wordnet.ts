/**
 * Named people, places and bodies from WordNet 3.0 (Debian `wordnet-base`, WordNet licence): the instance
 * synsets of noun.person, noun.location and noun.group. Facts only: the names, the class the instance belongs
 * to ('writer', 'city'), the place it is part of (to find its country) and life years; the gloss is never
 * copied, the description is composed from those facts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, KbEntity } from '../../lib/kb/types';
import { slug } from './names';

/** Where Debian installs WordNet's database. */
export const WORDNET_DIR = process.env.FC_WORDNET_DIR ?? '/usr/share/wordnet';

interface Synset {
  offset: string;
  lexfile: number;
  words: string[];
  pointers: Array<[string, string]>;
  gloss: string;
}

/** noun.person, noun.location, noun.group, and noun.object: its instances are continents, seas, rivers, mountains. */
const LEXFILE_TYPE: Record<number, EntityType> = {
  18: 'person',
  15: 'place',
  14: 'organization',
  17: 'place',
};

function readSynsets(dir: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const [head, gloss = ''] = line.split(' | ');
    const f = head.split(' ');
    const wordCount = parseInt(f[3], 16);
    const words: string[] = [];
    for (let k = 0; k < wordCount; k++) words.push(f[4 + 2 * k].replace(/\(\w+\)$/, '').replace(/_/g, ' '));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: Array<[string, string]> = [];
    for (let k = 0; k < pointerCount; k++, at += 4) if (f[at + 2] === 'n') pointers.push([f[at], f[at + 1]]);
    out.set(f[0], { offset: f[0], lexfile: Number(f[1]), words, pointers, gloss: gloss.trim() });
  }
  return out;
}

/** Lowercase one-word lemmas of WordNet (any part of speech): ordinary words, which one-word aliases avoid. */
export function commonWords(dir = WORDNET_DIR): Set<string> {
  const out = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const path = join(dir, `data.${pos}`);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!/^\d{8} /.test(line)) continue;
      const f = line.slice(0, line.indexOf(' | ')).split(' ');
      const n = parseInt(f[3], 16);
      // The lemma as WordNet writes it: 'palace' is a word, 'Barcelona' (index 'barcelona') is a name.
      for (let k = 0; k < n; k++) {
        const w = f[4 + 2 * k].replace(/\(\w+\)$/, '');
        if (/^[a-z][a-z-]*$/.test(w)) out.add(w);
      }
    }
  }
  return out;
}

/**
 * WordNet instance entries. `placeCountry` maps a place name (country, US state) to its ISO code, for
 * the country of what lies in it; `demonyms` maps 'American', 'English'… to codes for people.
 * `personNames` (given and family names) keeps one-word people out unless the word is no common name.
 */
export function wordnetEntities(
  placeCountry: Map<string, string>,
  demonyms: Map<string, string>,
  personNames: Set<string>,
  /** Popular English Wikipedia titles, lowercase: a person's name as its article has it is the one shown. */
  popular: Set<string> = new Set(),
  dir = WORDNET_DIR,
): KbEntity[] {
  if (!existsSync(join(dir, 'data.noun')))
    throw new Error(
      `KB build: WordNet not found in ${dir}. Install it with 'apt-get install wordnet-base' (or set FC_WORDNET_DIR).`,
    );
  const synsets = readSynsets(dir);
  const countryOf = (s: Synset, depth = 0): string | undefined => {
    for (const w of s.words) if (placeCountry.has(w)) return placeCountry.get(w);
    if (depth > 4) return undefined;
    for (const [sym, target] of s.pointers) {
      if (sym !== '#p') continue;
      const parent = synsets.get(target);
      const c = parent && countryOf(parent, depth + 1);
      if (c) return c;
    }
    return undefined;
  };
  const out: KbEntity[] = [];
  const used = new Set<string>();
  for (const s of synsets.values()) {
    const type = LEXFILE_TYPE[s.lexfile];
    if (!type) continue;
    const classes = s.pointers.filter(([sym]) => sym === '@i').map(([, t]) => synsets.get(t)?.words[0]);
    if (!classes.length || !classes[0]) continue;
    const names = s.words.filter((w) => /^\p{Lu}/u.test(w));
    if (!names.length) continue;
    let name = names[0];
    if (type === 'person') {
      // 'Isaac Newton' (the article's title) before 'Sir Isaac Newton', else the longest full name.
      const full =
        names.find((n) => n.includes(' ') && popular.has(n.toLowerCase())) ??
        names.filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length)[0];
      if (full) name = full;
      else if (personNames.has(name) || name.length < 4) continue;
    }
    // Postal codes ('OR', 'ME', 'HI') spell words: no two-letter capitals, and none up to three for places.
    const aliases = names.filter(
      (n) =>
        n !== name &&
        (type !== 'person' || n.includes(' ')) &&
        !/^[A-Z]{1,2}$/.test(n) &&
        !(type === 'place' && /^[A-Z]{3}$/.test(n)),
    );
    // 'European country', 'African nation': a country, as world-countries calls it (so the two join).
    // WordNet's 'terrorist organization' is a designation, not a neutral class: 'armed group' on a card.
    const kind =
      /\b(country|nation)$/i.test(classes[0]) && type === 'place'
        ? 'country'
        : /terrorist/i.test(classes[0])
          ? 'armed group'
          : classes[0].toLowerCase();
    let country: string | undefined;
    if (type === 'person') {
      const lead = s.gloss.replace(/^(an?|the)\s+/i, '');
      for (const [d, code] of demonyms) if (lead.startsWith(d + ' ')) country = code;
    } else country = countryOf(s) ?? (placeCountry.has(name) ? placeCountry.get(name) : undefined);
    const years = s.gloss.match(/\((?:born in |born )?(\d{3,4})(?:-(\d{3,4}))?\)\s*$/);
    const life = years ? (years[2] ? ` (${years[1]}–${years[2]})` : ` (born ${years[1]})`) : '';
    let id = `wn-${slug(name)}`;
    if (used.has(id)) id = `${id}-${slug(kind)}`;
    if (used.has(id)) id = `${id}-${s.offset}`;
    used.add(id);
    out.push({
      id,
      type,
      kind,
      name,
      ...(aliases.length ? { aliases } : {}),
      ...(country ? { country } : {}),
      description: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${life}.`,
      prior: 0.5,
      sources: ['wordnet'],
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

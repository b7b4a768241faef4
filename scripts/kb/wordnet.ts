/**
 * Named people, places and bodies from WordNet 3.0 (Debian `wordnet-base`, WordNet licence): the instance
 * synsets of noun.person, noun.location and noun.group; and, where the name is a popular English Wikipedia
 * title (a name worth knowing), the named events (wars, battles, revolutions), buildings and landmarks, and
 * the named bodies WordNet files as kinds rather than instances ('Royal Society', 'Catholic Church').
 * Facts only: the names, the class the instance belongs to ('writer', 'city'), the place it is part of (to
 * find its country) and life years; the gloss is never copied, the description is composed from those facts.
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

/** noun.act and noun.event (wars, battles, revolutions) and noun.artifact (buildings): taken only under popular names. */
const POPULAR_ONLY_LEXFILE = new Set([4, 6, 11]);
/** noun.group */
const GROUP_LEXFILE = 14;

/** Artifacts that are places a reader looks up: buildings, monuments, works of engineering (not ships, seals, chests). */
const BUILDING_KIND =
  /\b(tower|bridge|building|museum|palace|castle|cathedral|church|mosque|temple|shrine|dam|canal|wall|rampart|fortification|fortress|stadium|skyscraper|residence|prison|monument|memorial|library|theater|theatre|opera house|hotel|airport|gallery|abbey|ziggurat|pyramid|tomb|mausoleum|clock|university|college|school|academy|observatory|arch|statue|park)\b/;
/** A body WordNet files as a kind that is a state in history ('Holy Roman Empire', 'Weimar Republic'): a place. */
const STATE_KIND = /\b(empire|republic|reich|kingdom|political unit|democracy|commonwealth|caliphate)\b/;
/**
 * Waters whose name says what they are ('Arabian Sea', 'Gulf of Aden', 'Strait of Hormuz', 'Tampa Bay'), and the
 * planets ('Earth', 'Venus'): English Wikipedia titles their articles with that name. Other kinds of place are
 * often titled otherwise ('Namib' of 'Namib Desert', 'Lake Malawi' of 'Lake Nyasa', 'Orkney' of 'Orkney Islands').
 */
const TITLED_BY_NAME: Array<{ kind: RegExp; name: RegExp }> = [
  { kind: /^(sea|gulf|bay|strait)$/, name: /\b(Sea|Gulf|Bay|Strait)\b/ },
  { kind: /^(terrestrial|jovian) planet$/, name: /^\p{Lu}\p{Ll}+$/u },
];

/** Words a proper name may leave lowercase ('Bank of England', 'Hundred Years' War'). */
const NAME_FUNCTION_WORD = /^(of|the|and|for|in|on|at|de|du|la|le|von|van|der|del|y|to)$/;

/** Every word capitalised, or a function word, or a number ('World War II', 'Battle of Britain'; not 'Mandelbrot set'). */
function isProperName(name: string): boolean {
  return name.split(' ').every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_FUNCTION_WORD.test(w));
}

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

/** Words that say what kind of event a name is. */
const EVENT_KIND = /\b(war|battle|revolution|rebellion|uprising|siege|crisis|massacre|revolt|invasion)\b/i;

/**
 * `alias` calls the event another kind of event than its class `head` and its `name` do ('American
 * Revolutionary War' of the revolution 'American Revolution'): another article's name.
 */
export function namesOtherEventKind(alias: string, head: string, name: string): boolean {
  const kind = EVENT_KIND.exec(alias)?.[1].toLowerCase();
  return Boolean(kind && kind !== head && !name.toLowerCase().includes(kind));
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
  const pending: Array<{ entry: KbEntity; offset: string }> = [];
  const used = new Set<string>();
  const uniqueId = (name: string, kind: string, offset: string): string => {
    let id = `wn-${slug(name)}`;
    if (used.has(id)) id = `${id}-${slug(kind)}`;
    if (used.has(id)) id = `${id}-${offset}`;
    used.add(id);
    return id;
  };
  const common = commonWords(dir);
  for (const s of synsets.values()) {
    let type = LEXFILE_TYPE[s.lexfile];
    const popularOnly = POPULAR_ONLY_LEXFILE.has(s.lexfile);
    if (!type && !popularOnly) continue;
    const instanceOf = s.pointers.filter(([sym]) => sym === '@i').map(([, t]) => synsets.get(t)?.words[0]);
    const names = s.words.filter((w) => /^\p{Lu}/u.test(w));
    if (!names.length) continue;
    // The first of its names (WordNet lists the usual one first) that is a popular Wikipedia title, or a later
    // one that extends it ('Lake Erie' of 'Erie'; 'World War II', not 'Second World War').
    const popularNames = names.filter((n) => popular.has(n.toLowerCase()) && isProperName(n));
    const popularName =
      popularNames.find(
        (n) => popularNames[0] && n !== popularNames[0] && n.split(' ').includes(popularNames[0]),
      ) ?? popularNames[0];
    let classes = instanceOf;
    if (!classes.length) {
      // A named body WordNet files as a kind ('Royal Society' is a kind of scientific organisation): its
      // hypernym is the class, and the name must be a popular title that is not an ordinary word.
      if (s.lexfile !== GROUP_LEXFILE || !popularName) continue;
      if (!popularName.includes(' ') && common.has(popularName.toLowerCase())) continue;
      classes = s.pointers.filter(([sym]) => sym === '@').map(([, t]) => synsets.get(t)?.words[0]);
    }
    if (!classes.length || !classes[0]) continue;
    const cls = classes[0].toLowerCase();
    if (popularOnly) {
      // Events and buildings only under a popular name of two words or more ('Battle of Britain', 'Big Ben';
      // not the siege called 'Lucknow').
      if (!popularName?.includes(' ')) continue;
      if (s.lexfile === 6) {
        if (!BUILDING_KIND.test(cls)) continue;
        type = /university|college|school|academy/.test(cls) ? 'organization' : 'place';
      } else type = 'event';
    } else if (type === 'organization' && !instanceOf.length && STATE_KIND.test(cls)) type = 'place';
    // An event is named by the name that says what it was ('American Revolutionary War', a war; not
    // 'American Revolution', another article).
    const head = cls.split(' ').pop() ?? '';
    const eventName =
      type === 'event' ? popularNames.find((n) => n.toLowerCase().split(' ').includes(head)) : undefined;
    let name = type === 'person' || !popularName ? names[0] : (eventName ?? popularName);
    if (type === 'person') {
      // 'Isaac Newton' (the article's title) before 'Sir Isaac Newton', else the longest full name.
      const full =
        names.find((n) => n.includes(' ') && popular.has(n.toLowerCase())) ??
        names.filter((n) => n.includes(' ')).sort((a, b) => b.length - a.length)[0];
      if (full) name = full;
      else if (personNames.has(name) || name.length < 4) continue;
    }
    // Postal codes ('OR', 'ME', 'HI') spell words: no two-letter capitals, and none up to three for places.
    const named = names.filter(
      (n) =>
        n !== name &&
        (type !== 'person' || n.includes(' ')) &&
        !/^[A-Z]{1,2}$/.test(n) &&
        !(type === 'place' && /^[A-Z]{3}$/.test(n)),
    );
    // 'European country', 'African nation': a country, as world-countries calls it (so the two join).
    // WordNet's 'terrorist organization' is a designation, not a neutral class: 'armed group' on a card.
    const kind =
      /\b(country|nation)$/i.test(classes[0]) && type === 'place' && instanceOf.length
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
    // A person's life years ('born 1946' when only one); an event's years ('1939–1945', '1066').
    const life = years
      ? years[2]
        ? ` (${years[1]}–${years[2]})`
        : type === 'person'
          ? ` (born ${years[1]})`
          : ` (${years[1]})`
      : '';
    // WordNet files some events under the names of two articles: 'American Revolution' (a revolution) with
    // 'American Revolutionary War' (a war). A name that calls it another kind of event is the other article's.
    const otherArticle = type === 'event' ? named.filter((n) => namesOtherEventKind(n, head, name)) : [];
    const aliases = named.filter((n) => !otherArticle.includes(n));
    aliases.splice(0, aliases.length, ...aliases.filter((n) => !otherArticle.includes(n)));
    const secondary = popularOnly || !instanceOf.length;
    // A named body's or building's all-capital names are acronyms ('NASA', 'FDA'), not further names.
    const acronyms = secondary ? aliases.filter((n) => /^[A-Z]{2,}$/.test(n)) : [];
    const entry: KbEntity = {
      id: '',
      type,
      kind,
      name,
      ...(aliases.length > acronyms.length ? { aliases: aliases.filter((n) => !acronyms.includes(n)) } : {}),
      ...(acronyms.length ? { acronyms } : {}),
      ...(country ? { country } : {}),
      description: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${life}.`,
      prior: 0.5,
      sources: ['wordnet'],
    };
    const split = otherArticle.find((n) => popular.has(n.toLowerCase()));
    if (split) {
      const splitKind = EVENT_KIND.exec(split)![1].toLowerCase();
      const rest = otherArticle.filter((n) => n !== split);
      pending.push({
        entry: {
          ...entry,
          name: split,
          kind: splitKind,
          ...(rest.length ? { aliases: rest } : {}),
          description: `${splitKind.charAt(0).toUpperCase()}${splitKind.slice(1)}${life}.`,
        },
        offset: `${s.offset}-${splitKind}`,
      });
    }
    if (secondary) {
      if (!/^[A-Z]{2,}$/.test(name)) pending.push({ entry, offset: s.offset });
      continue;
    }
    if (type === 'place' && TITLED_BY_NAME.some((t) => t.kind.test(kind) && t.name.test(name)))
      entry.wikipedia = name;
    out.push({ ...entry, id: uniqueId(name, kind, s.offset) });
  }
  // Events, buildings and bodies filed as kinds come second: they keep no name an instance has ('Europe' the
  // continent, not WordNet's 'Europe' the collection of countries), and the instances keep their ids.
  const instanceNames = new Set(
    out.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map((n) => n.toLowerCase()),
  );
  for (const { entry, offset } of pending) {
    if (instanceNames.has(entry.name.toLowerCase())) continue;
    const aliases = entry.aliases?.filter((n) => !instanceNames.has(n.toLowerCase()));
    // 'USA' is the country's, not the army's.
    const acronyms = entry.acronyms?.filter((n) => !instanceNames.has(n.toLowerCase()));
    const added: KbEntity = { ...entry, id: uniqueId(entry.name, entry.kind!, offset) };
    if (aliases?.length) added.aliases = aliases;
    else delete added.aliases;
    if (acronyms?.length) added.acronyms = acronyms;
    else delete added.acronyms;
    // An event's name here is its popular article's title, in WordNet's capitals ('Battle of Britain').
    if (added.type === 'event') added.wikipedia = added.name;
    out.push(added);
    secondaryEntries.add(added);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The entries of wordnetEntities that are no instances of a class in WordNet's own lexicon of names (events,
 * buildings, bodies filed as kinds): they join an entry of the KB that has their name but add to it only
 * names that are no ordinary words ('Harvard', not 'Supreme Court').
 */
export const secondaryEntries = new WeakSet<KbEntity>();

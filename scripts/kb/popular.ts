/**
 * Two name lists from npm: compromise-wikipedia (MIT; 38,041 popular English Wikipedia titles, lowercase,
 * without their parenthesised qualifiers) as a popularity prior and a source of titles for entries whose name
 * is a popular title; @cspell/dict-people-names (MIT; given and family names) as a person-name signal.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { normaliseAlias } from '../../lib/kb/normalise';
import type { KbEntity } from '../../lib/kb/types';
import { slug } from './names';

const require = createRequire(import.meta.url);

/** The popular titles, lowercase (efrt-packed in the package; unpacked here, nothing executed from it but efrt). */
export async function popularTitles(): Promise<Set<string>> {
  const efrt = 'efrt';
  const { unpack } = (await import(efrt)) as { unpack(packed: string): Record<string, boolean> };
  const dir = join(dirname(require.resolve('compromise-wikipedia')), '..');
  const model = (await import(join(dir, 'src/_model.js'))) as { default: string };
  return new Set(Object.keys(unpack(model.default)));
}

/** Given and family names, as written ('Aaron', 'Abbott'). */
export function personNames(): Set<string> {
  const path = join(
    dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')),
    'dict/people-names.txt',
  );
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

/**
 * Popular entries get a higher prior; an entry whose name is a popular title and which is the only entry of
 * that name (of any type: 'Georgia' the country and the state are two) gets the title, with the entry's own
 * capitalisation. Returns how many priors were raised and titles added.
 */
export function applyPopularity(
  entities: KbEntity[],
  titles: Set<string>,
): { raised: number; titled: number } {
  const byName = new Map<string, number>();
  for (const e of entities) {
    const k = normaliseAlias(e.name);
    byName.set(k, (byName.get(k) ?? 0) + 1);
    for (const a of e.aliases ?? []) {
      const ka = normaliseAlias(a);
      if (ka !== k) byName.set(ka, (byName.get(ka) ?? 0) + 1);
    }
  }
  const acronymCount = new Map<string, number>();
  for (const e of entities)
    for (const a of e.acronyms ?? []) acronymCount.set(a, (acronymCount.get(a) ?? 0) + 1);
  let raised = 0;
  let titled = 0;
  for (const e of entities) {
    const key = e.name.toLowerCase();
    // An organisation known by its acronym has its article there ('NASA'): four letters or more, one entry.
    const acronym = (e.type === 'organization' ? (e.acronyms ?? []) : []).find(
      (a) =>
        /^[A-Z]{4,}$/.test(a) &&
        titles.has(a.toLowerCase()) &&
        acronymCount.get(a) === 1 &&
        byName.get(normaliseAlias(a)) === undefined,
    );
    const popular =
      acronym !== undefined ||
      titles.has(key) ||
      (e.aliases ?? []).some((a) => a.includes(' ') && titles.has(a.toLowerCase())) ||
      (e.wikipedia !== undefined && titles.has(e.wikipedia.replace(/\s*\([^)]*\)$/, '').toLowerCase()));
    if (!popular) continue;
    // A popular name is likelier meant when it is mentioned; the bonus is small beside the evidence of context.
    const prior = Math.min(1, Math.round(((e.prior ?? 0.2) * 0.6 + 0.4) * 100) / 100);
    if (prior > (e.prior ?? 0)) {
      e.prior = prior;
      raised++;
    }
    if (e.wikipedia || e.type === 'event') continue;
    // The name, else an alias that extends it ('New York City' of the city called 'New York'; not 'Edo'
    // of Tokyo, a former name), that only this entry has.
    // A university's other word order is ours ('Durham University' of 'University of Durham'): either may be the title.
    const extended = (e.aliases ?? []).filter(
      (a) => a.startsWith(`${e.name} `) || (e.kind === 'university' && /\bUniversity\b/.test(a)),
    );
    const title = [e.name, ...extended].find(
      (n) => titles.has(n.toLowerCase()) && byName.get(normaliseAlias(n)) === 1 && /^\p{Lu}/u.test(n),
    );
    if (title ?? acronym) {
      e.wikipedia = title ?? acronym;
      titled++;
    }
  }
  return { raised, titled };
}

/**
 * Titles only, no priors: an entry without a title whose name is a popular title that no other entry of `entities`
 * bears gets it ('American Airlines' in the share-alike pack, whose names the core does not have). Returns how
 * many titles were added.
 */
export function applyPopularNamesAsTitles(entities: KbEntity[], titles: Set<string>): number {
  const count = new Map<string, number>();
  for (const e of entities)
    for (const n of new Set([e.name, ...(e.aliases ?? [])].map((a) => normaliseAlias(a))))
      count.set(n, (count.get(n) ?? 0) + 1);
  let titled = 0;
  for (const e of entities) {
    if (e.wikipedia || !/^\p{Lu}/u.test(e.name) || !titles.has(e.name.toLowerCase())) continue;
    if (count.get(normaliseAlias(e.name)) !== 1) continue;
    e.wikipedia = e.name;
    titled++;
  }
  return titled;
}

/**
 * Popular titles by their letters without accents, for the titles that have accents ('francois truffaut' →
 * 'françois truffaut'); a folded form that two titles share is left out.
 */
export function accentedTitles(titles: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const t of titles) {
    const key = fold(t);
    if (key === t) continue;
    if (out.has(key) || titles.has(key)) shared.add(key);
    out.set(key, t);
  }
  for (const k of shared) out.delete(k);
  return out;
}

/**
 * `name` with the accents of `accented`, the same letters without their marks, in `name`'s capitals
 * ('Francois Truffaut' + 'françois truffaut' → 'François Truffaut'); undefined when the letters differ.
 */
export function withAccents(name: string, accented: string): string | undefined {
  const a = [...accented.normalize('NFC')];
  const n = [...name];
  if (a.length !== n.length) return undefined;
  let out = '';
  for (let i = 0; i < n.length; i++) {
    if (fold(a[i]) !== n[i].toLowerCase()) return undefined;
    out += n[i] === n[i].toLowerCase() ? a[i] : a[i].toUpperCase();
  }
  return out;
}

/**
 * WordNet writes names without accents ('Francois Truffaut', 'Luis Bunuel'); Wikipedia titles them with theirs.
 * A WordNet entry without a title whose name is, but for its accents, a popular title that no other entry's name
 * folds to gets that title, and shows its name accented (the plain spelling stays an alias). Runs after
 * applyPopularity. Returns how many titles were added.
 */
export function applyAccentedTitles(entities: KbEntity[], titles: Set<string>): number {
  const accented = accentedTitles(titles);
  const count = new Map<string, number>();
  for (const e of entities)
    for (const n of new Set([e.name, ...(e.aliases ?? [])].map((a) => fold(a).toLowerCase())))
      count.set(n, (count.get(n) ?? 0) + 1);
  let titled = 0;
  for (const e of entities) {
    if (e.wikipedia || !e.sources.includes('wordnet') || fold(e.name) !== e.name) continue;
    const key = e.name.toLowerCase();
    const title = accented.get(key);
    if (!title || count.get(key) !== 1) continue;
    const name = withAccents(e.name, title);
    if (!name) continue;
    e.aliases = [...new Set([...(e.aliases ?? []), e.name])].sort();
    e.name = name;
    e.wikipedia = name;
    titled++;
  }
  return titled;
}

/** 'Genève' → 'Geneve'. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** A city takes its bare name's title only when it has at least this many people… */
const CITY_TITLE_MIN_POPULATION = 100_000;
/** …and this many times as many as any other place of that name ('Paris' is the French capital, not Paris, Texas)… */
const CITY_TITLE_RATIO = 6;
/**
 * …or twice as many as a US town of the name: Wikipedia titles US towns 'Town, State' (places.ts), so one holds
 * the bare title only when it is by far the better known ('Manchester' is the English city, not Manchester, New
 * Hampshire; 'Birmingham' the English one, not Birmingham, Alabama).
 */
const CITY_TITLE_RATIO_OVER_US_TOWN = 2;
/**
 * A city outside the US whose name is a popular Wikipedia title (or a national capital's name) gets that title when it is by far the largest place
 * of the name and no entry of another kind bears the name ('Singapore' the country, 'Georgia' the state): English
 * Wikipedia titles the article of such a city with its bare name ('Berlin', 'Istanbul', 'Birmingham'). US towns have
 * their titles already ('Berkeley, California', see places.ts). Returns how many titles were added. (A large city
 * whose name is not on the list was tried and left out: its GeoNames name is too often not the English title,
 * 'Hannover', 'Basrah', 'Nizhniy Novgorod', or a prefecture's too, 'Chiba'.)
 */
export function applyCityTitles(entities: KbEntity[], titles: Set<string>): number {
  const places = new Map<string, KbEntity[]>();
  const others = new Set<string>();
  for (const e of entities) {
    if (e.type === 'place')
      for (const n of new Set([e.name, ...(e.aliases ?? [])].map((a) => normaliseAlias(a)))) {
        const list = places.get(n);
        if (list) list.push(e);
        else places.set(n, [e]);
      }
    if (e.type !== 'place' || !/city$/.test(e.kind ?? '')) others.add(normaliseAlias(e.name));
  }
  let titled = 0;
  for (const e of entities) {
    if (e.wikipedia || e.country === 'US' || !/city$/.test(e.kind ?? '')) continue;
    const own = e.population ?? 0;
    if (own < CITY_TITLE_MIN_POPULATION) continue;
    // The name, or its English form ('Geneva' of 'Genève'); never a former name ('Constantinople').
    const english = (e.aliases ?? []).filter(
      (a) =>
        fold(a) === fold(e.name) || (/^[A-Z][a-z]+$/.test(a) && a.slice(0, 4) === fold(e.name).slice(0, 4)),
    );
    const title = [e.name, ...english].find((n) => {
      const key = normaliseAlias(n);
      // A national capital's article has its bare name whenever no larger place shares it ('Paris', missing
      // from the popular list); any other city needs its name on the list.
      const popular = titles.has(n.toLowerCase());
      const known = popular || (e.kind === 'capital city' && n === e.name);
      if (n.includes(',') || !/^\p{Lu}/u.test(n) || !known || others.has(key)) return false;
      return (places.get(key) ?? []).every(
        (p) =>
          p === e ||
          (p.population ?? 0) *
            (popular && p.country === 'US' && p.wikipedia?.includes(',')
              ? CITY_TITLE_RATIO_OVER_US_TOWN
              : CITY_TITLE_RATIO) <=
            own,
      );
    });
    if (title) {
      e.wikipedia = title;
      titled++;
    }
  }
  return titled;
}

/** Last words that make a name a place, a building or a work rather than a person ('Lincoln Park'). */
const NOT_A_SURNAME = new Set(
  'academy airport avenue award awards band bay beach boulevard bridge building castle cathedral center centre church city college county cup dam drive field forest foundation hall harbor harbour heights highway hill hills hospital hotel house institute island islands lake library line mall manor memorial mountain museum palace park place prize road school show square stadium station street theater theatre tower trophy university valley way'.split(
    ' ',
  ),
);

/**
 * People among the popular Wikipedia titles (the list is lowercase): two or three words, the first a given name
 * in compromise's lexicon, every other word a name of @cspell/dict-people-names (or a middle initial), which also
 * gives each word its capitalisation ('george mcgovern' → 'George McGovern'). A title with a word the dictionary
 * lacks is left out: its capitalisation cannot be known, and Wikipedia titles are case-sensitive.
 */
export async function popularPeople(titles: Set<string>, people: Set<string>): Promise<string[]> {
  const name = 'compromise';
  const nlp = (await import(name)) as {
    default: { model(): { one: { lexicon: Record<string, string | string[]> } } };
  };
  const lexicon = nlp.default.model().one.lexicon;
  const given = (w: string) => [lexicon[w] ?? []].flat().some((t) => /^(Male|Female|First)Name$/.test(t));
  // The dictionary's spelling of each word; 'McGovern' before 'Mcgovern' when it has both.
  const cased = new Map<string, string>();
  for (const n of [...people].sort()) {
    const k = n.toLowerCase();
    const had = cased.get(k);
    if (!had || n.replace(/[^A-Z]/g, '').length > had.replace(/[^A-Z]/g, '').length) cased.set(k, n);
  }
  const out: string[] = [];
  for (const t of titles) {
    const w = t.split(' ');
    if (w.length < 2 || w.length > 3 || !given(w[0]) || NOT_A_SURNAME.has(w[w.length - 1])) continue;
    const words = w.map((x, i) =>
      i > 0 && i < w.length - 1 && /^[a-z]\.$/.test(x) ? x.toUpperCase() : cased.get(x),
    );
    if (words.every((x) => x && /^\p{Lu}/u.test(x))) out.push(words.join(' '));
  }
  return out.sort();
}

/** Small words that join a topic's words, never a person's names ('Abraham in Islam', 'Emily in Paris'). */
const TOPIC_JOINERS = new Set(['in', 'on', 'at', 'and', 'for', 'with', 'from', 'to']);

/** Peoples of history whose adjective names a period of a place ('Roman Britain', 'Norman England'). */
const PEOPLES_OF_HISTORY = new Set([
  'Roman',
  'Greek',
  'Byzantine',
  'Ottoman',
  'Viking',
  'Norman',
  'Saxon',
  'Celtic',
]);

/**
 * A popular title that reads as a given and a family name but names a topic: a joining word between its words
 * ('Abraham in Islam'), or a people's adjective before a place ('Roman Britain': the province, not a man called
 * Roman). `isPlace` says whether a word names a country or a region; `isPeople` whether it is a demonym.
 */
export function namesATopic(
  name: string,
  isPlace: (word: string) => boolean,
  isPeople: (word: string) => boolean,
): boolean {
  const words = name.split(' ');
  if (words.slice(1, -1).some((w) => TOPIC_JOINERS.has(w.toLowerCase()))) return true;
  const first = words[0];
  return (PEOPLES_OF_HISTORY.has(first) || isPeople(first)) && isPlace(words[words.length - 1]);
}

/**
 * Entries for the popular people whose name no entry has (of any type): the title is the article's, the prior that
 * of a popular name. Returns the entries.
 */
export function popularPeopleEntities(names: string[], taken: (name: string) => boolean): KbEntity[] {
  return names
    .filter((n) => !taken(n))
    .map((n) => ({
      id: `person-${slug(n)}-wp`,
      type: 'person' as const,
      name: n,
      description: 'Subject of a widely read English Wikipedia article.',
      wikipedia: n,
      prior: 0.4,
      sources: ['compromise-wikipedia'],
    }));
}

/** 'Kyoto University', 'University of Ghana', 'Cleveland State University': English names as Wikipedia titles them. */
const ENGLISH_UNIVERSITY = /^(University of \p{Lu}[\p{L}'-]+|(\p{Lu}[\p{L}'-]+ ){1,2}(State )?University)$/u;

/**
 * A university whose name is written the English way ('Kyoto University', 'University of Ghana') and that no other
 * entry bears has its article under that name. Runs after the popular titles. Returns how many titles were added.
 */
export function applyUniversityTitles(entities: KbEntity[]): number {
  const count = new Map<string, number>();
  for (const e of entities)
    for (const n of new Set([e.name, ...(e.aliases ?? [])].map((a) => normaliseAlias(a))))
      count.set(n, (count.get(n) ?? 0) + 1);
  let titled = 0;
  for (const e of entities) {
    if (e.kind !== 'university' || e.wikipedia || !ENGLISH_UNIVERSITY.test(e.name)) continue;
    if (count.get(normaliseAlias(e.name)) !== 1) continue;
    e.wikipedia = e.name;
    titled++;
  }
  return titled;
}

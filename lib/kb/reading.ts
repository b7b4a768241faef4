/**
 * Reading names as a person would: a person's full name against a bare surname, role words before a
 * name, spelling variants of a whole name against a near miss that swaps a word, generic institution
 * names that only the story's country can resolve, and sports stories where a city is a team.
 */
import { normaliseAlias } from './normalise';

/** Titles and role words written before a person's name ('President Obama', 'Sen. Warren'). */
const TITLE =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|president|vice[- ]president|prime minister|pm|premier|chancellor|senator|sen|rep|representative|congressman|congresswoman|gov|governor|mayor|minister|secretary|speaker|justice|judge|chief justice|king|queen|prince|princess|pope|rev|reverend|general|gen|col|capt|former|the|then|late)\.?\s+/i;

/** Role words that point to one office holder when the article names only a surname. */
const ROLE_WORD =
  /\b(president|vice[- ]president|prime minister|premier|chancellor|senator|sen|rep|representative|congressman|congresswoman|governor|gov|mayor|minister|secretary|speaker|leader|king|queen|pope|justice)\.?\s+$/i;

/** A person's name without titles, and the words of what is left. */
export function bareName(name: string): { bare: string; words: string[] } {
  let out = name.trim().replace(/['’]s$/u, '');
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(TITLE, '');
  }
  const words = normaliseAlias(out).split(' ').filter(Boolean);
  return { bare: out, words };
}

/** True when the name is a person's full name (given and family name, or more), not a lone word. */
export function isFullName(name: string): boolean {
  return bareName(name).words.length >= 2;
}

/** The role word written right before a mention ('President' in 'President Trump'), if any. */
export function roleWordBefore(text: string, start: number): string | undefined {
  const m = ROLE_WORD.exec(text.slice(Math.max(0, start - 30), start));
  return m ? m[1].toLowerCase() : undefined;
}

/** Titles of other walks of life: 'Councillor Johnson', 'Detective Clinton', 'Coach Obama' is not the office holder. */
const OTHER_TITLE =
  /\b(councillor|cllr|alderman|detective|det|officer|constable|pc|sergeant|sgt|inspector|superintendent|sheriff|deputy|coach|manager|captain|capt|skipper|dr|doctor|professor|prof|nurse|pastor|father|rev|reverend|rabbi|imam|judge|headteacher|principal)\.?\s+$/i;

/**
 * The title of another walk of life written right before a mention ('Councillor' in 'Councillor Johnson'),
 * unless the entry's own roles name it ('Judge' before a judge's surname).
 */
export function otherTitleBefore(
  text: string,
  start: number,
  roles: readonly string[] = [],
): string | undefined {
  const m = OTHER_TITLE.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return undefined;
  const title = m[1].toLowerCase();
  return roles.some((r) => r.toLowerCase().includes(title)) ? undefined : title;
}

/** "the Obama administration", "the Biden government": a surname used for the head of a government. */
export function headOfGovernmentAfter(text: string, end: number): boolean {
  return /^['’]?s?\s+(?:administration|government|presidency|cabinet|white house)\b/i.test(
    text.slice(end, end + 25),
  );
}

/** Words that alone name no particular institution: 'the Senate' means the Senate of the story's country. */
const GENERIC_WORDS = new Set(
  (
    'the of and for senate house congress parliament parliamentary assembly national federal supreme high court ' +
    'courts constitutional appeal appeals justice ministry department office government cabinet council state ' +
    'central bank reserve system fed treasury labour labor party conservative conservatives liberal liberals ' +
    'democratic democrats democrat republican republicans green greens socialist socialists social christian ' +
    'people peoples workers union progressive new reform unity independent nationalist communist police army ' +
    'navy air force forces military defence defense home foreign affairs interior finance health education ' +
    'environment transport election elections general presidential legislative legislature commons lords ' +
    'representatives opposition coalition alliance front movement prime minister president chancellor mayor ' +
    'governor secretary premier attorney prosecutor'
  ).split(' '),
);

/** True when every word of the alias is generic ('Supreme Court', 'Labour Party', 'the Senate'). */
export function isGenericName(alias: string): boolean {
  const words = normaliseAlias(alias).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w));
}

/** Words a sports report uses; several of them make a city named as an organisation a team. */
const SPORTS =
  /\b(?:beat|beats|beaten|drew|draw|defeated|defeat|fixtures?|league|cup|match(?:es)?|season|coach|striker|midfielder|goalkeeper|quarterback|pitcher|innings|wickets?|touchdowns?|goals?|scored|halftime|half-time|playoffs?|semi-?finals?|quarter-?finals?|championship|tournament|standings|stadium|squad|manager)\b|\b\d{1,3}-\d{1,3}\b/gi;

/** True when the text reads as a sports report (at least four sports words or scores). */
export function isSportsContext(text: string | undefined): boolean {
  if (!text) return false;
  SPORTS.lastIndex = 0;
  let n = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  while (SPORTS.exec(sample)) if (++n >= 4) return true;
  return false;
}

/** Edit distance counting a swap of neighbours as one edit ('Centre' / 'Center'), capped above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

const SKIP = new Set(['the', 'of', 'and', 'de', 'la', 'le', 'der', 'von', 'van', 'al', 'el', 'bin', 'ibn']);

/**
 * Two words spelled alike: equal, an initial of the other, or a typo apart (one edit, two in long words) with
 * the same first letter: 'Bollywood' is not a misspelt 'Hollywood', nor 'Fulham' of 'Oldham'.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  if (a[0] !== b[0]) return false;
  const max = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return editDistance(a, b, max) <= max;
}

/**
 * True when `alias` is a spelling variant of the whole of `query`: the same words in any order, each
 * equal, an initial, or a typo apart (accents and punctuation already folded). A different distinctive
 * word ('Boston Celtics' / 'Boston Globe', 'Hyundai Motor' / 'Honda Motor') is not a variant.
 */
export function isSpellingVariant(query: string, alias: string): boolean {
  return spellingVariantOf(query)(alias);
}

/** True when a normalised name without its spaces is `compact` ('al shabaab', 'alshabaab'). */
function sameLetters(normal: string, compact: string): boolean {
  let k = 0;
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i);
    if (c === 32) continue;
    if (k >= compact.length || compact.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === compact.length;
}

/** isSpellingVariant with the query read once, for testing many aliases against one name. */
export function spellingVariantOf(query: string): (alias: string) => boolean {
  const q = normaliseAlias(query).split(' ').filter(Boolean);
  const compact = q.join('');
  const qw = q.filter((w) => !SKIP.has(w));
  return (alias) => {
    const normal = normaliseAlias(alias);
    if (sameLetters(normal, compact)) return true; // spacing and punctuation only ('Al-Shabaab', 'Al Shabaab')
    if (!qw.length) return false;
    const aw = normal.split(' ').filter((w) => w && !SKIP.has(w));
    if (qw.length !== aw.length) return false;
    const free = [...aw];
    for (const w of qw) {
      const i = free.findIndex((x) => sameWord(w, x));
      if (i < 0) return false;
      free.splice(i, 1);
    }
    return true;
  };
}

/** 'the state Democratic Party', 'the county council': a generic name for a body below the national one. */
export function subnationalBefore(text: string, start: number): boolean {
  return /\b(?:state|provincial|county|city|regional|local|municipal|town)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, start - 25), start),
  );
}

/**
 * The words around a name shared by a state or province and its city ('New York', 'Quebec') say which:
 * 'the state of New York', 'upstate New York', 'the gentleman from New York', 'Sen. Ann Ruiz of New York'
 * read as the state; 'the city of Quebec', 'New York City' as the city. Undefined when they say nothing.
 */
export function regionOrCityBefore(text: string, start: number, end: number): 'region' | 'city' | undefined {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 12);
  if (/^\s+(?:state|province)\b/i.test(after)) return 'region';
  if (/^\s+city\b/i.test(after)) return 'city';
  if (/\b(?:state|province) of\s+$|\bupstate\s+$/i.test(before)) return 'region';
  if (/\bcity of\s+$|\bdowntown\s+$/i.test(before)) return 'city';
  // A member for the state: 'the gentleman from New York', 'Rep. Jo Lee of New York', 'the New York delegation'.
  if (
    /\b(?:gentleman|gentlewoman|gentlelady|senators?|sen\.|representatives?|rep\.|congress(?:wo)?man|governor|gov\.|legislators?|lawmakers?|delegation|electors?)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:from|of)\s+$/iu.test(
      before,
    )
  )
    return 'region';
  if (
    /^\s+(?:delegation|legislature|state senate|state assembly|governor)\b/i.test(text.slice(end, end + 20))
  )
    return 'region';
  return undefined;
}

/** `text` holds `word` as a whole word ('Indiana' in 'Gary, Indiana.', not in 'Indianapolis'). */
export function containsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (!/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(i + word.length)))
      return true;
  return false;
}

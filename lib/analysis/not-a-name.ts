/**
 * Capitalised words that are not names, for the cards without a KB entry ("not in the offline knowledge
 * base") and for accent-folded matches: an interjection ('Um', 'WOW'), a common word capitalised by its place
 * or shouted ('Moreover', 'Time', 'IS', 'RUN'), a phrase opened by a possessive or demonstrative ('Your
 * Dockerfile'), a rating label ('Fun Rating'), a roman numeral alone ('IV'). Such a mention gets no card: a
 * card that says a word is an unknown name is a wrong card.
 */
import { MONTH_NAMES, MONTH_SHORT_NAMES } from '../contract/calendar';
import { COMMON_WORDS, INTERJECTIONS, NEVER_ALONE, STOPWORDS } from '../contract/words';
import { normaliseAlias } from '../kb/normalise';

/** Words that open a phrase naming something of someone's, not a name: 'Your Dockerfile', 'This Week'. */
const OPENERS = new Set('my your his her its our their this that these those every each'.split(' '));

/** Labels of a score or grade: 'Overall Rating', 'Fun Score'. */
const LABELS = new Set('rating ratings score scores grade'.split(' '));

/**
 * A party and state label after a US lawmaker's name ('R-N.C.', 'D-Calif.', 'I-Vt', 'R-Texas'): the state by
 * AP abbreviation, postal code or a short state name. Not 'D-Day'.
 */
const PARTY_STATE =
  /^[RDI]-(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah|A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\.?$/;

/** A place name made an adjective ('Greensboro-area', 'Seattle-based', 'Oslo-born'): it describes something else. */
const PLACE_ADJECTIVE = /-(?:area|based|born|bred|bound|headquartered|registered|region|style|era)$/i;

/** I to XXXIX: a chapter, part or sequel number, not a name. */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Month abbreviations ('Nov', 'Sept'): a date's word, never a name alone. */
const MONTH_ABBREVIATIONS = new Set([...MONTH_SHORT_NAMES.map((m) => m.toLowerCase()), 'sept']);
const MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

/** A sentence adverb ('Rhetorically,', 'Reportedly,', 'Unfortunately,'): capitalised by its place only. */
const SENTENCE_ADVERB = /^[A-Z][a-z]{4,}(?:ally|ously|ively|ately|edly|ingly|fully)$/;

/** Connectives that open a sentence before a comma ('Thus, the plan failed'); not 'Will,' or 'Young,', names too. */
const CONNECTIVES = new Set(
  'thus hence therefore however moreover furthermore meanwhile instead otherwise nevertheless nonetheless besides consequently accordingly indeed also then yet again likewise similarly conversely alternatively anyway'.split(
    ' ',
  ),
);

/** Verbs that open a button's or a link's call to action: 'Learn More', 'Sign Up', 'Shop Now', 'Read Next'. */
const CALL_TO_ACTION = new Set(
  'learn read sign click shop subscribe watch listen download share follow continue see view get find explore discover join start try buy order book register donate apply log'.split(
    ' ',
  ),
);

/**
 * What follows a mention says it is not a name: a month before a day or year ('Nov. 24', 'March 2020'), a
 * common word before a number, as a label ('Level 3', 'Phase 2', a player's 'Remaining Time -0:42', a
 * table's 'Total 1,204' or 'Total $206 billion'; with a colon when a capitalised word or a line start comes
 * before, as on a recipe's 'Prep Time: 15 minutes', not 'observed on Earth: 130 degrees'), a sentence adverb
 * or connective before its comma ('Reportedly,', 'Thus,'; not 'US,' in capitals, nor 'Will,'). `before`: the
 * text just before the mention.
 */
export function isNotANameBefore(
  name: string,
  after: string,
  capitalOnlyByPlace: boolean,
  before = '',
): boolean {
  const word = name.trim();
  if (/\s/.test(word)) return false;
  const bare = word.replace(/\.$/, '').toLowerCase();
  if (MONTH_ABBREVIATIONS.has(bare)) return true;
  if (MONTHS.has(bare) && /^\.?,? \d/.test(after)) return true;
  const labelled =
    /^ [-−$€£]?\d/.test(after) ||
    (/^: \d/.test(after) && (capitalOnlyByPlace || /\p{Lu}\p{L}* $/u.test(before)));
  if (labelled && isCommonWord(word)) return true;
  return (
    capitalOnlyByPlace &&
    after.startsWith(',') &&
    (SENTENCE_ADVERB.test(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && CONNECTIVES.has(bare)))
  );
}

/** Is this one word (as written) a common English word rather than a name? */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  const known = (x: string) =>
    COMMON_WORDS.has(x) || STOPWORDS.has(x) || NEVER_ALONE.has(x) || INTERJECTIONS.has(x);
  if (known(w)) return true;
  // Plurals of listed words: 'Humans', 'Technologies'.
  if (w.endsWith('ies') && known(`${w.slice(0, -3)}y`)) return true;
  return w.endsWith('s') && known(w.slice(0, -1));
}

/**
 * Is this mention (as written) plainly not a name? `capitalOnlyByPlace`: its capital says nothing, as it
 * stands at a sentence or line start or is in capitals; only then is a common word taken for a word.
 */
export function isNotAName(name: string, capitalOnlyByPlace: boolean): boolean {
  const words = name.trim().split(/\s+/);
  if (!words.length || !words[0]) return true;
  if (PLACE_ADJECTIVE.test(words[words.length - 1])) return true;
  if (words.length === 1) {
    const [w] = words;
    if (ROMAN.test(w) || INTERJECTIONS.has(w.toLowerCase()) || PARTY_STATE.test(w)) return true;
    return (capitalOnlyByPlace || w === w.toUpperCase()) && isCommonWord(w);
  }
  if (OPENERS.has(words[0].toLowerCase())) return true;
  // A call to action of two or three common words, not a name: 'Learn More', 'Sign Up Now'.
  if (
    words.length <= 3 &&
    CALL_TO_ACTION.has(words[0].toLowerCase()) &&
    words.slice(1).every((w) => isCommonWord(w))
  )
    return true;
  const last = words[words.length - 1].toLowerCase();
  return LABELS.has(last) && words.length <= 3;
}

/**
 * A KB name reached only by folding accents away from an ordinary English word: 'God' → 'Göd'. A spelling
 * of the name itself ('Zurich' → 'Zürich') is not a common word and still links.
 */
export function isAccentFoldedWord(surface: string, kbName: string): boolean {
  if (!isCommonWord(surface)) return false;
  const s = surface.toLowerCase();
  const k = kbName.toLowerCase();
  return s !== k && normaliseAlias(s) === normaliseAlias(k);
}

/** Does the mention at `start` open a sentence or a line (after quotes or brackets)? */
export function atSentenceStart(text: string, start: number, sentenceStarts: ReadonlySet<number>): boolean {
  // '(CNN)People will…', 'LONDON (Reuters) — Officials…': the word after an opening credit opens the sentence.
  const credit = OPENING_CREDIT.exec(text.slice(Math.max(0, start - 60), start));
  if (credit) return atSentenceStart(text, start - credit[0].length, sentenceStarts);
  let i = start;
  while (i > 0 && /[\s"'“‘([*#>-]/.test(text[i - 1])) {
    if (text[i - 1] === '\n' || sentenceStarts.has(i - 1)) return true;
    i--;
  }
  return i === 0 || sentenceStarts.has(i) || /[.!?:…]/.test(text[i - 1] ?? '');
}

/** A dateline in capitals and a credit in brackets that open a story, with a dash after them. */
const OPENING_CREDIT = /(?:\p{Lu}{2,}(?:[ ,]+\p{Lu}{2,})*\s*)?\(\p{Lu}[^()\n]{0,30}\)\s*(?:[—–-]\s*)?$/u;

/** `word` occurs in `text` in lowercase as a whole word ('the collective knowledge'). */
function hasLowercaseUse(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + lower.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * Every word of a capitalised phrase is one the article also writes in lowercase ('Knowledge is practical'
 * beside 'our collective knowledge'; a heading 'Additional Information' beside 'more information'): where
 * only its place gives it a capital, it is those words, not a name.
 */
export function writtenInLowercase(text: string, name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (!words.length || words.length > 3) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && hasLowercaseUse(text, w));
}

/** Entities with no KB entry whose every mention is plainly not a name: they get no card at all. */
export function dropNotNames<
  T extends { kbId?: string; mentions: ReadonlyArray<{ start: number; text: string }> },
>(text: string, entities: readonly T[], sentenceStarts: ReadonlySet<number>): T[] {
  return entities.filter(
    (e) =>
      e.kbId !== undefined ||
      !e.mentions.length ||
      !e.mentions.every((m) => {
        const placed = atSentenceStart(text, m.start, sentenceStarts);
        const after = text.slice(m.start + m.text.length, m.start + m.text.length + 4);
        const before = text.slice(Math.max(0, m.start - 24), m.start);
        return (
          isNotAName(m.text, placed) ||
          isNotANameBefore(m.text, after, placed, before) ||
          (placed && writtenInLowercase(text, m.text))
        );
      }),
  );
}

/** A person's family name as the article writes it in full ('Meadows' of 'Rep. Mark Meadows'), possessive dropped. */
function familyNames(
  entities: ReadonlyArray<{ type: string; mentions: ReadonlyArray<{ text: string }> }>,
): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const words = m.text.trim().split(/\s+/);
      if (words.length < 2) continue;
      out.add(words[words.length - 1].replace(/['’]s?$/u, ''));
    }
  }
  return out;
}

/**
 * Entities with no KB entry named only by a clipped family name: 'Meadow’s announcement' in a story about
 * Mark Meadows (a typo or a cut possessive), which the tagger reads as a place. One or two letters short of
 * a family name the article gives in full, it is that person misspelt, not a name of its own: no mark.
 */
export function dropNameFragments<
  T extends { kbId?: string; type: string; mentions: ReadonlyArray<{ text: string }> },
>(entities: readonly T[]): T[] {
  const families = familyNames(entities);
  if (!families.size) return [...entities];
  const isFragment = (word: string) => {
    const w = word.replace(/['’]s?$/u, '');
    if (w.length < 4 || /\s/.test(w)) return false;
    for (const family of families) {
      const extra = family.length - w.length;
      if (extra >= 1 && extra <= 2 && family.startsWith(w)) return true;
    }
    return false;
  };
  return entities.filter(
    (e) => e.kbId !== undefined || !e.mentions.length || !e.mentions.every((m) => isFragment(m.text.trim())),
  );
}

/**
 * A name that the article itself writes as an ordinary lowercase word, met only where a capital says nothing
 * (a sentence, line or heading start): 'Shell jumpers' as a heading of a post that speaks of 'the shell' and
 * 'a shell alias' is the word, not Shell plc. Support keeps the name: a capitalised mention inside a sentence
 * ('bought from Shell'), a longer name ('Royal Dutch Shell'), or no lowercase use in the text at all.
 */
export function isWordOfTheText(
  text: string,
  mentions: ReadonlyArray<{ start: number; text: string }>,
  sentenceStarts: ReadonlySet<number>,
): boolean {
  if (!mentions.length) return false;
  let word = '';
  for (const m of mentions) {
    const w = m.text.trim();
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) return false;
    if (word && w !== word) return false;
    word = w;
    if (!atSentenceStart(text, m.start, sentenceStarts)) return false;
  }
  return hasLowercaseUse(text, word);
}

/**
 * A person named only by one given name that nobody in the article carries in full ('Otto said he would not
 * return') gets no KB card, unless the entry is known by that one name (a mononym): a stranger's first name
 * says nothing that picks one famous person. The mark stays (dropping it cost CoNLL person recall: a lone
 * given name is often a real person the story introduces). `isGivenName`: a given name, never a family name.
 */
export function unlinkLoneGivenNames<
  T extends { type: string; kbId?: string; card?: unknown; mentions: ReadonlyArray<{ text: string }> },
>(entities: T[], isGivenName: (word: string) => boolean, kbName: (id: string) => string | undefined): void {
  const inFullNames = new Set<string>();
  for (const e of entities)
    for (const m of e.mentions) {
      const words = m.text.trim().split(/\s+/);
      if (words.length > 1) for (const w of words) inFullNames.add(w.replace(/['’]s?$/u, ''));
    }
  for (const e of entities) {
    if (e.type !== 'person' || e.kbId === undefined || !e.mentions.length) continue;
    const words = new Set(e.mentions.map((m) => m.text.trim().replace(/['’]s?$/u, '')));
    const [word] = words;
    if (words.size !== 1 || /\s/.test(word) || !isGivenName(word) || inFullNames.has(word)) continue;
    if (kbName(e.kbId) === word) continue;
    e.kbId = undefined;
    e.card = undefined;
  }
}

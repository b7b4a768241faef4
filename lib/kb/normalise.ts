/**
 * Alias normalisation shared by the KB build and the linker, so that a key computed at build time
 * is the key the linker looks up at run time.
 */

const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lowercase, accents removed, every run of punctuation/space turned into one space: 'U.S.' → 'u s'. */
export function normaliseAlias(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(NON_WORD, ' ')
    .trim();
}

/** Letters of an acronym, uppercase, accents removed: 'U.S.' → 'US'. */
export function acronymLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toUpperCase();
}

/** True for an all-capitals short name like 'US', 'NCSC', 'U.K.', 'G20': matched case-sensitively. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2 || letters.length > 6) return false;
  if (!/\p{Lu}/u.test(letters)) return false;
  return !/\p{Ll}/u.test(letters) && /^[\p{L}\p{N}]+([.&-]?[\p{L}\p{N}]+)*\.?$/u.test(alias.trim());
}

/** The index key of an alias: '=' + letters for acronyms (case-sensitive), otherwise the normalised form. */
export function aliasKey(alias: string): string {
  return isAcronym(alias) ? '=' + acronymLetters(alias) : normaliseAlias(alias);
}

/** A word of text with its UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Words of `text` (runs of letters and digits) with offsets; punctuation separates words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

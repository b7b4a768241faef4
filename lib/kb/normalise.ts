/**
 * Alias normalisation shared by the KB build and the linker, so that a key computed at build time
 * is the key the linker looks up at run time.
 */

const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lowercase, accents removed, every run of punctuation/space turned into one space: 'U.S.' → 'u s'. */
export function normaliseAlias(text: string): string {
  return normaliseAscii(text) ?? normaliseUnicode(text);
}

/**
 * normaliseAlias for ASCII text in one pass without regular expressions (the linker normalises every token
 * and candidate name); undefined for anything else. Gives exactly what normaliseUnicode gives.
 */
function normaliseAscii(text: string): string | undefined {
  // Most names are letters and digits with single spaces between words: then lowercasing is all it takes.
  let simple = text.length > 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if (c === 32 ? i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 32 : !isAsciiWordChar(c))
      simple = false;
  }
  if (simple) return text.toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    let ch: string;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) ch = text[i];
    else if (c >= 65 && c <= 90) ch = String.fromCharCode(c + 32);
    else if (c === 38) {
      // '&' is the word 'and' between separators
      out += out ? ' and' : 'and';
      gap = true;
      continue;
    } else {
      gap = true;
      continue;
    }
    if (gap && out) out += ' ';
    out += ch;
    gap = false;
  }
  return out;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function normaliseUnicode(text: string): string {
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

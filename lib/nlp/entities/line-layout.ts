/**
 * Where lines start and what kind of line a span sits in (headline, all-caps, body), computed once per
 * text so that checking thousands of mentions stays linear.
 */

/** Line start offsets of `text`, ascending; built once, queried by binary search. */
export interface LineLayout {
  /** The [start, end) of the line holding `offset` (end excludes the newline). */
  lineAt(offset: number): { start: number; end: number };
}

/** Index the line breaks of `text` (one pass). */
export function layoutLines(text: string): LineLayout {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineAt(offset: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const start = starts[lo];
      const next = lo + 1 < starts.length ? starts[lo + 1] - 1 : text.length;
      return { start, end: next };
    },
  };
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'to',
  'for',
  'and',
  'or',
  'at',
  'by',
  'as',
  'vs',
  'with',
  'from',
]);

/**
 * True for a short line in Title Case with no closing full stop ("Security Officials Play Down Cyber
 * Attack"): capitalisation there says nothing about names.
 */
export function isTitleCaseLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || /[.!?]["'”’]?$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (words.length < 3 || words.length > 20) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 3) return false;
  const capitalised = content.filter((w) => /^["'‘“(]?[A-Z0-9]/.test(w)).length;
  return capitalised / content.length >= 0.8;
}

/** True for a line written mostly in capitals ("VERY SERIOUS", "LONDON —"). */
export function isAllCapsLine(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length >= 0.9;
}

const DATELINE =
  /^[ \t]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*)(?:,[^\n—–(]{1,30})?\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--?)\s/;

/** The place of an all-caps dateline at the start of a line ("LONDON —", "WASHINGTON (Reuters) -"). */
export function datelinePlace(line: string): { start: number; end: number; text: string } | undefined {
  const match = DATELINE.exec(line);
  if (!match || match[1].replace(/[^A-Z]/g, '').length < 2) return undefined;
  const start = match[0].indexOf(match[1]);
  return { start, end: start + match[1].length, text: match[1] };
}

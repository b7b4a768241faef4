/**
 * Acronym definitions written in the article: "National Cyber Security centre (NCSC)" and
 * "NCSC (National Cyber Security Centre)". The letters must spell the acronym (Schwartz & Hearst 2003).
 */
import { INITIALS_SKIP } from '../../contract/words';

/** A span of the text with its surface. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One acronym and the expansion the article gives for it. */
export interface AcronymDefinition {
  short: TextSpan;
  long: TextSpan;
}

/** The initials of a name of two or more words, small words skipped ('Brookhaven Police Department' → 'BPD'). */
export function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/u).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

const SHORT_FORM = /^[A-Z][A-Za-z0-9&.-]{1,9}$/;

/** True when `word` looks like an acronym: 2–10 characters, at least two capitals, starts with one. */
function isAcronymLike(word: string): boolean {
  return SHORT_FORM.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** Every acronym definition in `text`, in text order; one pass over the parentheses. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  const parens = /\(([^()\n]{1,120})\)/g;
  for (let match = parens.exec(text); match; match = parens.exec(text)) {
    const inside = match[1].trim();
    const insideStart = match.index + 1 + match[1].indexOf(inside);
    if (isAcronymLike(inside)) {
      const long = longFormBefore(text, match.index, inside);
      if (long)
        found.push({ short: { start: insideStart, end: insideStart + inside.length, text: inside }, long });
      continue;
    }
    const before = /([A-Z][A-Za-z0-9&.-]{1,9})\s*$/.exec(
      text.slice(Math.max(0, match.index - 12), match.index),
    );
    if (!before || !isAcronymLike(before[1])) continue;
    const long = bestLongForm(before[1], inside);
    if (long === undefined || !/^(?:the\s+)?$/i.test(inside.slice(0, long.offset))) continue; // must cover all of it
    const shortEnd = match.index - (before[0].length - before[1].length);
    found.push({
      short: { start: shortEnd - before[1].length, end: shortEnd, text: before[1] },
      long: {
        start: insideStart + long.offset,
        end: insideStart + inside.length,
        text: inside.slice(long.offset),
      },
    });
  }
  return found;
}

/** The expansion just before "(" on the same line, at most min(|S|+5, 2|S|) words long. */
function longFormBefore(text: string, parenAt: number, short: string): TextSpan | undefined {
  const windowStart = Math.max(0, parenAt - 200);
  const from = windowStart + text.slice(windowStart, parenAt).lastIndexOf('\n') + 1; // same line, at most 200 chars back
  const head = text.slice(from, parenAt).replace(/(?<![\s,;:–—-])[\s,;:–—-]+$/, '');
  const maxWords = Math.min(short.length + 5, short.length * 2);
  let windowOffset = head.length;
  for (let words = 0; words < maxWords && windowOffset > 0; words++) {
    while (windowOffset > 0 && /\s/.test(head[windowOffset - 1])) windowOffset--;
    while (windowOffset > 0 && !/\s/.test(head[windowOffset - 1])) windowOffset--;
  }
  const long = bestLongForm(short, head.slice(windowOffset));
  if (!long) return undefined;
  const start = from + windowOffset + long.offset;
  const end = from + head.length;
  const surface = text.slice(start, end);
  return surface.length > short.length ? { start, end, text: surface } : undefined;
}

/**
 * Schwartz & Hearst's long-form search: match the acronym's characters right to left, the first one at
 * a word start. Returns the offset in `candidate` where the expansion starts.
 */
function bestLongForm(short: string, candidate: string): { offset: number } | undefined {
  const s = short.toLowerCase();
  const l = candidate.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (!/[a-z0-9]/.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[a-z0-9]/.test(l[li - 1])))) li--;
    if (li < 0) return undefined;
    li--;
    si--;
  }
  let offset = li + 1;
  while (offset > 0 && !/\s/.test(l[offset - 1])) offset--;
  const expansion = candidate.slice(offset);
  if (!/^[A-Z]/.test(expansion)) return undefined; // an expansion is a name: it starts with a capital
  if (expansion.split(/\s+/).length < 2 && expansion.length < short.length * 2) return undefined;
  return { offset };
}

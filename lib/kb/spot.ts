/**
 * Mention spotting: every stretch of text that exactly matches a KB alias, leftmost-longest, in one pass
 * over the words with a window bounded by the longest alias (linear in the text).
 */
import { SENTENCE_START_WORDS } from '@/lib/contract/words';
import { normaliseAlias, tokenize, type Token } from './normalise';
import type { KnowledgeBase } from './parse-kb';
import type { SpottedMention } from './types';

/** Punctuation that ends a name: a match never spans it. */
const BREAK = /[,;:!?()[\]{}"“”\n\r]|\s\.\s|\.\s+\p{Lu}\p{Ll}/u;
const UPPER_START = /^[\p{Lu}\p{N}]/u;
const HAS_LOWER = /\p{Ll}/u;

/** True when the words before `start` end a sentence (or there are none). */
function atSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === "'" || c === '‘') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === '\r' || c === ':';
  }
  return true;
}

/** Acronym key for a surface form: all capitals ('NCSC', 'U.S.') or a long Title-case word ('Nato'). */
function acronymKey(surface: string): string | undefined {
  const letters = surface.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2 || letters.length > 8) return undefined;
  if (!HAS_LOWER.test(letters)) return '=' + letters.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (letters.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(letters)) return '=' + letters.toUpperCase();
  return undefined;
}

/** Find alias matches in `text`; candidates are KB ids, best prior first. */
export function spotMentions(kb: KnowledgeBase, text: string): SpottedMention[] {
  const tokens: Token[] = tokenize(text);
  const folded = tokens.map((t) => normaliseAlias(t.text));
  const out: SpottedMention[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!folded[i]) {
      i++;
      continue;
    }
    let best: { end: number; ids: readonly number[] } | undefined;
    let key = '';
    for (let j = i; j < tokens.length && j - i < kb.maxTokens; j++) {
      if (j > i && BREAK.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      key = j === i ? folded[j] : key + ' ' + folded[j];
      const surface = text.slice(tokens[i].start, tokens[j].end);
      const acr = acronymKey(surface);
      const exact = acr ? kb.lookup(acr) : undefined;
      const lower = UPPER_START.test(surface) ? kb.lookup(key) : undefined;
      const ids = exact ?? lower;
      if (ids && acceptable(text, tokens, i, j, key, Boolean(exact))) best = { end: j, ids };
      if (!kb.continues(key)) break;
    }
    if (best) {
      const start = tokens[i].start;
      const end = tokens[best.end].end;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        candidates: best.ids.map((n) => kb.idOf(n)),
      });
      i = best.end + 1;
    } else i++;
  }
  return out;
}

/**
 * A match must look like a name: one word not an ordinary sentence-initial word; several words mostly
 * capitalised (a leading 'The' aside), so 'The party' or 'Labour party' are not names.
 */
function acceptable(
  text: string,
  tokens: Token[],
  i: number,
  j: number,
  key: string,
  acronym: boolean,
): boolean {
  if (acronym) return true;
  if (i === j) return !(SENTENCE_START_WORDS.has(key) && atSentenceStart(text, tokens[i].start));
  let capitalised = 0;
  let words = 0;
  for (let k = i; k <= j; k++) {
    const t = tokens[k].text;
    if (k === i && /^(the|a|an)$/i.test(t)) continue;
    words++;
    if (UPPER_START.test(t) || /^(elections?|of|and|for|de|la|du|des|del|der|und|the|on|in)$/.test(t))
      capitalised++;
  }
  return capitalised === words || capitalised - (words - capitalised) >= 2;
}

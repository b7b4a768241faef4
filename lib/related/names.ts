/**
 * Names for related coverage: the normalised form an unlinked entity is remembered under, and a plain
 * capitalised-phrase finder for articles that arrive without entities (feed items, the evaluation).
 */
import { STOPWORDS } from '@/lib/contract/words';

/** "The Labour Party’s" → "labour party": lowercase, accents and possessive removed, leading article dropped. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const CAP_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{2,}\d*)$/u;
const JOINERS = new Set(['of', 'de', 'du', 'la', 'van', 'von', 'der', 'al', 'bin', 'for', 'and']);
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** A name found by capitalisation: its surface text and normalised id. */
export interface CapitalisedName {
  text: string;
  id: string;
}

/**
 * Capitalised phrases of `text` ("Tara Reid", "Promises Treatment Center", "NCSC"), skipping lone
 * sentence-initial common words ("The", "However"). Heuristic, with no knowledge base; unique by id, in order.
 */
export function capitalisedNames(text: string): CapitalisedName[] {
  const found = new Map<string, string>();
  const tokens = [...text.matchAll(TOKEN)].map((m) => m[0]);
  let run: string[] = [];
  let sentenceStart = true;
  let runStartsSentence = false;
  const flush = () => {
    while (run.length && JOINERS.has(run[run.length - 1].toLowerCase())) run.pop();
    if (runStartsSentence && run.length && STOPWORDS.has(run[0].toLowerCase())) run.shift();
    if (run.length) {
      const surface = run.join(' ').replace(/\.$/, '');
      const id = normaliseName(surface);
      const single = run.length === 1;
      const tooPlain =
        single && (id.length < 2 || STOPWORDS.has(id) || (runStartsSentence && !/^\p{Lu}{2,}/u.test(run[0])));
      if (id && !tooPlain && !found.has(id)) found.set(id, surface);
    }
    run = [];
  };
  for (const token of tokens) {
    const isCap = CAP_WORD.test(token) && /\p{L}/u.test(token);
    if (isCap) {
      if (!run.length) runStartsSentence = sentenceStart;
      run.push(token);
    } else if (run.length && JOINERS.has(token)) {
      run.push(token);
    } else {
      flush();
    }
    if (/^[.!?:]$/.test(token)) sentenceStart = true;
    else if (/[\p{L}\p{N}]/u.test(token)) sentenceStart = false;
  }
  flush();
  return [...found].map(([id, text]) => ({ id, text }));
}

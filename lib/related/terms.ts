/**
 * Key terms of a text: the content words and two-word phrases that say what the story is about
 * ("cyber attack", "ddos"), normalised so that "attacks" and "attack" meet.
 */
import { STOPWORDS } from '@/lib/contract/words';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const BREAK = /[.!?;:()"“”[\]]|\s[-–—]\s/;

/** Lowercase, accents removed, possessive dropped, light plural folding ("attacks" → "attack", "parties" → "party"). */
export function normaliseTerm(word: string): string {
  let w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]s$/, '')
    .replace(/[’]/g, "'");
  if (/^\d/.test(w)) return w.replace(/\.$/, '');
  w = w.replace(/\./g, '');
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ews|ous|ics)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Whether a normalised word can stand as a term: not a stopword, not a lone digit, not a single letter. */
function isContentWord(term: string): boolean {
  if (term.length < 2 || STOPWORDS.has(term)) return false;
  if (/^\d+$/.test(term)) return term.length >= 2 && term.length <= 4; // years, counts, "12" as in "December 12"
  return /\p{L}/u.test(term) || /^\d/.test(term);
}

/**
 * Content words of `text` in order, normalised, with `null` where a sentence or clause breaks
 * (so two-word phrases never straddle a full stop).
 */
export function contentWords(text: string): Array<string | null> {
  const out: Array<string | null> = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(last, m.index);
    last = m.index + m[0].length;
    if (BREAK.test(gap) && out.length && out[out.length - 1] !== null) out.push(null);
    const term = normaliseTerm(m[0]);
    if (isContentWord(term)) out.push(term);
    else if (out.length && out[out.length - 1] !== null) out.push(null); // a stopword breaks a phrase
  }
  return out;
}

/** Term frequencies of single words and adjacent two-word phrases. */
function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const words = contentWords(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === null) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
    const next = words[i + 1];
    if (next) {
      const phrase = `${w} ${next}`;
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The `k` most telling terms of `text`, best first: words and repeated two-word phrases, weighted by
 * frequency and length. Deterministic; ties keep first appearance.
 */
export function keyTerms(text: string, k = 30): string[] {
  const counts = termCounts(text);
  const scored: Array<{ term: string; score: number; order: number }> = [];
  let order = 0;
  for (const [term, n] of counts) {
    order++;
    const isPhrase = term.includes(' ');
    if (isPhrase && n < 2) continue;
    const lengthBonus = isPhrase ? 1.5 : Math.min(1.2, 0.6 + term.length / 10);
    scored.push({ term, score: (1 + Math.log(n)) * lengthBonus, order });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, k).map((s) => s.term);
}

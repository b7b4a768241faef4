/**
 * Features of one sentence for the check-worthiness model: word uni/bigrams and skip-bigrams (digits folded to
 * a shape), the first three words by position,
 * numbers/percent/currency/year flags, hedges and length, hashed into a fixed number of buckets.
 * (Character n-grams were tried: no gain on CheckThat! 2024 and a larger model.)
 * The training script and the shipped scorer share this file, so they cannot drift apart.
 */

/** FNV-1a 32-bit hash of a string (stable across platforms, no allocation). */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEDGES = new Set([
  'think',
  'believe',
  'feel',
  'hope',
  'maybe',
  'perhaps',
  'might',
  'could',
  'would',
  'should',
  'want',
  'going',
  'will',
  'must',
  'need',
  'let',
  'thank',
  'thanks',
]);
const NUMBER_WORDS = new Set([
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'percent',
  'per',
  'cent',
  'half',
  'twice',
  'double',
  'doubled',
  'tripled',
  'times',
  'dozen',
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'fifty',
]);

/** Word tokens of a sentence, lowercased; digits become the shape token '0' runs ("1,200" → "0,000"). */
export function tokenize(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[$£€%?!]/gu) ?? [];
  return words.map((w) => w.replace(/’/g, "'").replace(/\d/g, '0'));
}

/** Hashed feature indices (with repeats for repeated features) in [0, 2^bits). */
export function sentenceFeatures(sentence: string, bits: number): number[] {
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  const add = (f: string): void => {
    out.push(hashString(f) & mask);
  };
  const tokens = tokenize(sentence);
  let prev = '<s>';
  for (const t of tokens) {
    add('w:' + t);
    add('b:' + prev + ' ' + t);
    prev = t;
    if (HEDGES.has(t)) add('f:hedge');
    if (NUMBER_WORDS.has(t)) add('f:numword');
  }
  add('b:' + prev + ' </s>');
  // Skip-bigrams ("more … than", "percent … the") and the opening words by position ("we will", "i think"
  // open opinions and promises; "in 2010", "the number" open facts).
  for (let i = 2; i < tokens.length; i++) add('k:' + tokens[i - 2] + ' ' + tokens[i]);
  for (let i = 0; i < Math.min(3, tokens.length); i++) add('f' + i + ':' + tokens[i]);
  if (/\d/.test(sentence)) add('f:digit');
  if (/\d\s?%|\bper ?cent\b|\bpercent\b/i.test(sentence)) add('f:percent');
  if (/[$£€]\s?\d|\b(dollars?|pounds?|euros?)\b/i.test(sentence)) add('f:money');
  if (/\b(1[89]|20)\d\d\b/.test(sentence)) add('f:year');
  if (/\?\s*$/.test(sentence)) add('f:question');
  const len = tokens.length;
  add('f:len' + (len < 5 ? 0 : len < 10 ? 1 : len < 20 ? 2 : len < 35 ? 3 : 4));
  add('f:bias');
  return out;
}

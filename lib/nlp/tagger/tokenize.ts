/**
 * Splits raw text into word tokens with exact UTF-16 offsets, the way CoNLL-2003 news text is tokenised
 * ("Britain 's", "( NCSC )", "U.S."), and groups them into sentences for the tagger.
 *
 * The grouping is the tagger's own, not lib/nlp/sentences (the splitter claims and timeline use): it works on
 * these tokens, where "U.S." already keeps its full stop, and cuts a run at 120 tokens so that one sentence
 * never dominates the decoding; spans for readers must not be cut that way.
 */

/** A word of the input and where it is: `text === input.slice(start, end)`. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const OPENERS = new Set(['"', "'", '(', '[', '{', '“', '‘', '«', '<', '`']);
const CLOSERS = new Set(['"', "'", ')', ']', '}', '”', '’', '»', '>', ',', ';', ':', '!', '?', '`']);
const DASHES = /[—–]|-{2,}/gu;
const CLITICS = /^(?:'s|'S|’s|’S|'re|'ve|'ll|'d|'m|n't|N'T|n’t)$/u;
const POSSESSIVE = /^(.+?)(['’][sS]|n['’]t|N'T)$/u;
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
/** Words that keep their full stop: titles, company forms, US state and month abbreviations. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr prof rev gen sen rep gov lt col capt sgt cmdr adm maj fr hon inc ltd corp co bros ' +
    'plc llc bhd cie mt ft no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec calif fla ariz ' +
    'colo conn del ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt ' +
    'wash wis wyo al approx dept est univ assn ave blvd'
  ).split(' '),
);

/** True when a chunk ending in '.' is an abbreviation rather than a word before a full stop. */
function keepsFullStop(body: string, next: string | undefined): boolean {
  if (INITIALS.test(body)) return true;
  if (ABBREVIATIONS.has(body.toLowerCase())) return true;
  // "1. Michelle Freeman": a list number before a name.
  if (/^\d{1,2}$/u.test(body) && next !== undefined && /^\p{Lu}/u.test(next)) return true;
  // "e.g." / "Bhd. said": a stop followed by a lowercase word or a comma does not end the sentence.
  return next !== undefined && /^[\p{Ll},]/u.test(next) && /^\p{L}{1,4}$/u.test(body);
}

/** Splits one whitespace-free chunk at `offset` into tokens. */
function splitChunk(chunk: string, offset: number, next: string | undefined, out: Token[]): void {
  let lo = 0;
  let hi = chunk.length;
  const head: Token[] = [];
  const tail: Token[] = [];
  if (CLITICS.test(chunk)) {
    out.push({ text: chunk, start: offset, end: offset + chunk.length });
    return;
  }
  while (lo < hi && OPENERS.has(chunk[lo]!)) {
    head.push({ text: chunk[lo]!, start: offset + lo, end: offset + lo + 1 });
    lo++;
  }
  for (;;) {
    if (lo >= hi) break;
    const c = chunk[hi - 1]!;
    if (CLOSERS.has(c)) {
      tail.push({ text: c, start: offset + hi - 1, end: offset + hi });
      hi--;
      continue;
    }
    if (c === '.') {
      const dots = /(?<!\.)\.+$/u.exec(chunk.slice(lo, hi))![0].length;
      const body = chunk.slice(lo, hi - dots);
      if (dots === 1 && body.length > 0 && keepsFullStop(body, tail.length === 0 ? next : undefined)) break;
      tail.push({ text: chunk.slice(hi - dots, hi), start: offset + hi - dots, end: offset + hi });
      hi -= dots;
      continue;
    }
    break;
  }
  // Loops, not push(...spread): a chunk of a million brackets would overflow the argument list.
  for (const token of head) out.push(token);
  if (lo < hi) splitInner(chunk.slice(lo, hi), offset + lo, out);
  for (let i = tail.length - 1; i >= 0; i--) out.push(tail[i]!); // collected from the end
}

/** A closing bracket run into a capitalised word: "(CNN)People", a credit set apart only by its style. */
const BRACKET_BEFORE_CAPITAL = /[)\]](?=\p{Lu})/gu;

/**
 * Splits a closing bracket before a capital ("CNN)People" → "CNN", ")", "People"), then dashes and clitics
 * inside each part. One pass, no recursion.
 */
function splitInner(word: string, offset: number, out: Token[]): void {
  let from = 0;
  for (const bracket of word.matchAll(BRACKET_BEFORE_CAPITAL)) {
    if (bracket.index > from) splitDashes(word.slice(from, bracket.index), offset + from, out);
    out.push({ text: bracket[0], start: offset + bracket.index, end: offset + bracket.index + 1 });
    from = bracket.index + 1;
  }
  if (from === 0) splitDashes(word, offset, out);
  else if (from < word.length) splitDashes(word.slice(from), offset + from, out);
}

/** Splits dashes and clitics inside a word: "attack—GCHQ", "Britain's", "don't". */
function splitDashes(word: string, offset: number, out: Token[]): void {
  let from = 0;
  for (const dash of word.matchAll(DASHES)) {
    if (dash.index === 0 && dash[0].length === word.length) break; // a dash on its own is one token
    if (dash.index > from) splitClitic(word.slice(from, dash.index), offset + from, out);
    from = dash.index + dash[0].length;
    out.push({ text: dash[0], start: offset + dash.index, end: offset + from });
  }
  if (from < word.length) splitClitic(from ? word.slice(from) : word, offset + from, out);
}

/** A word without dashes, split before its clitic: "Britain's" → "Britain" + "'s". */
function splitClitic(word: string, offset: number, out: Token[]): void {
  const clitic = POSSESSIVE.exec(word);
  if (clitic && !CLITICS.test(word)) {
    const cut = clitic[1]!.length;
    out.push({ text: clitic[1]!, start: offset, end: offset + cut });
    out.push({ text: clitic[2]!, start: offset + cut, end: offset + word.length });
    return;
  }
  out.push({ text: word, start: offset, end: offset + word.length });
}

/** Tokens of `text` in order; offsets are UTF-16 indices into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const chunks = [...text.matchAll(/\S+/gu)];
  for (let k = 0; k < chunks.length; k++) {
    const m = chunks[k]!;
    splitChunk(m[0], m.index, chunks[k + 1]?.[0], out);
  }
  return out;
}

const SENTENCE_END = /^(?:[.!?]+|\.\.\.)$/u;
const MAX_SENTENCE = 120;

/**
 * Groups tokens into sentences: a break at every line break, and after '.', '!' or '?' unless the next
 * word starts in lowercase. Very long runs are cut so that one sentence never dominates the work.
 */
export function groupSentences(text: string, tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && current.length > 0 && text.slice(prev.end, token.start).includes('\n')) {
      sentences.push(current);
      current = [];
    }
    current.push(token);
    const next = tokens[i + 1];
    const ends = SENTENCE_END.test(token.text) && (!next || !/^\p{Ll}/u.test(next.text));
    if (ends || current.length >= MAX_SENTENCE) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

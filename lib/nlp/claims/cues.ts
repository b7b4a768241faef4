/**
 * Speech cues: the verbs and phrases that attribute words to someone ("said", "told", "according to"),
 * and the speaker phrase each one points at.
 */
import type { Span } from '../../contract/types';

/** Verbs that report speech or a position ("said", "warned", "described … as"). */
export const CUE_VERBS = (
  'said says told tells added adds stated states admitted admits warned warns claimed claims insisted ' +
  'insists argued argues explained noted confirmed confirms revealed reveals reported reports ' +
  'announced announces acknowledged denied denies suggested suggests described describes wrote writes ' +
  'tweeted estimated predicted alleged alleges maintained stressed emphasised emphasized declared ' +
  'disclosed asserted concluded conceded concedes believes promised pledged vowed urged cautioned ' +
  'complained replied responded recalled testified posted agreed'
).split(' ');

// Case-sensitive: a cue verb is lowercase mid-sentence, so "the United States" is not "states".
const CUE_RE = new RegExp(`\\b(${CUE_VERBS.join('|')})\\b`, 'g');
/** Cue words that are also plural nouns ("the claims were false"): not a cue before a verb like "were". */
const NOUN_LIKE = new Set([
  'says',
  'states',
  'claims',
  'reports',
  'adds',
  'warns',
  'denies',
  'tells',
  'notes',
  'reveals',
]);
const VERB_AFTER =
  /^\s+(?:are|were|is|was|have|had|has|will|would|could|should|may|might|can|of|from|that\s+(?:are|were|have))\b/;
/** A subject must hold more than determiners ("The claims …" has no speaker). */
const DETERMINERS_ONLY =
  /^(?:(?:the|a|an|these|those|this|that|his|her|its|their|our|such|new|other|latest|recent|earlier|some|many|all|both)\s*)+$/i;

/** Words that can sit between a subject and its cue verb ("has said", "later told"). */
const AUXILIARIES =
  /\b(?:has|have|had|had earlier|also|later|earlier|previously|again|publicly|then|would|will|has also|once)\s*$/i;

/** One cue in a sentence: the verb, the speaker phrase (subject, or the phrase after the verb), and where the reported words may start. */
export interface SpeechCue {
  verb: Span & { word: string };
  speaker?: Span;
  /** Start of the reported clause (after "that" / the verb / "as"). */
  clauseStart: number;
}

const trimSpan = (text: string, s: number, e: number): Span => {
  while (s < e && /[\s,;:—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:—–-]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
};

/**
 * The subject phrase before a cue verb, within [from, verbStart): drops leading clauses ("In a speech …, "),
 * datelines ("LONDON — "), appositives in dashes or brackets, and auxiliaries ("had earlier").
 */
export function subjectBefore(text: string, from: number, verbStart: number): Span | undefined {
  let region = text.slice(from, verbStart);
  region = region.replace(AUXILIARIES, (m) => ' '.repeat(m.length));
  // Blank out appositives so the head noun phrase is what remains: "(NCSC)", "- part of GCHQ -", ", the leader,".
  region = region.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  region = region.replace(/\s[-–—]\s[^-–—]*\s[-–—]\s/g, (m) => ' '.repeat(m.length));
  region = region.replace(/,[^,]*,\s*$/g, (m) => ' '.repeat(m.length));
  const cut = Math.max(
    region.lastIndexOf(','),
    region.lastIndexOf('—'),
    region.lastIndexOf('–'),
    region.lastIndexOf(';'),
    region.lastIndexOf(':'),
  );
  let s = from + cut + 1;
  let e = verbStart;
  const blank = (i: number): boolean => /[\s,;:—–-]/.test(region[i - from]!);
  while (s < e && blank(s)) s++;
  while (e > s && blank(e - 1)) e--;
  const span = { start: s, end: e };
  const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return undefined;
  return span;
}

/** Speech cues in text[from, to), in order; `skip` spans (quotations) are not searched. */
export function findCues(text: string, from: number, to: number, skip: Span[] = []): SpeechCue[] {
  const cues: SpeechCue[] = [];
  const region = text.slice(from, to);
  const inSkip = (i: number): boolean => skip.some((s) => i >= s.start && i < s.end);
  for (const m of region.matchAll(CUE_RE)) {
    const vs = from + m.index;
    if (inSkip(vs)) continue;
    const ve = vs + m[0].length;
    const word = m[0].toLowerCase();
    if (NOUN_LIKE.has(word) && VERB_AFTER.test(text.slice(ve, ve + 30))) continue;
    let speaker = subjectBefore(text, subjectStart(text, from, vs, skip), vs);
    if (speaker && DETERMINERS_ONLY.test(text.slice(speaker.start, speaker.end))) speaker = undefined;
    let clauseStart = ve;
    const after = text.slice(ve, Math.min(to, ve + 80));
    const that = /^((?:\s+[\p{L}\p{N}'’]+){0,6}?)\s+that\b/u.exec(after);
    if (that && !/[,"“”]/.test(that[1]!)) clauseStart = ve + that[0].length;
    if (word.startsWith('describ')) clauseStart = vs;
    cues.push({ verb: { start: vs, end: ve, word }, speaker, clauseStart });
  }
  const according = /\b[Aa]ccording to\b/g;
  for (const m of region.matchAll(according)) {
    const s = from + m.index;
    if (inSkip(s)) continue;
    const e = s + m[0].length;
    const rest = text.slice(e, to);
    const stop = rest.search(/[,.;:!?]|$/);
    const speaker = trimSpan(text, e, e + stop);
    cues.push({
      verb: { start: s, end: e, word: 'according to' },
      speaker: speaker.end > speaker.start ? speaker : undefined,
      clauseStart: e + stop + 1,
    });
  }
  return cues.sort((a, b) => a.verb.start - b.verb.start);
}

/** Where a subject may start: after the last quotation or sentence-internal quote before the verb. */
function subjectStart(text: string, from: number, verbStart: number, skip: Span[]): number {
  let start = from;
  for (const s of skip) if (s.end <= verbStart && s.end > start) start = s.end;
  return start;
}

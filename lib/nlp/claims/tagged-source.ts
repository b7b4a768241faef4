/**
 * The speaker phrase of an attribution the tagger found. The tagger's source is often cut or misplaced where a
 * reader would not hesitate: the tail of a quotation before an inverted cue ("… working the halls,'' said
 * Representative Peter Welch"), a source that runs on from a programme's title ("“Fox & Friends,” Rep. Michael
 * McCaul"), a lone conjunction ("and said"), or no source at all beside a plain "said". This file repairs the
 * phrase; speakers.ts resolves it to an entity or shows it as written.
 */
import type { Span } from '../../contract/types';
import type { FoundAttribution } from './attributions';
import { CUE_VERBS, subjectBefore } from './cues';
import { isClauseVerb } from './speakers';

/** A speaker phrase and whether it follows its cue ("…, said Mr Smith, the minister"). */
export interface SourcePhrase {
  phrase: Span;
  afterCue: boolean;
}

/** Longest phrase read after an inverted cue, in characters. */
const AFTER_CUE_CHARS = 120;
/** Words that follow "said" without naming anyone: time, manner, place. */
const NOT_A_SPEAKER_AFTER_CUE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|next|later|earlier|recently|afterward|then|now|in|on|at|of|for|to|that|it|so|there|here|he|she|they|we|i|you|him|her|them|us|me|and|but|or|with|during|after|before|while|when|as|about|from|through|by|also)$/i;
/** Cues whose object is who listened, never who spoke ("…, Laszlo Bock, told The New York Times"). */
const LISTENER_AFTER = /^(?:told|tell|tells|telling|informed)$/i;

/** Whether the phrase after this cue word is who listened ("told X"), so never the speaker. */
export const namesListener = (cueWord: string): boolean => LISTENER_AFTER.test(cueWord.trim());
/** A closing quote mark followed by space inside a phrase: what precedes it belongs to the quotation. */
const CLOSING_QUOTE = /["”]\s+|''\s+/g;
/** A source that is only a conjunction or adverb: the clause's subject stands earlier in the sentence. */
const CONJUNCTION_ONLY = /^(?:and|but|then|also|or|so|yet)$/i;

/**
 * Whether a phrase ends on a coordinating conjunction ("delegate selection and", "Melania Trump's debut and"):
 * the tagger took the end of the first conjunct for the source of the second, whose subject opens the sentence.
 * (The last word by a split, not an end-anchored regex.)
 */
function endsWithConjunction(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length > 1 && /^(?:and|or|but)$/i.test(words[words.length - 1]!);
}

/** Where a phrase after a cue ends: punctuation, a quote mark, a spaced dash, a relative or a place phrase. */
const AFTER_CUE_STOP = /[,.;:!?\n"“”()]|''|\s[—–-]\s|\s(?:who|which|that|in an?|on|at)\s/g;
/** A title or an initial right before a full stop: the stop belongs to the name. */
const ABBREVIATION_BEFORE =
  /(?:^|[\s.])(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Lt|Gen|Col|Sgt|Jr|Sr|St|Rev|Prof|Capt|\p{Lu})$/u;

/**
 * The phrase right after a cue ("said Paul H. Chipok, a lawyer in Orlando"): up to the first comma, full stop,
 * bracket or quote mark, and only when it starts like a speaker (a capitalised word or a determiner).
 */
export function phraseAfterCue(text: string, cueEnd: number): Span | undefined {
  const rest = text.slice(cueEnd, cueEnd + AFTER_CUE_CHARS);
  const lead = /^[ \t]+/.exec(rest);
  if (!lead) return undefined;
  const body = rest.slice(lead[0].length);
  // The first stop, but not the full stop of a title or an initial ("said Sen. Robert P. Casey Jr., a …").
  let stop = -1;
  for (const m of body.matchAll(AFTER_CUE_STOP)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(body.slice(Math.max(0, m.index - 6), m.index))) continue;
    stop = m.index;
    break;
  }
  const raw = stop < 0 ? body : body.slice(0, stop);
  const words = raw.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return undefined;
  const first = words[0]!;
  if (NOT_A_SPEAKER_AFTER_CUE.test(first)) return undefined;
  if (
    !/^\p{Lu}/u.test(first) &&
    !/^(?:the|a|an|one|another|his|her|their|its|our|two|three|several|some)$/i.test(first)
  )
    return undefined;
  const start = cueEnd + lead[0].length;
  const end = start + raw.trimEnd().length;
  return { start, end };
}

/** A full stop, question or exclamation mark (maybe with a closing quote) and a space before a capital. */
const SENTENCE_BREAK = /[.!?]["”’']?\s+(?=["“]?\p{Lu})/gu;

/**
 * The part of a phrase within one sentence: the part after its last sentence end, or before its first when the
 * phrase follows its cue. A full stop of a title or an initial ends no sentence ("Sen. Ray Ortiz", "U.S.").
 */
function oneSentence(text: string, phrase: Span, first: boolean): Span {
  const at = firstSentenceEnd(text, phrase);
  if (!at) return phrase;
  if (first) return { start: phrase.start, end: at.start };
  return oneSentence(text, { start: at.end, end: phrase.end }, false);
}

/** The first sentence end inside a span (the stop and the space after it), if any. */
function firstSentenceEnd(text: string, span: Span): Span | undefined {
  const raw = text.slice(span.start, span.end);
  for (const m of raw.matchAll(SENTENCE_BREAK)) {
    const before = raw.slice(Math.max(0, m.index - 8), m.index);
    if (
      m[0][0] === '.' &&
      (ABBREVIATION_BEFORE.test(before) || /(?:^|[\s.])\p{L}{1,3}\.\p{L}{1,3}$/u.test(before))
    )
      continue;
    return { start: span.start + m.index, end: span.start + m.index + m[0].length };
  }
  return undefined;
}

/** Whether a source stands between its content and a cue that follows that content: the inverted order's slot. */
function beforeInvertedCue(text: string, t: FoundAttribution): boolean {
  const { source, cue, content } = t;
  if (!source || !cue || cue.start < content.end || source.end > cue.start) return false;
  if (text.slice(source.end, cue.start).trim() !== '') return false;
  // "…the halls,''" / "Mr. Kerry's actions," — a phrase ending in a comma or quote mark right before "said".
  return /[,"”'’]\s*$/.test(text.slice(source.start, source.end)) || source.start < content.end;
}

/**
 * The phrase that names the speaker of a tagged attribution, or undefined when nothing near its cue does.
 * `sentenceStart` is where the attribution's sentence begins (for "…, and said" the subject stands there).
 */
export function sourcePhrase(
  text: string,
  t: FoundAttribution,
  sentenceStart: number,
  previous?: FoundAttribution,
): SourcePhrase | undefined {
  const cue = t.cue;
  const afterCue = (s: Span): boolean => cue !== undefined && s.start >= cue.end;
  // "Clinton needs to sell herself. Trump needs to tell the truth": a source across a sentence end is not this
  // cue's; the cue's own subject is read as when the tagger found none.
  if (t.source && cue && t.source.end <= sentenceStart && cue.start >= sentenceStart)
    return sourcePhrase(text, { content: t.content, cue }, sentenceStart, previous);
  if (t.source) {
    let source = t.source;
    // "…,'' Michael C. Cernech, the city manager, said of the course": a cue with more than its verb is
    // followed by what was spoken of, not by who spoke.
    const bareCue = cue !== undefined && /^\p{L}+$/u.test(text.slice(cue.start, cue.end));
    if (
      cue &&
      bareCue &&
      !LISTENER_AFTER.test(text.slice(cue.start, cue.end)) &&
      beforeInvertedCue(text, t)
    ) {
      const after = phraseAfterCue(text, cue.end);
      if (after) return { phrase: after, afterCue: true };
    }
    // "“Fox & Friends,” Rep. Michael McCaul (R-TX)": the title's closing mark ends what is not the source.
    const raw = text.slice(source.start, source.end);
    let cut = -1;
    for (const m of raw.matchAll(CLOSING_QUOTE)) cut = m.index + m[0].length;
    if (cut > 0 && cut < raw.length) source = { start: source.start + cut, end: source.end };
    // "… first reported by the Gazette. The newspaper": a source never runs over a sentence's end.
    // ("said Ben Ruiz, an economist. Particularly in …": after its cue, the first sentence's part is the source.)
    source = oneSentence(text, source, cue !== undefined && source.start >= cue.end);
    if (
      CONJUNCTION_ONLY.test(text.slice(source.start, source.end).trim()) ||
      (endsWithConjunction(text.slice(source.start, source.end)) && !afterCue(source))
    ) {
      // "Comey called it careless, but said …": the source of the attribution before, in the same sentence.
      const before = previous?.source;
      if (
        before &&
        before.start >= sentenceStart &&
        before.end <= source.start &&
        !CONJUNCTION_ONLY.test(text.slice(before.start, before.end).trim())
      )
        return { phrase: before, afterCue: false };
      const subject = sentenceSubject(text, sentenceStart, source.start);
      return subject ? { phrase: subject, afterCue: false } : undefined;
    }
    const clauseSubject = participleSubject(text, source, cue, sentenceStart, previous);
    if (clauseSubject) return { phrase: clauseSubject, afterCue: false };
    const object = objectRelativeSubject(text, source);
    if (object && !afterCue(source)) return { phrase: object, afterCue: false };
    return { phrase: source, afterCue: afterCue(source) };
  }
  if (!cue) return undefined;
  const named = nameInCue(text, cue);
  if (named) return { phrase: named, afterCue: true };
  if (cue.start >= t.content.end) {
    const after = LISTENER_AFTER.test(text.slice(cue.start, cue.end))
      ? undefined
      : phraseAfterCue(text, cue.end);
    if (after) return { phrase: after, afterCue: true };
    return undefined;
  }
  const main = openingParticipleSubject(text, t, cue, sentenceStart);
  if (main) return { phrase: main, afterCue: false };
  // "Mr. Sanders … did not mention her but argued that …": a verb coordinated with the sentence's first verb
  // has no subject of its own; the sentence's subject is its speaker.
  if (/(?:^|\s)(?:and|but)\s+$/i.test(text.slice(Math.max(sentenceStart, cue.start - 6), cue.start))) {
    const opening = sentenceSubject(text, sentenceStart, cue.start);
    if (opening) return { phrase: opening, afterCue: false };
  }
  // "Hillary Clinton, who …, will return the favor, saying …": a participle's speaker is the sentence's subject.
  if (/(?:^|\s)\p{Ll}+ing$/u.test(text.slice(cue.start, cue.end))) {
    const opening = sentenceSubject(text, sentenceStart, cue.start);
    if (opening) return { phrase: opening, afterCue: false };
  }
  // "Mr. Putin … and blamed the tumble in oil prices", "Shuster has touted …": the cue's subject.
  const subject = subjectBefore(text, sentenceStart, cue.start);
  if (!subject) return undefined;
  const words = text.slice(subject.start, subject.end);
  if (CONJUNCTION_ONLY.test(words.trim())) {
    const opening = sentenceSubject(text, sentenceStart, subject.start);
    return opening ? { phrase: opening, afterCue: false } : undefined;
  }
  // "the Senate unanimously passed": the adverb is not part of who.
  // (A split at the last space, not a regex: /\s+\p{Ll}+ly$/ backtracks quadratically on long runs of spaces.)
  const space = words.lastIndexOf(' ');
  const adverb = space > 0 && /^\p{Ll}+ly$/u.test(words.slice(space + 1));
  return {
    phrase: adverb
      ? { start: subject.start, end: subject.start + words.slice(0, space).trimEnd().length }
      : subject,
    afterCue: false,
  };
}

/** An inverted cue that holds its speaker before a colon: "Said Ellis:", "Added Mr. Ruiz:". */
const NAME_IN_CUE =
  /^(?:Said|Says|Added|Adds|Asked|Wrote|Writes|Continued|Explained|Noted)\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}?)\s*:?$/u;

/** The name inside a cue like "Said Ellis:", whose verb comes first: who speaks. */
function nameInCue(text: string, cue: Span): Span | undefined {
  const raw = text.slice(cue.start, cue.end);
  const m = NAME_IN_CUE.exec(raw);
  if (!m) return undefined;
  const start = cue.start + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/** A sentence opening with a participle, perhaps after a preposition: "Citing …", "In defending …", "Writing for". */
const OPENING_PARTICIPLE = /^[\s"“]*(?:(?:In|While|After|Before|By|When|Since|Upon)\s+)?\p{L}+ing(?:\s|$)/u;
/** From a content's end to the comma that closes an opening participle clause: no stop, a few characters. */
const TO_CLAUSE_COMMA = /^[^,.;:!?\n"“”]{0,40},/;

/**
 * The subject of the main clause after an opening participle clause ("Citing a report from the auditor, Mayor
 * Okafor accused …", "In defending his record, Trump offered …"): the participle has no subject of its own, so
 * the name the main clause opens with is who cites or defends. Undefined unless the cue opens the sentence and
 * a comma right after the content closes the clause before a name.
 */
function openingParticipleSubject(
  text: string,
  t: FoundAttribution,
  cue: Span,
  sentenceStart: number,
): Span | undefined {
  if (cue.start < sentenceStart || cue.start > sentenceStart + 30 || t.content.start < cue.start)
    return undefined;
  if (!OPENING_PARTICIPLE.test(text.slice(sentenceStart, cue.end + 1))) return undefined;
  const comma = TO_CLAUSE_COMMA.exec(text.slice(t.content.end, t.content.end + 42));
  if (!comma) return undefined;
  const from = t.content.end + comma[0].length;
  return sentenceSubject(text, from, from + 80);
}

/** A participle and its preposition set off by a comma right before a phrase ("…, speaking to "). */
const PARTICIPLE_BEFORE = /,\s\p{Ll}+ing\s(?:to|at|on|before|in|with|from|for|about)\s$/u;

/**
 * The speaker of a participle after a comma ("… in Tulsa, Oklahoma, arguing that …", "… said in June 2012,
 * citing …"): the words before the comma end the main clause, so they are not who argues; the source of the
 * attribution before in the same sentence is, or else the sentence's opening subject. Likewise a source that is
 * the object of a participle ("Trump, speaking to a veterans group, said"). Undefined when the source is not
 * such a phrase or nothing names the subject.
 */
function participleSubject(
  text: string,
  source: Span,
  cue: Span | undefined,
  sentenceStart: number,
  previous: FoundAttribution | undefined,
): Span | undefined {
  if (!cue || cue.start < source.end) return undefined;
  // "Trump, speaking to a veterans group in Virginia, said …": the tagged source is the participle's object.
  if (PARTICIPLE_BEFORE.test(text.slice(Math.max(sentenceStart, source.start - 40), source.start))) {
    const subject = sentenceSubject(text, sentenceStart, source.start);
    if (subject && subject.end < source.start) return subject;
  }
  if (!/^\p{Ll}+ing\b/u.test(text.slice(cue.start, cue.end))) return undefined;
  if (!/,\s*$/.test(text.slice(source.start, cue.start))) return undefined;
  // "…, a Chinese official said, adding …": a source with a verb of its own before the comma is that verb's
  // subject, and the participle shares it.
  const verb =
    text
      .slice(source.end, cue.start)
      .trim()
      .split(/[\s,]+/)[0] ?? '';
  if (CUE_VERBS.includes(verb) || isClauseVerb(verb)) return undefined;
  const before = previous?.source;
  if (before && before.start >= sentenceStart && before.end <= source.start) return before;
  const subject = sentenceSubject(text, sentenceStart, source.start);
  return subject && subject.end <= source.start ? subject : undefined;
}

/**
 * The name after an object relative pronoun at the end of a source ("both of which Mrs. Clinton praised",
 * "the plan, which Gov. Ruiz called …"): the relative clause's subject is who spoke. Word by word, no regex
 * over the whole phrase.
 */
function objectRelativeSubject(text: string, source: Span): Span | undefined {
  const raw = text.slice(source.start, source.end);
  const words = [...raw.matchAll(/\S+/g)];
  let at = -1;
  for (let i = words.length - 2; i >= 0; i--)
    if (/^(?:which|whom)$/i.test(words[i]![0])) {
      at = i;
      break;
    }
  if (at < 0) return undefined;
  const rest = words.slice(at + 1);
  if (rest.length > 5 || !rest.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w[0]))) return undefined;
  const last = rest[rest.length - 1]!;
  return { start: source.start + rest[0]!.index, end: source.start + last.index + last[0].length };
}

/** Capitalised words that open a sentence without naming anyone: articles, numbers, prepositions, conjunctions. */
const NOT_A_NAME_OPENING =
  /^(?:how|why|where|who|what|which|more|the|a|an|one|two|three|in|on|at|after|before|when|while|if|as|since|although|though|this|that|these|those|it|its|there|here|what|last|next|for|with|by|from|of|to|during|despite|many|some|most|all|no|not|his|her|their|our|my|your)$/i;

/** Month and weekday names (and their abbreviations). */
const CALENDAR_WORD =
  /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

/**
 * The subject at the start of a sentence, for a coordinated cue ("Clinton celebrated in Florida …, and said
 * …"): the run of capitalised words the sentence opens with, when it ends before `before`.
 */
export function sentenceSubject(text: string, sentenceStart: number, before: number): Span | undefined {
  const head = text.slice(sentenceStart, Math.min(before, sentenceStart + 80));
  const m =
    /^[\s"“]*(?:(?:But|And|So|Yet|Still|Then|Also|Now)\s+)?((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,5})(?:\s\p{Ll}|,|\s\()/u.exec(
      head,
    );
  if (!m || NOT_A_NAME_OPENING.test(m[1]!.split(' ')[0]!)) return undefined;
  // "Last October, President Obama …": a date opens the sentence, not who.
  if (m[1]!.split(' ').some((w) => CALENDAR_WORD.test(w))) return undefined;
  const start = sentenceStart + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * Claims a reader may want to check: direct quotes, reported speech and statistics, each with its speaker,
 * plus any other sentence the check-worthiness model scores at 0.5 or more.
 */
import type { AnalysisEntity, Claim, Span } from '../../analysis/types';
import { findCues, type SpeechCue } from './cues';
import type { CheckworthinessModel } from './model';
import { findQuotations, type Quotation } from './quotes';
import { isGenericGroup, placeMentions, resolveSpeaker, type MentionIndex, type Speaker } from './speakers';
import { isStatistic } from './statistics';
import { countBelow } from '../sorted';

/** Quotes shorter than this many words ("large-scale") are scare quotes: part of a reported claim, not a quote claim. */
const MIN_QUOTE_WORDS = 3;
/** A cue-less quote that opens its paragraph or sentence continues the previous speaker if that claim ended this close before it. */
const CONTINUATION_CHARS = 600;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Trims whitespace and trailing commas/dashes (kept: . ? !) from a claim span. */
function tidy(text: string, s: number, e: number): Span {
  while (s < e && /[\s"“”‘’'(,—–-]/.test(text[s]!)) s++;
  while (e > s && /[\s,;:—–\-(]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The end of a reported clause: before ", and suggested …", a credit line ("— AFP") or the final full stop. */
function clauseEnd(text: string, from: number, to: number): number {
  const region = text.slice(from, to);
  const coordinated =
    /,\s+(?:and|but)\s+(?:\p{L}+\s+)?(?:suggested|said|added|warned|claimed|insisted|stated|noted|argued|told|described|admitted|denied)\b/u.exec(
      region,
    );
  let end = coordinated ? from + coordinated.index : to;
  const credit = /[.!?]?\s?(?<![—–-])[—–-]+\s*\p{Lu}[\p{Lu}\p{L} ]{0,30}$/u.exec(text.slice(from, end));
  if (credit) end = from + credit.index;
  while (end > from && /[\s.,;:]/.test(text[end - 1]!)) end--;
  // Keep a closing quote mark only if its quote opened inside the clause.
  return end;
}

/** Optional extras: what only the page's markup knows. */
export interface ExtractClaimsOptions {
  /** Spans of `text` the page marked up as quotations (ArticleHints.quotes). */
  quotes?: Span[];
}

interface Found {
  span: Span;
  kind: Claim['kind'];
  speaker?: Speaker;
  sentence: Span;
  /** A generic speaker phrase ("security officials") to be named by a later claim. */
  generic?: boolean;
}

/** Extracts the article's claims with speakers; offsets index `text`. Never throws on odd punctuation. */
export function extractClaims(
  text: string,
  sentences: Span[],
  entities: AnalysisEntity[],
  model: CheckworthinessModel,
  options: ExtractClaimsOptions = {},
): Claim[] {
  const mentions = placeMentions(entities);
  const marked = findQuotations(text);
  // Page-marked quotations (blockquote, q) that carry no quote marks of their own.
  for (const hint of options.quotes ?? []) {
    if (marked.some((q) => q.outer.start < hint.end && q.outer.end > hint.start)) continue;
    const lineStart = text.lastIndexOf('\n', hint.start - 1) + 1;
    marked.push({
      inner: hint,
      outer: hint,
      opensParagraph: text.slice(lineStart, hint.start).trim() === '',
    });
  }
  marked.sort((a, b) => a.inner.start - b.inner.start);
  const quotes = marked.filter((q) => wordCount(text.slice(q.inner.start, q.inner.end)) >= MIN_QUOTE_WORDS);
  const found: Found[] = [];
  let lastSpeaker: Speaker | undefined;
  /** The last quote or reported claim: a cue-less quote paragraph right after it continues its speaker. */
  let lastQuote: { end: number; speaker?: Speaker } | undefined;
  let q = 0;
  /** The sentence containing offset i (sentences are sorted and do not overlap). */
  const sentenceAt = (i: number): Span | undefined => {
    const s = sentences[countBelow(sentences, i, (x) => x.start, true) - 1];
    return s && i <= s.end ? s : undefined;
  };
  let openQuoteEnd = -1; // furthest end of the quotes that started before the current sentence

  for (const sentence of sentences) {
    const own: Quotation[] = [];
    const firstOwn = q;
    while (q < quotes.length && quotes[q]!.inner.start < sentence.end) {
      if (quotes[q]!.inner.start >= sentence.start - 1) own.push(quotes[q]!);
      else openQuoteEnd = Math.max(openQuoteEnd, quotes[q]!.inner.end);
      q++;
    }
    // A sentence that opens inside an earlier quote is that quote's (and its attribution's): nothing more to find.
    const insideEarlierQuote = openQuoteEnd > sentence.start;
    const nearby = quotes.slice(Math.max(0, firstOwn - 1), q + 2).map((x) => x.outer);
    if (insideEarlierQuote && own.length === 0) continue;
    if (own.length) {
      for (const quote of own) {
        const endSentence = sentenceAt(quote.inner.end) ?? sentence;
        const after = findCues(text, quote.outer.end, endSentence.end, nearby)[0];
        const before = findCues(text, sentence.start, quote.outer.start, nearby).pop();
        const cue = after ?? before;
        let speaker = cue ? speakerFromCue(text, cue, mentions, lastSpeaker, endSentence) : undefined;
        if (
          !cue &&
          (quote.opensParagraph || text.slice(sentence.start, quote.outer.start).trim() === '') &&
          lastQuote &&
          quote.outer.start - lastQuote.end <= CONTINUATION_CHARS
        )
          speaker = lastQuote.speaker;
        const span = tidy(text, quote.inner.start, quote.inner.end);
        found.push({ span, kind: 'quote', speaker, sentence });
        if (speaker) lastSpeaker = speaker;
        lastQuote = { end: quote.outer.end, speaker };
        openQuoteEnd = Math.max(openQuoteEnd, quote.inner.end);
      }
      continue;
    }
    const reported = reportedClaim(text, sentence, findCues(text, sentence.start, sentence.end));
    if (reported) {
      const speaker = speakerFromCue(text, reported.cue, mentions, lastSpeaker, sentence);
      const phrase = reported.cue.speaker;
      const generic = phrase !== undefined && isGenericGroup(text, phrase) && !speaker?.entityId;
      found.push({ span: reported.span, kind: 'reported', speaker, sentence, generic });
      if (speaker && !generic) lastSpeaker = speaker;
      lastQuote = { end: sentence.end, speaker };
      continue;
    }
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (isStatistic(sentenceText))
      found.push({ span: tidy(text, sentence.start, sentence.end), kind: 'statistic', sentence });
    else if (
      /[.!?]["'”’)]?$/.test(sentenceText) &&
      wordCount(sentenceText) >= 5 &&
      model.score(sentenceText) >= 0.5
    ) {
      // Only full sentences: headlines, captions and labels have no closing punctuation.
      found.push({ span: tidy(text, sentence.start, sentence.end), kind: 'other', sentence });
    }
  }
  nameGenericSpeakers(found);
  return found.map((f) => ({
    start: f.span.start,
    end: f.span.end,
    text: text.slice(f.span.start, f.span.end),
    kind: f.kind,
    ...(f.speaker ? { speaker: f.speaker } : {}),
    checkworthiness: model.score(text.slice(f.sentence.start, f.sentence.end)),
  }));
}

/**
 * The reported clause of a sentence and the cue that attributes it: "X said (that) CLAUSE", "CLAUSE, according to X",
 * "According to X, CLAUSE", and the inverted "CLAUSE, X said" / "CLAUSE, said X".
 */
function reportedClaim(
  text: string,
  sentence: Span,
  cues: SpeechCue[],
): { cue: SpeechCue; span: Span } | undefined {
  const enough = (span: Span): boolean =>
    span.end > span.start && wordCount(text.slice(span.start, span.end)) >= 2;
  for (const cue of cues) {
    const before = text.slice(sentence.start, cue.speaker?.start ?? cue.verb.start);
    const endsWithComma = /,\s*$/.test(before) && wordCount(before) >= 3;
    if (cue.verb.word === 'according to') {
      const span =
        cue.verb.start > sentence.start + 3
          ? tidy(text, sentence.start, cue.verb.start)
          : tidy(text, cue.clauseStart, clauseEnd(text, cue.clauseStart, sentence.end));
      if (enough(span)) return { cue, span };
      continue;
    }
    const after = tidy(text, cue.clauseStart, clauseEnd(text, cue.clauseStart, sentence.end));
    if (cue.speaker && enough(after)) return { cue, span: after };
    // Inverted: "The economy is growing, the minister said." / "…, said the minister."
    if (endsWithComma && (!cue.speaker || !enough(after))) {
      return { cue, span: tidy(text, sentence.start, sentence.start + before.length) };
    }
  }
  return undefined;
}

function speakerFromCue(
  text: string,
  cue: SpeechCue,
  mentions: MentionIndex,
  lastSpeaker: Speaker | undefined,
  sentence: Span,
): Speaker | undefined {
  if (cue.speaker) return resolveSpeaker(text, cue.speaker, mentions, { lastSpeaker });
  // "…," said Mr Smith: the speaker follows the verb.
  const rest = text.slice(cue.verb.end, sentence.end);
  const m = /^\s+((?:the\s+|a\s+|an\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)*)/u.exec(rest);
  if (!m) return undefined;
  const start = cue.verb.end + m.index + m[0].length - m[1]!.length;
  return resolveSpeaker(text, { start, end: start + m[1]!.length }, mentions, { lastSpeaker });
}

/** "British security officials said …" then "The NCSC … said": the lede's unnamed officials are the body's named organisation. */
function nameGenericSpeakers(found: Found[]): void {
  found.forEach((f, i) => {
    if (!f.generic) return;
    const next = found.slice(i + 1, i + 3).find((g) => g.speaker?.entityId && !g.generic);
    if (next) f.speaker = next.speaker;
  });
}

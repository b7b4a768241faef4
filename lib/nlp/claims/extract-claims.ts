/**
 * Claims a reader may want to check: direct quotes, reported speech and statistics, each with its speaker,
 * plus any other sentence the check-worthiness model scores at 0.5 or more.
 */
import type { AnalysisEntity, Claim, Span } from '../../contract/types';
import type { FoundAttribution } from './attributions';
import { CUE_VERBS, findCues, subjectBefore, type SpeechCue } from './cues';
import type { CheckworthinessModel } from './model';
import { findQuotations, type Quotation } from './quotes';
import {
  isClauseVerb,
  isGenericGroup,
  placeMentions,
  resolveSpeaker,
  type MentionIndex,
  type Speaker,
} from './speakers';
import { isStatistic } from './statistics';
import { namesListener, phraseAfterCue, sentenceSubject, sourcePhrase } from './tagged-source';
import { countBelow } from '../sorted';

/** What may stand between words and the inverted cue that attributes them: a comma, a quote mark, space. */
const INVERTED_GAP = /^[\s,"”'’]{0,4}$/;

/** Quotes shorter than this many words ("large-scale") are scare quotes: part of a reported claim, not a quote claim. */
const MIN_QUOTE_WORDS = 3;
/** A cue-less quote that opens its paragraph or sentence continues the previous speaker if that claim ended this close before it. */
const CONTINUATION_CHARS = 600;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A claim has at least this many words: shorter ones are fragments, never checkable on their own. */
const MIN_CLAIM_WORDS = 5;

/** How far back from a clause's end a credit line ("— AFP") may start. */
const CREDIT_TAIL = 48;

/** True when the trailing run of non-word characters holds a full stop, "!" or "?" (a loop: linear on any input). */
function endsWithStop(s: string): boolean {
  for (let i = s.length - 1; i >= 0 && /\W/.test(s[i]!); i--) if (/[.!?]/.test(s[i]!)) return true;
  return false;
}

/** Nouns and verbs that introduce the title of a work: "the BBC programme \"Newsnight\"", "a film called \"…\"". */
const WORK_BEFORE =
  /\b(?:show|programme|program|series|film|movie|documentary|book|memoir|novel|song|album|play|podcast|episode|titled|entitled|called|named|column|headline|hashtag|slogan)\s{0,2}[,:]?\s{0,2}$/i;

/**
 * Whether a quotation is the title of a programme, film, book or the like, not words someone said: a short
 * Title Case phrase introduced as a work ("the programme \"Question Time\"") or in Title Case with no verb-like
 * lowercase words at all.
 */
export function isWorkTitle(text: string, inner: Span, outerStart: number): boolean {
  const quoted = text.slice(inner.start, Math.min(inner.end, inner.start + 120));
  const words = quoted.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8 || endsWithStop(quoted)) return false;
  const titled = words.every(
    (w) => /^\p{Lu}|^\d/u.test(w) || /^(?:a|an|the|of|and|or|in|on|at|to|for|with|from|by)$/.test(w),
  );
  if (!titled) return false;
  return WORK_BEFORE.test(text.slice(Math.max(0, outerStart - 40), outerStart));
}

/** Bylines, credits and corrections: lines about the article, not claims in it. */
const CREDIT_LINE =
  /^(?:\(?(?:additional )?reporting by|editing by|writing by|compiled by|produced by|correction|clarification|editor'?s note|this (?:article|story|report) (?:was|has been) (?:corrected|updated|amended))\b/i;
/** "Jane Doe reported from Washington.", "John Smith contributed reporting." */
const BYLINE_LINE =
  /^(?:By\s)?\p{Lu}[\p{L}.'’-]{1,30}(?:\s\p{Lu}[\p{L}.'’-]{1,30}){0,3}\s(?:reported|contributed(?: reporting)?)(?:\sfrom\s\p{Lu}[\p{L} .,]{0,40})?\.?$/u;

/** Whether a sentence is a byline, credit or correction line. */
export function isCreditLine(sentence: string): boolean {
  const line = sentence.trim();
  return line.length <= 300 && (CREDIT_LINE.test(line) || BYLINE_LINE.test(line));
}

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
  // Only the last few characters can hold a credit: the search stays linear however long the clause.
  const tailStart = Math.max(from, end - CREDIT_TAIL);
  const credit = /[.!?]?\s?[—–-]{1,3}\s{0,3}\p{Lu}[\p{Lu}\p{L} ]{0,30}$/u.exec(text.slice(tailStart, end));
  if (credit) end = tailStart + credit.index;
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
  /** The speaker comes from a cue right after the words ("…,” one senior Democrat said", "…, according to X"). */
  tiedCue?: boolean;
  /** A report inside another claim's content ("… reported that GCHQ sources said …"). */
  nested?: boolean;
  /** The speaker is only carried over from the claim before (a cue-less quote paragraph). */
  continued?: boolean;
  /** How far from this rule claim's start the tagged content that named its speaker starts (the nearest decides). */
  taggedGap?: number;
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
  const quotes = marked.filter(
    (q) =>
      wordCount(text.slice(q.inner.start, q.inner.end)) >= MIN_QUOTE_WORDS &&
      !isWorkTitle(text, q.inner, q.outer.start),
  );
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
        // "“…?” Hannity pressed.": a name and a verb right after the words, whatever the verb.
        const named = after ? undefined : nameThenVerb(text, quote);
        const cue = named ? undefined : (after ?? before);
        let speaker = named
          ? resolveSpeaker(text, named, mentions, { lastSpeaker, afterCue: true })
          : cue
            ? speakerFromCue(text, cue, mentions, lastSpeaker, endSentence)
            : undefined;
        // "Republican nominee Donald Trump issued the following statement: “…”": the colon clause's subject,
        // unless the quotation opens with its own turn label ("Transcript as follows: “WALLACE: …”").
        if (!cue && !named)
          speaker =
            ownLabel(text, quote.inner.start, mentions) ?? colonSpeaker(text, quote.outer.start, mentions);
        if (
          !cue &&
          !named &&
          !speaker &&
          (quote.opensParagraph || text.slice(sentence.start, quote.outer.start).trim() === '') &&
          lastQuote &&
          quote.outer.start - lastQuote.end <= CONTINUATION_CHARS
        )
          speaker = lastQuote.speaker;
        const continued = !cue && !named && speaker !== undefined;
        const span = tidy(text, quote.inner.start, quote.inner.end);
        const tiedCue =
          named !== undefined ||
          (cue === after &&
            cue !== undefined &&
            INVERTED_GAP.test(text.slice(quote.outer.end, (cue.speaker ?? cue.verb).start)));
        found.push({ span, kind: 'quote', speaker, sentence, tiedCue, continued });
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
      const tiedCue =
        reported.cue.verb.start >= reported.span.end &&
        INVERTED_GAP.test(text.slice(reported.span.end, (reported.cue.speaker ?? reported.cue.verb).start));
      found.push({ span: reported.span, kind: 'reported', speaker, sentence, generic, tiedCue });
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
  nameGenericSpeakers(found, mentions);
  const all = model.attributions
    ? mergeTagged(text, found, model.attributions.find(text), mentions, sentenceAt)
    : found;
  for (const f of all) if (!f.speaker) f.speaker = speakerNearby(text, f, mentions);
  return all
    .filter(
      (f) =>
        wordCount(text.slice(f.span.start, f.span.end)) >= MIN_CLAIM_WORDS &&
        !isCreditLine(text.slice(f.sentence.start, f.sentence.end)),
    )
    .map((f) => ({
      start: f.span.start,
      end: f.span.end,
      text: text.slice(f.span.start, f.span.end),
      kind: f.kind,
      ...(f.speaker ? { speaker: f.speaker } : {}),
      checkworthiness: model.score(text.slice(f.sentence.start, f.sentence.end)),
    }));
}

/** After a quotation: a name of up to four words, an optional adverb, a past-tense verb, then a stop. */
const NAME_VERB =
  /^[\s,]{0,3}(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})\s(?:\p{Ll}+ly\s)?\p{Ll}{2,}ed[.,;:]/u;
/** After a quotation: a past-tense verb, then a name of up to four words and a stop ("asked Todd."). */
const VERB_NAME = /^[\s,]{0,3}\p{Ll}{2,}ed\s(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})[.,;:]/u;

/** In a headline, after a quotation: a name, then a Title Case speech verb ("‘…,’ Howard Dean Tells Convention"). */
const HEADLINE_NAME_VERB =
  /^[\s,]{0,3}(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})\s(?:Says|Tells|Warns|Claims|Insists|Admits|Declares|Vows|Predicts|Argues|Explains|Reveals|Suggests|Urges)\b/u;

/**
 * The name right after a quotation that ends on a comma, question or exclamation mark, before or after a verb
 * no cue list holds ("“…?” Hannity pressed.", "“…,” interjected O'Malley."): the quotation's speaker.
 */
function nameThenVerb(text: string, quote: Quotation): Span | undefined {
  const last = text.slice(Math.max(quote.inner.start, quote.inner.end - 2), quote.inner.end);
  if (!/[,?!]\s*$/.test(last)) return undefined;
  const rest = text.slice(quote.outer.end, quote.outer.end + 80);
  const headline = quote.outer.end < (text.indexOf('\n') + 1 || text.length + 1);
  const m = NAME_VERB.exec(rest) ?? VERB_NAME.exec(rest) ?? (headline ? HEADLINE_NAME_VERB.exec(rest) : null);
  // "“Has it moved?” Sanders responded, “It has …”": the name introduces the next quotation, not this one.
  if (!m || (m[0].endsWith(',') && /^\s{0,2}["“]/.test(rest.slice(m[0].length)))) return undefined;
  const start = quote.outer.end + m.index + m[0].indexOf(m[1]!);
  const name = { start, end: start + m[1]!.replace(/[.]$/, '').length };
  return /^(?:The|A|An|This|That|It|He|She|They|We|I)$/.test(text.slice(name.start, name.end).split(' ')[0]!)
    ? undefined
    : name;
}

/** Words that say when or how something was said ("on Tuesday", "in a statement", "late last week"). */
const CIRCUMSTANCE_WORDS = new Set(
  (
    'on in at during by last this next early late earlier later week weekend month year morning afternoon ' +
    'evening night today yesterday tonight monday tuesday wednesday thursday friday saturday sunday january ' +
    'february march april may june july august september october november december a an the statement ' +
    'interview email e-mail tweet telephone phone news conference briefing speech letter written recent ' +
    'separate brief post'
  ).split(' '),
);

/** Whether a clause after a cue only says when or how it was said: then the words before the cue are the claim. */
function isCircumstance(clause: string): boolean {
  const words = clause.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  return words.length <= 8 && words.every((w) => CIRCUMSTANCE_WORDS.has(w) || /^\d+$/.test(w));
}

/** Right after a cue verb: a comma and a participle that goes on with the report (", adding that"). */
const PARTICIPLE_NEXT = /^,\s(?:adding|saying|noting|arguing|insisting|explaining|warning|citing|calling)\b/;

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
    // "CLAIM, a Chinese official said, adding that …": the words before are what was said; the participle goes on.
    if (endsWithComma && PARTICIPLE_NEXT.test(text.slice(cue.verb.end, cue.verb.end + 40)))
      return { cue, span: tidy(text, sentence.start, sentence.start + before.length) };
    const after = tidy(text, cue.clauseStart, clauseEnd(text, cue.clauseStart, sentence.end));
    // "…, the company said on Tuesday." / "… in a statement.": when and how it was said is no claim.
    const said = enough(after) && !isCircumstance(text.slice(after.start, after.end));
    if (cue.speaker && said) return { cue, span: after };
    // Inverted: "The economy is growing, the minister said." / "…, said the minister."
    if (endsWithComma && (!cue.speaker || !said)) {
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
  // "…," said Mr Smith: the speaker follows the verb ("said a 2008 Clinton veteran", "said Larry Noble, …").
  // ("…, told reporters": who listened, not who spoke.)
  const after = namesListener(cue.verb.word) ? undefined : phraseAfterCue(text, cue.verb.end);
  if (after && after.end <= sentence.end)
    return resolveSpeaker(text, after, mentions, { lastSpeaker, afterCue: true });
  if (namesListener(cue.verb.word)) return undefined;
  const rest = text.slice(cue.verb.end, sentence.end);
  const m = /^\s+((?:the\s+|a\s+|an\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)*)/u.exec(rest);
  if (!m) return undefined;
  const start = cue.verb.end + m.index + m[0].length - m[1]!.length;
  return resolveSpeaker(text, { start, end: start + m[1]!.length }, mentions, { lastSpeaker });
}

/** A cue that is a speech verb or "according to": its tagged source is the speaker. */
const SPEECH_CUE = new RegExp(`\\b(?:${CUE_VERBS.join('|')}|according to|say|tell|add|write)\\b`, 'i');

/** A speaker that names someone: an entity, or a name as written ("Hannity") rather than a description. */
const isNamed = (speaker: Speaker | undefined): boolean =>
  speaker !== undefined &&
  (speaker.entityId !== undefined || /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(speaker.name));

/** A tagged content covered this much by one rule-found claim keeps the rule's (tighter) span. */
const RULE_COVER = 0.6;

/** Share of span `a` covered by span `b`. */
const coverOf = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(1, a.end - a.start);

/** A tagged content as a claim span: without a leading "that", and a quote without its marks. */
function taggedSpan(text: string, content: Span): { span: Span; kind: Claim['kind'] } {
  let start = content.start;
  const end = content.end;
  const lead = /^(?:that|whether|if)\s+/i.exec(text.slice(start, Math.min(end, start + 10)));
  if (lead) start += lead[0].length;
  const span = tidy(text, start, end);
  const raw = text.slice(content.start, content.end).trim();
  const quoted = /^["“]/.test(text.slice(span.start - 1, span.start)) && /["”][.,]?$/.test(raw);
  const inner = /["”]$/.test(text.slice(span.start, span.end))
    ? { start: span.start, end: span.end - 1 }
    : span;
  return { span: quoted ? tidy(text, inner.start, inner.end) : span, kind: quoted ? 'quote' : 'reported' };
}

/**
 * Adds the attribution tagger's contents to the rule-found claims: a tagged content that a rule claim already
 * covers keeps the rule claim; otherwise the tagged content (the whole content span) replaces the rule claims it
 * overlaps, keeping their speaker when the tagger found no source. Statistics and other sentences inside a
 * tagged content become part of it.
 */
function mergeTagged(
  text: string,
  found: Found[],
  tagged: FoundAttribution[],
  mentions: MentionIndex,
  sentenceAt: (i: number) => Span | undefined,
): Found[] {
  // Claims so far: the rules' (sorted, some removed) and the tagger's (appended in text order). Overlaps are
  // looked up in a window before the span, so a long article costs linear time, not claims × contents.
  const base = [...found].sort((a, b) => a.span.start - b.span.start);
  const added: Found[] = [];
  const removed = new Set<Found>();
  const longest = (list: Found[]): number => list.reduce((m, f) => Math.max(m, f.span.end - f.span.start), 0);
  const baseLongest = longest(base);
  let addedLongest = 0;
  const overlaps = (span: Span): Found[] => {
    const out: Found[] = [];
    let k = countBelow(base, span.end, (f) => f.span.start) - 1;
    for (; k >= 0 && base[k]!.span.start >= span.start - baseLongest; k--) {
      const f = base[k]!;
      if (f.span.end > span.start && !removed.has(f)) out.push(f);
    }
    out.reverse();
    const fromAdded: Found[] = [];
    for (let j = added.length - 1; j >= 0 && added[j]!.span.start >= span.start - addedLongest; j--) {
      const f = added[j]!;
      if (f.span.start < span.end && f.span.end > span.start && !removed.has(f)) fromAdded.push(f);
    }
    return out.concat(fromAdded.reverse());
  };
  let last: { start: number; end: number; speaker?: Speaker } | undefined;
  let previous: FoundAttribution | undefined;
  for (const t of tagged) {
    if (t.cue && !t.plainCue) {
      // An unusual cue ("continued", "pressed") makes no claim of its own, but its source still names the
      // speaker of a claim found by the rules over the same words.
      if (t.source) lendSource(text, t, overlaps(t.content), mentions, sentenceAt);
      continue;
    }
    const { span: whole, kind } = taggedSpan(text, t.content);
    if (kind === 'quote' && isWorkTitle(text, whole, whole.start - 1)) continue;
    const span = kind === 'reported' ? paraphraseEnd(text, whole, sentenceAt) : whole;
    const words = wordCount(text.slice(span.start, span.end));
    if (words < (kind === 'quote' ? 2 : 4)) continue;
    const overlapping = overlaps(span);
    const claimsOver = overlapping.filter((f) => f.kind === 'quote' || f.kind === 'reported');
    // A content without cue or source is only a claim as a quotation continuing the last speaker.
    if (!t.cue && !t.source && kind !== 'quote' && claimsOver.length === 0) continue;
    const rule = claimsOver.find((f) => coverOf(span, f.span) >= RULE_COVER);
    const phrase = sourcePhrase(
      text,
      t,
      (sentenceAt(t.cue?.start ?? t.content.start) ?? t.content).start,
      previous,
    );
    previous = t;
    const context = { lastSpeaker: last?.speaker, lastSpeakerAt: last?.start, afterCue: phrase?.afterCue };
    // A quotation with neither source nor cue of its own: the clause its colon ends ("Potts echoed: “…”").
    const own = phrase
      ? resolveSpeaker(text, phrase.phrase, mentions, context)
      : !t.cue && kind === 'quote'
        ? colonSpeaker(text, t.content.start, mentions)
        : undefined;
    const ruleSpeaker = (rule ?? claimsOver.find((f) => f.speaker))?.speaker;
    // The tagger's own source, tied to these words by a speech verb, beats a rule's speaker; with a looser
    // cue an entity (the rule's) beats a description. A lede's generic group named later keeps that name.
    const byRule = rule ?? claimsOver.find((f) => f.speaker);
    const speechCue = t.cue !== undefined && SPEECH_CUE.test(text.slice(t.cue.start, t.cue.end));
    // A speaker only carried over from the claim before yields to any source the tagger tied to these words.
    let speaker =
      byRule?.continued && own
        ? own
        : byRule?.generic && ruleSpeaker?.entityId && !own?.entityId
          ? ruleSpeaker
          : byRule?.tiedCue && ruleSpeaker && !speechCue
            ? ruleSpeaker
            : speechCue
              ? (own ?? ruleSpeaker)
              : ([own, ruleSpeaker].find(isNamed) ?? own ?? ruleSpeaker);
    let cut: Found | undefined;
    const gap = rule ? Math.abs(t.content.start - rule.span.start) + (speechCue && own ? 0 : text.length) : 0;
    if (rule) {
      // Several tagged contents can fall on one rule claim ("Trump said A, and he reiterated B … Hewitt
      // seemed …"): one with a speech verb and a source of its own before any other, then the one that starts
      // nearest the claim's start.
      if (rule.taggedGap !== undefined && gap >= rule.taggedGap) {
        // "While Clinton pledged A, Sanders insisted B": a second speaker's own report inside the claim
        // ends the first claim where the second attribution begins, and becomes a claim of its own.
        cut = splitAt(text, rule, t, own);
        if (!cut) continue;
        speaker = own;
      }
    }
    if (rule && !cut) {
      rule.taggedGap = gap;
      rule.speaker = speaker;
      rule.continued = false;
      last = { start: rule.span.start, end: t.content.end, speaker };
      continue;
    }
    if (!speaker && !t.cue && last && t.content.start - last.end <= CONTINUATION_CHARS)
      speaker = last.speaker;
    for (const f of overlapping) if (f !== cut) removed.add(f);
    for (const f of splitReported(text, span, kind, speaker, sentenceAt)) {
      added.push(f);
      addedLongest = Math.max(addedLongest, f.span.end - f.span.start);
    }
    last = { start: span.start, end: t.content.end, speaker };
  }
  const out = [...found.filter((f) => !removed.has(f)), ...added.filter((f) => !removed.has(f))];
  for (const f of [...out]) {
    const inner = nestedReport(text, f, mentions);
    if (inner) out.push(inner);
    const second = secondReport(text, f, mentions);
    if (second) out.push(second);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Cuts a rule claim before a second attribution inside it ("While Clinton pledged A, Sanders insisted B"): only
 * for a tagged source of its own, with a speech verb, naming someone other than the claim's speaker, and only
 * when the claim keeps at least four words. Returns the shortened claim, or undefined when nothing was cut.
 */
function splitAt(
  text: string,
  rule: Found,
  t: FoundAttribution,
  own: Speaker | undefined,
): Found | undefined {
  if (!own || !t.source || !t.cue || own.name === rule.speaker?.name) return undefined;
  if (own.entityId && own.entityId === rule.speaker?.entityId) return undefined;
  const at = Math.min(t.source.start, t.cue.start, t.content.start);
  if (at <= rule.span.start || at >= rule.span.end) return undefined;
  const kept = tidy(text, rule.span.start, at);
  const words = withoutTrailingConjunction(text.slice(kept.start, kept.end));
  if (wordCount(words) < 4) return undefined;
  rule.span = tidy(text, kept.start, kept.start + words.length);
  return rule;
}

/**
 * A clause without the separators and the conjunction it ends on ("…in the assembly, and"), by a loop from the
 * end: a regex anchored at the end backtracks quadratically on long runs of spaces.
 */
function withoutTrailingConjunction(clause: string): string {
  let end = clause.length;
  while (end > 0 && /[\s,;]/.test(clause[end - 1]!)) end--;
  const space = clause.lastIndexOf(' ', end - 1);
  if (space >= 0 && /^(?:and|but|while|as|whereas)$/i.test(clause.slice(space + 1, end))) {
    end = space;
    while (end > 0 && /[\s,;]/.test(clause[end - 1]!)) end--;
  }
  return clause.slice(0, end);
}

/** A credit after a quotation: "“…” ― Jane Doe", "“…” — Jane Doe." (a dash, then a name of up to four words). */
const DASH_CREDIT = /^[\s”"’']{0,3}[―—–-]{1,2}\s{0,2}(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})/u;
/** A transcript line: "WALLACE: …", "Mr. Smith: …" at the start of a paragraph, before a quotation or not. */
const TRANSCRIPT_NAME = /(?:^|\n)[\s"“]{0,3}(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}):\s{0,3}["“]?$/u;

/** A claim that opens with a speaker's label in capitals, as transcripts write turns ("WALLACE: …"). */
const OWN_LABEL = /^["“]?\s?(\p{Lu}{2,}(?:[ .'’-]{1,2}\p{Lu}{2,}){0,2}):\s/u;
/** Labels in capitals that head a note, not a turn. */
const NOT_A_LABEL =
  /^(?:UPDATE|UPDATED|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|BREAKING|CORRECTION|WATCH|READ|PHOTOS?|VIDEO|Q|A)$/;

/** A short line ending in a colon, then only blank lines: it introduces the quotation below it. */
const COLON_LINE = /(?:^|\n)([^\n:]{1,80}\s\p{Ll}[\p{L}'’]*):[ \t]*\n\s*$/u;

/** A clause ending in a colon right before a quotation ("Cruz continued: “"). */
const INTRODUCED_BY_COLON = /\s\p{L}[\p{L}'’ ]*:\s{0,3}["“]?\s{0,2}$|\s\p{L}[\p{L}'’ ]*:\s{0,3}''$/u;

/**
 * The speaker of a claim that neither the tagger nor the rules tied to a source: a dash credit after it, a
 * transcript name before it, or the subject of a speech cue elsewhere in its sentence.
 */
/** "PENCE: Well, the question …": a transcript turn quoted whole opens with its speaker's label. */
function ownLabel(text: string, start: number, mentions: MentionIndex): Speaker | undefined {
  const label = OWN_LABEL.exec(text.slice(start, start + 40));
  if (!label || NOT_A_LABEL.test(label[1]!)) return undefined;
  const at = start + label.index + label[0].indexOf(label[1]!);
  return resolveSpeaker(text, { start: at, end: at + label[1]!.length }, mentions, {});
}

function speakerNearby(text: string, f: Found, mentions: MentionIndex): Speaker | undefined {
  if (f.kind !== 'quote' && f.kind !== 'reported') return undefined;
  const credit = DASH_CREDIT.exec(text.slice(f.span.end, f.span.end + 60));
  if (credit && f.kind === 'quote') {
    const start = f.span.end + credit.index + credit[0].length - credit[1]!.length;
    return resolveSpeaker(text, { start, end: start + credit[1]!.length }, mentions, { afterCue: true });
  }
  const label = ownLabel(text, f.span.start, mentions);
  if (label) return label;
  const lineStart = text.lastIndexOf('\n', f.span.start - 1) + 1;
  const transcript = TRANSCRIPT_NAME.exec(
    text.slice(Math.max(lineStart - 1, f.span.start - 40), f.span.start),
  );
  if (transcript) {
    const start =
      f.span.start -
      text.slice(Math.max(lineStart - 1, f.span.start - 40), f.span.start).length +
      transcript.index +
      transcript[0].indexOf(transcript[1]!);
    return resolveSpeaker(text, { start, end: start + transcript[1]!.length }, mentions, {});
  }
  const sentence = f.sentence;
  if (f.kind === 'quote') {
    const colon = colonSpeaker(text, f.span.start, mentions);
    if (colon) return colon;
  }
  // "Cruz continued:" on a line of its own, the quotation in the next paragraph.
  if (f.kind === 'quote' && text.slice(sentence.start, f.span.start).trim().length <= 1) {
    const before = text.slice(Math.max(0, sentence.start - 100), sentence.start);
    const line = COLON_LINE.exec(before);
    if (line && wordCount(line[1]!) <= 8) {
      const lineStart = sentence.start - before.length + line.index + line[0].indexOf(line[1]!);
      const subject = sentenceSubject(text, lineStart, lineStart + line[1]!.length);
      if (subject) return resolveSpeaker(text, subject, mentions, {});
    }
  }
  const cues = findCues(text, sentence.start, sentence.end, [f.span]);
  const gap = (c: SpeechCue): number =>
    c.verb.start >= f.span.end ? c.verb.start - f.span.end : f.span.start - c.verb.end;
  const cue = cues.filter((c) => gap(c) >= 0 && gap(c) <= 40).sort((a, b) => gap(a) - gap(b))[0];
  return cue ? speakerFromCue(text, cue, mentions, undefined, sentence) : undefined;
}

/** Stops a colon clause's subject cannot run over: a sentence's end, a line break, a dash. */
const CLAUSE_STOP = /[.!?]["”’']?\s|\n|—|\s–\s/g;

/**
 * The speaker of a quotation introduced by a clause ending in a colon ("Cruz called them on it: “…”",
 * "17-year-old Jared Potts echoed: “…”", "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt
 * message to Trump: “…”"): the clause's subject, the words before its first verb (else the capitalised words it
 * opens with). The clause starts after the last full stop, line break or dash before the quotation.
 */
function colonSpeaker(text: string, quoteStart: number, mentions: MentionIndex): Speaker | undefined {
  const windowStart = Math.max(0, quoteStart - 200);
  // (The colon may end the paragraph before the quotation's: the blank lines after it are no stop.)
  let leadEnd = quoteStart;
  while (leadEnd > windowStart && /\s/.test(text[leadEnd - 1]!)) leadEnd--;
  const lead = text.slice(windowStart, leadEnd);
  let clauseStart = 0;
  for (const m of lead.matchAll(CLAUSE_STOP)) clauseStart = m.index + m[0].length;
  const clause = lead.slice(clauseStart);
  if (wordCount(clause) > 24 || !INTRODUCED_BY_COLON.test(clause.slice(-80))) return undefined;
  const from = windowStart + clauseStart;
  const words = [...clause.matchAll(/\S+/g)];
  const verb = words.findIndex((w, i) => i > 0 && isClauseVerb(w[0].replace(/[,:;]$/, '')));
  // ("In response to the attack, Donald Trump issued …": the subject stands after the opening phrase.)
  const subject = verb > 0 ? subjectBefore(text, from, from + words[verb]!.index) : undefined;
  if (subject) {
    const speaker = resolveSpeaker(text, subject, mentions, {});
    if (speaker) return speaker;
  }
  const opening = sentenceSubject(text, from, quoteStart);
  return opening ? resolveSpeaker(text, opening, mentions, {}) : undefined;
}

/** Gives a tagged source to the speakerless quote or reported claims inside the tagged content. */
function lendSource(
  text: string,
  t: FoundAttribution,
  found: Found[],
  mentions: MentionIndex,
  sentenceAt: (i: number) => Span | undefined,
): void {
  for (const f of found) {
    if ((f.speaker && !f.continued && f.tiedCue) || (f.kind !== 'quote' && f.kind !== 'reported')) continue;
    if (coverOf(f.span, t.content) < 0.5) continue;
    // A rule speaker from a cue not tied to these words ("She said …, to which O'Malley interjected: “…”")
    // yields to the source the tagger tied to them by a colon.
    if (f.speaker && !f.continued && !colonCueSubject(text, t)) continue;
    const phrase = sourcePhrase(text, t, (sentenceAt(t.source!.start) ?? t.source!).start);
    const own = phrase && resolveSpeaker(text, phrase.phrase, mentions, { afterCue: phrase.afterCue });
    if (own || !f.speaker || f.continued) f.speaker = own;
  }
}

/** A tagged source right before a cue ending in a colon ("O'Malley interjected:"): the subject of that cue. */
function colonCueSubject(text: string, t: FoundAttribution): boolean {
  if (!t.source || !t.cue || !/:$/.test(text.slice(t.cue.start, t.cue.end))) return false;
  // ("In other words, explained X:": a phrase closed by a comma is no subject.)
  return (
    t.source.end <= t.cue.start &&
    /^[ \t]*$/.test(text.slice(t.source.end, t.cue.start)) &&
    !/[,;]\s*$/.test(text.slice(t.source.start, t.source.end))
  );
}

/** A report inside a reported claim ("The Sun reported that GCHQ sources said …"): a claim of its own, by the inner speaker. */
function nestedReport(text: string, f: Found, mentions: MentionIndex): Found | undefined {
  if (f.kind !== 'reported') return undefined;
  const inner = findCues(text, f.span.start, f.span.end).find(
    (c) => c.speaker && c.speaker.start === f.span.start && c.verb.word !== 'according to',
  );
  if (!inner) return undefined;
  const span = tidy(text, inner.clauseStart, f.span.end);
  if (wordCount(text.slice(span.start, span.end)) < 4) return undefined;
  const speaker = resolveSpeaker(text, inner.speaker!, mentions, {});
  return { span, kind: 'reported', speaker, sentence: f.sentence, nested: true };
}

/** Where a coordinated clause starts inside a claim: ", and", ", but", ", while", "; ". */
const SECOND_CLAUSE = /[,;]\s+(?:and|but|while|whereas)\s+|;\s+/g;

/**
 * A second report coordinated inside a reported claim ("1,409 teachers said they backed Sanders, while 95
 * members said they favored Clinton", "Many Republicans have said A and others have said B"): the clause's own
 * subject and speech verb make it a claim of its own by that speaker, and the first claim ends before it. Only
 * when the subject opens the clause, names someone other than the claim's speaker, and both parts keep four words.
 */
function secondReport(text: string, f: Found, mentions: MentionIndex): Found | undefined {
  if (f.kind !== 'reported' || f.nested) return undefined;
  // "…, and he sometimes added content, according to the sources": both clauses are the sources' report.
  if (/\baccording to\b/i.test(text.slice(f.span.end, f.sentence.end))) return undefined;
  for (const m of text.slice(f.span.start, f.span.end).matchAll(SECOND_CLAUSE)) {
    const clause = f.span.start + m.index + m[0].length;
    const cue = findCues(text, clause, f.span.end).find(
      (c) => c.speaker?.start === clause && c.verb.word !== 'according to',
    );
    if (!cue) continue;
    const speaker = resolveSpeaker(text, cue.speaker!, mentions, {});
    if (!speaker || speaker.name === f.speaker?.name) continue;
    if (speaker.entityId && speaker.entityId === f.speaker?.entityId) continue;
    const span = tidy(text, cue.clauseStart, f.span.end);
    const kept = tidy(text, f.span.start, f.span.start + m.index);
    if (wordCount(text.slice(span.start, span.end)) < 4) continue;
    if (wordCount(text.slice(kept.start, kept.end)) < 4) continue;
    f.span = kept;
    return { span, kind: 'reported', speaker, sentence: f.sentence, nested: true };
  }
  return undefined;
}

/** A paraphrase runs on into the next sentence only when that sentence is no quotation of its own. */
function paraphraseEnd(text: string, span: Span, sentenceAt: (i: number) => Span | undefined): Span {
  const sentence = sentenceAt(span.start);
  if (!sentence || sentence.end >= span.end) return span;
  if (!/^\s*["“]/.test(text.slice(sentence.end, sentence.end + 4))) return span;
  return tidy(text, span.start, sentence.end);
}

/**
 * A reported content as claims: cut before a coordinated second report (", and suggested …", which becomes a
 * claim of its own by the same speaker) and a credit line ("— AFP").
 */
function splitReported(
  text: string,
  span: Span,
  kind: Claim['kind'],
  speaker: Speaker | undefined,
  sentenceAt: (i: number) => Span | undefined,
): Found[] {
  const sentence = sentenceAt(span.start) ?? span;
  if (kind !== 'reported') return [{ span, kind, speaker, sentence }];
  const end = clauseEnd(text, span.start, span.end);
  const first = tidy(text, span.start, end);
  const out: Found[] = [{ span: first, kind, speaker, sentence }];
  const rest = /^[\s,;]*(?:and|but)\s+/.exec(text.slice(end, span.end));
  if (rest) {
    const second = tidy(text, end + rest[0].length, clauseEnd(text, end + rest[0].length, span.end));
    if (wordCount(text.slice(second.start, second.end)) >= 4)
      out.push({ span: second, kind, speaker, sentence });
  }
  return out;
}

/**
 * "British security officials said …" then "The NCSC … said": the lede's unnamed officials are the body's named
 * organisation. Only the lede's (the article's first attribution), and only an organisation: "Sources told
 * POLITICO …" in the body is not the senator quoted next.
 */
function nameGenericSpeakers(found: Found[], mentions: MentionIndex): void {
  const first = found.findIndex((f) => f.kind === 'quote' || f.kind === 'reported');
  const f = found[first];
  if (!f?.generic) return;
  const next = found.slice(first + 1, first + 3).find((g) => g.speaker?.entityId && !g.generic);
  const entity = next?.speaker?.entityId ? mentions.byId.get(next.speaker.entityId) : undefined;
  if (entity?.type === 'organization') f.speaker = next!.speaker;
  else f.generic = false;
}

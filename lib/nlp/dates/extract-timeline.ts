/**
 * The article's timeline: every date expression, resolved on the article's own clock (publishedAt, never
 * today), with its precision and a short label from its sentence, plus the publication date itself.
 */
import type * as chrono from 'chrono-node';
import type { Span, TimelineEntry } from '../../contract/types';
import { layoutLines, type LineLayout } from '../entities/line-layout';
import { dayOfIso, formatDay, type Day } from '@/lib/contract/calendar';
import { casualDateParser } from './date-parser';
import { eventLabel, eventNounAfter } from './event-label';
import { isDateOnlyLine } from './metadata-line';
import { isDateNoise } from './noise';
import { resolveDate, type DatePrecision } from './resolve-date';
import { tenseAround } from './tense';
import { yearMentions } from './year-mentions';

/** A timeline entry with the precision of its date ('week' dates are the Monday of that week). */
export interface DatedEntry extends TimelineEntry {
  precision: DatePrecision;
}

/** How to read ambiguous numeric dates. */
export interface TimelineOptions {
  /** '05/11/2019' as 5 November (UK and most of the world; default) or, when false, as May 11 (US). */
  dayFirst?: boolean;
}

/**
 * Days known by their date ("9/11", "7/7"): the event of that day, never a date in the article's year.
 * Days known by a name ("D-Day", "VE Day", "Black Monday") are left out of the timeline by the noise rules.
 */
const NAMED_DAYS: Record<string, { date: string; label: string }> = {
  '9/11': { date: '2001-09-11', label: 'September 11 attacks' },
  '7/7': { date: '2005-07-07', label: '7 July 2005 London bombings' },
  '26/11': { date: '2008-11-26', label: '2008 Mumbai attacks' },
};
const NAMED_DAY = /(?<![\d/.,])(9\/11|7\/7|26\/11)(?![\d/]|\.\d)/g;

/** The label given to the publication date's entry. */
const PUBLICATION_LABEL = 'Article published';

/** How far around a date its tense and label are looked for. */
const MAX_CONTEXT = 400;

/** Chunks longer than this are cut at a sentence end, so the date parser never sees a huge string. */
const MAX_CHUNK = 4000;

/**
 * All dated moments in `text`, sorted by date then position. Relative expressions ("on Tuesday", "last
 * week", "the December 12 election") need `publishedAt`; without it only fully written dates are kept.
 * `sentences` are spans of `text` (from splitSentences); an empty list falls back to lines.
 */
export function extractTimeline(
  text: string,
  publishedAt: string | undefined,
  sentences: Span[],
  options: TimelineOptions = {},
): DatedEntry[] {
  const clock = dayOfIso(publishedAt);
  const reference = clock ? new Date(clock.year, clock.month - 1, clock.day, 12) : new Date(2000, 0, 1, 12);
  const lines = layoutLines(text);
  const sentenceAt = sentenceFinder(sentences, lines);
  const entries: DatedEntry[] = [];
  let publication: DatedEntry | undefined;
  const expansions = new Map<string, string>();

  for (const chunk of chunksOf(text)) {
    const slice = text.slice(chunk.start, chunk.end);
    const hits: Array<{ index: number; text: string; components: chrono.ParsedComponents }> =
      casualDateParser()
        .parse(slice, reference, { forwardDate: false })
        .map((r) => ({ index: r.index, text: r.text, components: r.start }));
    for (const year of yearMentions(slice))
      if (!hits.some((h) => h.index < year.end && year.start < h.index + h.text.length)) hits.push(year);
    NAMED_DAY.lastIndex = 0;
    for (let m = NAMED_DAY.exec(slice); m; m = NAMED_DAY.exec(slice)) {
      const day = NAMED_DAYS[m[1]];
      const start = chunk.start + m.index;
      entries.push({
        date: day.date,
        precision: 'day',
        text: m[1],
        start,
        end: start + m[1].length,
        label: day.label,
      });
      // The parser's reading of the same characters ("9/11" as 11 September of this year) goes.
      const at = m.index;
      for (let i = hits.length - 1; i >= 0; i--)
        if (hits[i].index < at + m[1].length && at < hits[i].index + hits[i].text.length) hits.splice(i, 1);
    }

    for (const hit of hits) {
      let start = chunk.start + hit.index;
      let end = start + hit.text.length;
      const before = text.slice(Math.max(0, start - 20), start);
      if (isDateNoise(hit.text, hit.components, before, text.slice(end, end + 20))) continue;
      const modifier = /\b(?:early|late|earlier|later)\s+$/i.exec(before);
      if (modifier) start -= modifier[0].length;
      const sentence = sentenceAt(start);
      const tense = tenseAround(text, start, end, sentence);
      const resolved = resolveDate({
        text: hit.text,
        components: hit.components,
        clock,
        tense,
        dayFirst: options.dayFirst ?? true,
      });
      if (!resolved) continue;

      const line = lines.lineAt(start);
      if (isDateOnlyLine(text.slice(line.start, line.end), start - line.start, end - line.start)) {
        // A date line: the article's own date, or page furniture such as the site's "today".
        if (clock && !publication && resolved.date === formatDay(clock))
          publication = publicationEntry(text, clock, line);
        continue;
      }
      const label = eventLabel(text, start, end, sentence, expansions);
      // "the December 12 election": the entry covers the event it dates.
      const noun = /\bthe\s+$/i.exec(text.slice(Math.max(0, start - 4), start))
        ? eventNounAfter(text.slice(end, end + 30))
        : 0;
      if (noun > 0) {
        start -= 4;
        end += noun;
      }
      entries.push({
        date: resolved.date,
        precision: resolved.precision,
        text: text.slice(start, end),
        start,
        end,
        ...(label ? { label } : {}),
      });
    }
  }

  if (clock) entries.push(publication ?? publicationEntry(text, clock, undefined));
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start));
}

function publicationEntry(text: string, clock: Day, line: Span | undefined): DatedEntry {
  const date = formatDay(clock);
  const span = line ? trimSpan(text, line) : { start: 0, end: 0 };
  return {
    date,
    precision: 'day',
    text: line ? text.slice(span.start, span.end) : date,
    start: span.start,
    end: span.end,
    label: PUBLICATION_LABEL,
    isPublication: true,
  };
}

/** Lines of `text`, long lines cut at sentence ends (or spaces) so that no chunk exceeds MAX_CHUNK. */
function* chunksOf(text: string): Generator<Span> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    let end = newline === -1 ? text.length : newline;
    if (end - start > MAX_CHUNK) {
      const window = text.slice(start, start + MAX_CHUNK);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf(' '));
      end = start + (cut > MAX_CHUNK / 2 ? cut + 1 : MAX_CHUNK);
    }
    if (end > start) yield { start, end };
    start = end === newline ? end + 1 : end;
  }
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The sentence holding an offset (binary search over `sentences`), else its line. */
function sentenceFinder(sentences: Span[], lines: LineLayout): (offset: number) => Span {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const candidate = sorted[lo - 1];
    const span = candidate && candidate.end > offset ? candidate : lines.lineAt(offset);
    // Tense and label look nearby only: a run-on "sentence" must not make the work quadratic.
    return {
      start: Math.max(span.start, offset - MAX_CONTEXT),
      end: Math.min(span.end, offset + MAX_CONTEXT),
    };
  };
}

/**
 * A report whose verb closes its sentence ("The protocol called for her to be taken to a trauma centre,
 * sources said."): the whole sentence is what the trailing source said, so the content the tagger tied to a
 * verb inside it ("called for", "decided", "told police") takes the trailing cue and source instead.
 */
import type { Span } from '../../contract/types';
import type { FoundAttribution, RoleSpan } from './attributions';

/** Verbs that report a whole sentence when they close it. */
const REPORTING_VERB =
  /^(?:said|says|added|adds|wrote|writes|reported|reports|noted|notes|told|tells|explained|explains|argued|argues|insisted|insists|claimed|claims|stated|states|confirmed|confirms)$/i;
/** Between the content and the trailing source: a comma, maybe after a closing quote mark. */
const COMMA_BETWEEN = /^[\s"”'’]*,\s*$/;
/** After the trailing cue: the sentence's end (or the unit's, or a closing quote mark). */
const SENTENCE_END = /^\s*(?:$|[.!?"”])/;

const textOf = (text: string, s: Span): string => text.slice(s.start, s.end).trim();

/**
 * Gives each content that a sentence-final "…, SOURCE said." follows that cue and source, unless its own cue is
 * already a reporting verb ("Smith said A, Jones said." keeps Smith). Only a cue no content took is moved.
 */
export function withTrailingReports(text: string, spans: RoleSpan[], found: FoundAttribution[]): void {
  const taken = new Set(found.map((f) => f.cue?.start));
  for (let k = 0; k < spans.length; k++) {
    const cue = spans[k]!;
    if (cue.role !== 'CUE' || taken.has(cue.start) || !REPORTING_VERB.test(textOf(text, cue))) continue;
    const before = spans[k - 1];
    const after = spans[k + 1];
    let source: RoleSpan | undefined;
    if (before?.role === 'SRC' && before.last === cue.first - 1) source = before;
    else if (after?.role === 'SRC' && after.first === cue.last + 1) source = after;
    if (!source) continue;
    const pairStart = Math.min(source.start, cue.start);
    const pairEnd = Math.max(source.end, cue.end);
    if (!SENTENCE_END.test(text.slice(pairEnd, pairEnd + 3))) continue;
    const owner = found.find(
      (f) => f.content.end <= pairStart && COMMA_BETWEEN.test(text.slice(f.content.end, pairStart)),
    );
    if (!owner || (owner.cue && REPORTING_VERB.test(textOf(text, owner.cue)))) continue;
    owner.cue = { start: cue.start, end: cue.end };
    owner.source = { start: source.start, end: source.end };
    taken.add(cue.start);
  }
}

/**
 * Finds generic references to events that no name index can spot: 'the general election', 'the December 12
 * election', 'this election'. The linker decides which real event each one means (country, article date).
 */
import { MONTH_PATTERN } from '@/lib/contract/calendar';
import type { Mention } from '@/lib/contract/types';

const MONTH = `${MONTH_PATTERN}\\.?`;
const WHEN = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|(?:19|20)\\d\\d)`;
const KIND =
  '(?:general|snap|parliamentary|legislative|national|federal|presidential|midterm|mid-term|European(?: Parliament)?)';
/** Determiner, optional date, optional kind, 'election' (singular: plural 'elections' is a topic, not an event). */
const ELECTION = new RegExp(
  `\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Nn]ext|[Uu]pcoming|[Ll]ast)\\s+(?:(?:upcoming|coming|forthcoming|next|last)\\s+)?(?:${WHEN}\\s+)?(?:${KIND}\\s+)?[Ee]lection\\b(?!s)`,
  'g',
);

/** Generic election references in `text`, with exact offsets. Linear in the text. */
export function findEventPhrases(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(ELECTION)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

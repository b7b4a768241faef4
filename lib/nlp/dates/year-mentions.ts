/**
 * Years on their own ("in 2016", "since 1997", "the 2016 referendum"), which chrono-node does not
 * report: a year after a preposition, or between 'the' and an event noun.
 */
import type { ParsedComponents } from 'chrono-node';

/** A year after a preposition ("in 2016", "since 1997"); the preposition is group 1, the year group 2. */
const YEAR_AFTER_CUE =
  /\b(in|since|by|until|till|from|during|before|after|of|early|late|mid-?)\s+((?:1[89]|20)\d{2})\b(?![-–/.]?\d|%|\s*(?:people|percent|per cent))/gi;
/** A street after the number: "from 2045 Kings Road", "at 1909 Elm Drive" (capitalised words, then the kind). */
const STREET_AFTER =
  /^\s(?:[A-Z][a-z]{1,15}\s){0,2}(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Place|Court|Terrace|Crescent|Highway)\b/;
/** A plural noun after "of 2011", "from 2019": a count ("a survey of 2011 adults"), not a year. */
const COUNTED_AFTER = /^\s(?!(?:was|has|is|as|its|this|his|ones|makes|sees|marks)\b)[a-z]{2,20}s\b/;
const YEAR_BEFORE_EVENT =
  /\bthe\s+((?:1[89]|20)\d{2})\s+(?=(?:general\s+|presidential\s+|local\s+)?(?:election|referendum|attack|attacks|olympics|games|world cup|crisis|vote|budget|census|war|summit|season|campaign)\b)/gi;

/** One year mention shaped like a parser hit: where it is, what it says, and its (year-only) components. */
export interface YearMention {
  index: number;
  text: string;
  start: number;
  end: number;
  components: ParsedComponents;
}

/** Year-only mentions in `text`, in text order. */
export function yearMentions(text: string): YearMention[] {
  const found: YearMention[] = [];
  for (const pattern of [YEAR_AFTER_CUE, YEAR_BEFORE_EVENT]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const year = m[m.length - 1];
      const index = m.index + m[0].lastIndexOf(year);
      const after = text.slice(index + 4, index + 60);
      if (STREET_AFTER.test(after)) continue;
      if (m.length > 2 && /^(?:of|from)$/i.test(m[1]) && COUNTED_AFTER.test(after)) continue;
      found.push({ index, text: year, start: index, end: index + 4, components: yearOnly(Number(year)) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function yearOnly(year: number): ParsedComponents {
  return {
    isCertain: (component) => component === 'year',
    get: (component) => (component === 'year' ? year : null),
    date: () => new Date(year, 0, 1),
    tags: () => new Set(['fact-context/year']),
  };
}

/**
 * Years on their own ("in 2016", "since 1997", "the 2016 referendum"), which chrono-node does not
 * report: a year after a preposition, or between 'the' and an event noun.
 */
import type { ParsedComponents } from 'chrono-node';

const YEAR_AFTER_CUE =
  /\b(?:in|since|by|until|till|from|during|before|after|of|early|late|mid-?)\s+((?:1[89]|20)\d{2})\b(?![-–/.]?\d|%|\s*(?:people|percent|per cent))/gi;
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
      const index = m.index + m[0].indexOf(m[1]);
      found.push({ index, text: m[1], start: index, end: index + 4, components: yearOnly(Number(m[1])) });
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

/** Dates on the article's clock: the timeline and the rules it resolves relative dates by. */
export {
  extractTimeline,
  PUBLICATION_LABEL,
  type DatedEntry,
  type TimelineOptions,
} from './extract-timeline';
export { resolveDate, weekdayDate, type DatePrecision, type ResolvedDate } from './resolve-date';
export { tenseAround, type Tense } from './tense';

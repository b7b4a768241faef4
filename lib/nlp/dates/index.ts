/** Dates on the article's clock: the timeline and the rules it resolves relative dates by. */
export { extractTimeline } from './extract-timeline';

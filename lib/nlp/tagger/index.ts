/** The trained named-entity tagger: raw text in, ORG/PER/LOC/MISC spans with UTF-16 offsets out. */
export { createTagger, type Tagger, type TaggedSpan } from './create-tagger';
export { parseNerModel, type NerModel } from './model';
export { tokenize, type Token } from './tokenize';
export type { EntityLabel } from './tags';

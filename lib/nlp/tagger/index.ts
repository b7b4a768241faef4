/** The trained named-entity tagger: raw text in, ORG/PER/LOC/MISC spans with UTF-16 offsets out. */
export { createTagger, type Tagger, type TaggedSpan } from './create-tagger';
export { parseNerModel } from './model';
export { tokenize } from './tokenize';

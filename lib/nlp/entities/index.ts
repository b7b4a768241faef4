/** Mentions → entities: merge KB spots and tagger spans, group variants, resolve definite descriptions. */
export { mergeMentions } from './merge-mentions';
export { groupEntities } from './group-entities';
export { withHeadlineNames } from './headline-names';
export { resolveCoreference } from './coreference';
export { findAcronymDefinitions } from './acronyms';
export type { MentionCandidate, SpottedMention, TaggedSpanLike } from './types';

/**
 * The embedded knowledge base: parse the shipped file (assets/kb/kb.bin.gz, gunzipped by the caller or
 * decompressKb), then spot, link and describe entities with createLinker.
 */
export { parseKb, decompressKb, fromKbFile, type KnowledgeBase } from './parse-kb';
export { createLinker, NIL_THRESHOLD, type Linker, type LinkQuery } from './linker';
export { buildKbFile } from './build-index';
export type { KbHeader as KbFile } from './kb-file';
export type {
  EntityType,
  KbEntity,
  KbRole,
  KbSource,
  LinkContext,
  LinkResult,
  SpottedMention,
} from './types';

/**
 * The embedded knowledge base: parse the shipped file (assets/kb/kb.bin.gz, gunzipped by the caller or
 * decompressKb), then spot, link and describe entities with createLinker.
 */
export { parseKb, decompressKb, fromKbFile, type KnowledgeBase } from './parse-kb';
export { combineKbs } from './combine';
export { createLinker, type Linker } from './linker';
export { buildKbFile } from './build-index';
export type { EntityType, KbEntity, LinkContext, LinkResult } from './types';

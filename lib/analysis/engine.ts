/**
 * Builds an analyzer from the shipped data files (KB, NER weights, check-worthiness weights). The caller
 * reads the bytes (fs in Node, fetch in the worker); this module decodes them once and keeps them.
 */
import { combineKbs, createLinker, parseKb, type Linker } from '@/lib/kb';
import { parseClaimsModel } from '@/lib/nlp/claims';
import { createTagger, parseNerModel } from '@/lib/nlp/tagger';
import { analyze, type AnalyzeDeps } from './analyze';
import type { Analysis, Article } from '../contract/types';

import type { AssetName } from './asset-files';

export { ASSET_FILES, type AssetName } from './asset-files';

/** Reads one shipped file's raw bytes (possibly gzip). */
export type LoadAsset = (name: AssetName) => Promise<Uint8Array>;

/** A ready pipeline with its data loaded. */
export interface Analyzer {
  analyze(
    article: Article,
    extra?: Pick<
      AnalyzeDeps,
      | 'findRelated'
      | 'budgetMs'
      | 'now'
      | 'linkProbability'
      | 'minLinkProbability'
      | 'deferNearMisses'
      | 'deferStages'
    >,
  ): Analysis;
  /**
   * True until the first analysis has run: its code is not yet compiled, so that one is slow (the worker
   * defers its near-miss search then, see LinkContext.deferNearMiss, and its timeline, claims and related
   * coverage, see AnalyzeDeps.deferStages).
   */
  readonly cold: boolean;
  linker: Linker;
  /** Milliseconds spent loading and decoding the data. */
  loadMs: number;
}

/** Gunzip when the bytes carry the gzip magic number; otherwise return them unchanged. */
async function maybeGunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Load every shipped file through `load` and build the analyzer. */
export async function createAnalyzer(load: LoadAsset): Promise<Analyzer> {
  const t0 = performance.now();
  const [kb, shareAlike, ner, claims] = await Promise.all(
    (['kb', 'kbShareAlike', 'ner', 'claims'] as const).map(async (name) => maybeGunzip(await load(name))),
  );
  const linker = createLinker(combineKbs(parseKb(kb), [parseKb(shareAlike)]));
  const deps: AnalyzeDeps = {
    linker,
    tagger: createTagger(parseNerModel(ner)),
    claimsModel: parseClaimsModel(claims),
  };
  const loadMs = performance.now() - t0;
  let cold = true;
  return {
    linker,
    loadMs,
    get cold() {
      return cold;
    },
    analyze: (article, extra) => {
      const analysis = analyze(article, { ...deps, ...extra });
      cold = false;
      return analysis;
    },
  };
}

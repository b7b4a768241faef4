/**
 * Turns the shipped KB bytes (assets/kb/kb.json.gz after gunzip) into lookup structures. The alias index
 * and spotting prefixes are prebuilt by scripts/build-kb.ts, so this is one JSON.parse and a few Maps.
 */
import { decodeEntity } from './build-index';
import type { KbEntity, KbFile, KbSource } from './types';

/** The loaded KB: opaque to callers beyond what createLinker offers. */
export interface KnowledgeBase {
  readonly entities: readonly KbEntity[];
  readonly byId: ReadonlyMap<string, number>;
  /** Entry indices for an alias key (best prior first), or undefined. */
  lookup(key: string): readonly number[] | undefined;
  /** True when a longer alias starts with this key (the spotting window may grow). */
  continues(key: string): boolean;
  /** Every alias key with its entry indices (for building auxiliary indexes). */
  aliasEntries(): Iterable<[string, readonly number[]]>;
  /** Longest alias in tokens: bounds the spotting window. */
  readonly maxTokens: number;
  readonly sources: Readonly<Record<string, KbSource>>;
}

/** Parse the decompressed KB file (UTF-8 JSON); throws with a hint when the bytes are not a KB. */
export function parseKb(bytes: Uint8Array): KnowledgeBase {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new Error(
      'parseKb got gzip bytes: decompress assets/kb/kb.json.gz first (DecompressionStream in the browser, zlib.gunzipSync in Node, or decompressKb()).',
    );
  }
  let file: KbFile;
  try {
    file = JSON.parse(new TextDecoder().decode(bytes)) as KbFile;
  } catch (err) {
    throw new Error(
      `parseKb: the KB is not valid JSON (${(err as Error).message}); rebuild it with npm run build:kb.`,
    );
  }
  if (file?.format !== 'fact-context-kb/2') {
    throw new Error(
      `parseKb: unknown KB format '${String(file?.format)}'; rebuild it with npm run build:kb.`,
    );
  }
  return fromKbFile(file);
}

/** Build the lookup structures from an in-memory KB file (used by parseKb, tests and benchmarks). */
export function fromKbFile(file: KbFile): KnowledgeBase {
  const entities = file.entities.map((row) => decodeEntity(file, row));
  const byId = new Map<string, number>();
  for (let i = 0; i < entities.length; i++) byId.set(entities[i].id, i);
  // One Map from key to its header's offset in the postings; no per-key arrays at load.
  const offsets = new Map<string, number>();
  const keys = file.aliasKeys ? file.aliasKeys.split('\n') : [];
  const flat = file.aliasPostings;
  let maxTokens = 1;
  for (let k = 0, p = 0; k < keys.length; k++) {
    const header = flat[p];
    offsets.set(keys[k], p);
    if (header & 1) {
      let words = 2;
      const key = keys[k];
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
      if (words > maxTokens) maxTokens = words;
    }
    p += (header >> 1) + 1;
  }
  const lookup = (key: string): number[] | undefined => {
    const p = offsets.get(key);
    if (p === undefined) return undefined;
    const n = flat[p] >> 1;
    return n ? flat.slice(p + 1, p + 1 + n) : undefined;
  };
  return {
    entities,
    byId,
    lookup,
    continues: (key) => {
      const p = offsets.get(key);
      return p !== undefined && (flat[p] & 1) === 1;
    },
    *aliasEntries() {
      for (const [key] of offsets) {
        const ids = lookup(key);
        if (ids) yield [key, ids] as [string, readonly number[]];
      }
    },
    maxTokens,
    sources: file.sources,
  };
}

/** Gunzip assets/kb/kb.json.gz with the platform's DecompressionStream (browser and Node 18+). */
export async function decompressKb(gzipped: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([gzipped as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

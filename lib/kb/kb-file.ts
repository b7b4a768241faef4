/**
 * The shipped KB container (assets/kb/kb.bin.gz after gunzip): a small JSON header followed by byte
 * sections (entry rows, ids, the alias index, the near-miss index, relations), each opened in place.
 * Layout: 'FCKB' · u32 header length · header JSON (UTF-8) · sections at the offsets the header lists.
 */
import { readString, utf8 } from './kb-bytes';
import { ENTITY_FIELDS, type KbEntity, type KbSource } from './types';

/** The format name parseKb accepts; bump it when the layout changes. */
export const KB_FORMAT = 'fact-context-kb/6';

/** Entry fields in the order a row stores them (the id lives in its own section). */
export const ROW_FIELDS = ENTITY_FIELDS.filter((f) => f !== 'id');

/**
 * Names of the byte sections, in file order. Record tables pair bytes with Uint32 record lengths (summed into
 * offsets at load; '…Offsets' sections):
 * entities: id, related entries (gaps), row JSON · keys: alias key, (entries × 2 + continues), entries ·
 * words: alias word, letters, entries (gaps) · grams: trigram, words (gaps) · personNames: a lowercase given or
 * family name · domains: a publisher's web domain, its entry (sorted by domain) · leaders: an organisation's
 * entry, then each role held in it as (person entry, role index) (sorted by organisation). idOrder is empty
 * when ids are sorted.
 */
const SECTION_NAMES = [
  'entityOffsets',
  'keyOffsets',
  'wordOffsets',
  'gramOffsets',
  'personNameOffsets',
  'domainOffsets',
  'leaderOffsets',
  'idOrder',
  'entities',
  'keys',
  'words',
  'grams',
  'priors',
  'personNames',
  'domains',
  'leaders',
] as const;

/** One section's name. */
export type SectionName = (typeof SECTION_NAMES)[number];

/** The header: what is small enough to parse whole, plus where each section lies. */
export interface KbHeader {
  format: typeof KB_FORMAT;
  sources: Record<string, KbSource>;
  /** Field of each position in a row; type and sources are coded (below). */
  fields: readonly string[];
  /** True when entries are stored in id order (then idOrder is empty). */
  idSorted: boolean;
  types: readonly string[];
  sourceKeys: readonly string[];
  /** Entries, alias keys (incl. prefix-only trie keys), near-miss vocabulary words, trigrams. */
  count: number;
  keyCount: number;
  wordCount: number;
  gramCount: number;
  personNameCount: number;
  /** Records in the domains and leaders tables. */
  domainCount: number;
  leaderCount: number;
  /** Longest alias in words: bounds the spotting window. */
  maxTokens: number;
  /** Country → its elections' entry indices, by date. */
  elections: Record<string, number[]>;
  /** Section name → [byte offset from the file start, byte length]. */
  sections: Record<SectionName, [number, number]>;
}

const MAGIC = [0x46, 0x43, 0x4b, 0x42]; // 'FCKB'

/** Join a header and its sections into one file (deterministic: section order is fixed). */
export function writeContainer(
  header: Omit<KbHeader, 'sections'>,
  sections: Record<SectionName, Uint8Array>,
): Uint8Array {
  // Every section starts on a 4-byte boundary so that offset tables open as Uint32Array views.
  const pad = (n: number) => (n + 3) & ~3;
  const relative = new Map<SectionName, number>();
  let total = 0;
  for (const name of SECTION_NAMES) {
    relative.set(name, total);
    total = pad(total + sections[name].length);
  }
  // The header lists absolute offsets, so its own length moves them: grow the slot until it fits.
  const headerFor = (base: number) => {
    const offsets = {} as Record<SectionName, [number, number]>;
    for (const name of SECTION_NAMES) offsets[name] = [base + relative.get(name)!, sections[name].length];
    return utf8(JSON.stringify({ ...header, sections: offsets }));
  };
  let base = 8;
  let json = headerFor(base);
  while (8 + json.length > base) {
    base = pad(8 + json.length + 16);
    json = headerFor(base);
  }
  const out = new Uint8Array(base + total);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, base - 8, true);
  out.fill(0x20, 8, base);
  out.set(json, 8);
  for (const name of SECTION_NAMES) out.set(sections[name], base + relative.get(name)!);
  return out;
}

/** Split a file into its header and section views (no copies); throws with a hint on foreign bytes. */
export function readContainer(bytes: Uint8Array): {
  header: KbHeader;
  section: (name: SectionName) => Uint8Array;
} {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new Error(
      'parseKb got gzip bytes: decompress assets/kb/kb.bin.gz first (DecompressionStream in the browser, zlib.gunzipSync in Node, or decompressKb()).',
    );
  }
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error('parseKb: these bytes are not a Fact Context KB file; rebuild it with npm run build:kb.');
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true);
  let header: KbHeader;
  try {
    header = JSON.parse(readString(bytes, 8, 8 + length)) as KbHeader;
  } catch (err) {
    throw new Error(
      `parseKb: the KB header is not valid JSON (${(err as Error).message}); rebuild it with npm run build:kb.`,
    );
  }
  if (header.format !== KB_FORMAT) {
    throw new Error(
      `parseKb: unknown KB format '${String(header.format)}'; rebuild it with npm run build:kb.`,
    );
  }
  return {
    header,
    section: (name) => {
      const [offset, size] = header.sections[name];
      return bytes.subarray(offset, offset + size);
    },
  };
}

/** Turn a row (ROW_FIELDS order, 0 for gaps) and its id back into a KbEntity. */
export function decodeRow(
  header: Pick<KbHeader, 'fields' | 'types' | 'sourceKeys'>,
  id: string,
  row: unknown[],
): KbEntity {
  const e: Record<string, unknown> = { id };
  const { fields } = header;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    const f = fields[i];
    if (f === 'type') e.type = header.types[v as number];
    else if (f === 'sources')
      e.sources = String(v)
        .split(',')
        .map((n) => header.sourceKeys[Number(n)]);
    else if (v !== 0 && v !== null) e[f] = v;
  }
  return e as unknown as KbEntity;
}

/**
 * Opens the shipped KB bytes (assets/kb/kb.bin.gz after gunzip) in place: the header is parsed, every
 * index was prebuilt by scripts/build-kb.ts, and an entry is decoded only when something asks for it.
 */
import {
  findRecord,
  readList,
  readString,
  readVarint,
  recordOffsets,
  recordString,
  skipRecordString,
  uint32View,
  type RecordTable,
} from './kb-bytes';
import { decodeRow, readContainer, type KbHeader, type SectionName } from './kb-file';
import { namesOf } from './build-index';
import { normaliseAlias } from './normalise';
import type { KbEntity, KbRole, KbSource } from './types';

/** The prebuilt near-miss index: alias words with their entries, trigrams with their words. */
export interface NearMissIndex {
  /** Word number of an alias word, or −1. */
  findWord(word: string): number;
  /** Letters in word w (for the Dice coefficient). */
  wordLetters(w: number): number;
  /** How many entries use word w, and which. */
  wordEntryCount(w: number): number;
  wordEntries(w: number): number[];
  /** Word numbers containing a trigram ('#co' for a word starting 'co'). */
  gramWords(gram: string): number[];
  readonly wordCount: number;
  readonly gramCount: number;
}

/** The loaded KB: opaque to callers beyond what createLinker offers. Entries are numbered 0..size-1. */
export interface KnowledgeBase {
  readonly size: number;
  /** Entry i, decoded on first use and kept. */
  entity(index: number): KbEntity;
  /**
   * The names entry i is called by in English text (namesOf: name, aliases, acronyms, no repeats), read from
   * its row without decoding the rest of the entry: the near-miss search reads dozens of entries per query.
   */
  names(index: number): string[];
  /** Id of entry i, without decoding the entry. */
  idOf(index: number): string;
  /** Entry number of an id, or undefined. */
  indexOf(id: string): number | undefined;
  /** Entry indices for an alias key (best prior first), or undefined. */
  lookup(key: string): readonly number[] | undefined;
  /** True when a longer alias starts with this key (the spotting window may grow). */
  continues(key: string): boolean;
  /** Alias keys in the index, including prefix-only keys that only let the spotting window grow. */
  readonly aliasKeyCount: number;
  /** Every alias key with its entry indices (for validation and tools; walks the whole index). */
  aliasEntries(): Iterable<[string, readonly number[]]>;
  /** Prior of entry i (0..1, to 1/255), without decoding it. */
  priorOf(index: number): number;
  /** Entries linked to entry i: parent, children, a person's organisations, an organisation's people. */
  related(index: number): readonly number[];
  /** People who held a role in organisation i, with the role. */
  leaders(index: number): Array<{ person: KbEntity; role: KbRole }>;
  /** Publisher web domain → entry index (a binary search over the domains table, read in place). */
  readonly domains: { get(domain: string): number | undefined };
  /** Country → entry indices of its elections, by date. */
  readonly elections: ReadonlyMap<string, readonly number[]>;
  readonly nearMiss: NearMissIndex;
  /** True when `word` (any case) is a known given or family name: a person-vs-place signal. */
  isPersonName(word: string): boolean;
  /** Longest alias in tokens: bounds the spotting window. */
  readonly maxTokens: number;
  readonly sources: Readonly<Record<string, KbSource>>;
  /** Every entry decoded (for evaluations and tools; costs what the lazy design saves). */
  readonly entities: readonly KbEntity[];
}

/** Open the decompressed KB file; throws with a hint when the bytes are gzip or not a KB. */
export function parseKb(bytes: Uint8Array): KnowledgeBase {
  const { header, section } = readContainer(bytes);
  return openKb(header, section);
}

/** Same as parseKb, for bytes that buildKbFile just produced (tests, benchmarks). */
export const fromKbFile = parseKb;

function openKb(header: KbHeader, section: (name: SectionName) => Uint8Array): KnowledgeBase {
  const n = header.count;
  // Offsets are summed from the shipped lengths on a table's first use: the near-miss tables only when a name
  // misses, the person names only when asked.
  const table = (bytes: SectionName, offsets: SectionName, size: number): RecordTable => {
    let summed: Uint32Array | undefined;
    return {
      bytes: section(bytes),
      get offsets() {
        return (summed ??= recordOffsets(section(offsets)));
      },
      size,
    };
  };
  const entities = table('entities', 'entityOffsets', n);
  const keys = table('keys', 'keyOffsets', header.keyCount);
  const words = table('words', 'wordOffsets', header.wordCount);
  const grams = table('grams', 'gramOffsets', header.gramCount);
  const personNames = table('personNames', 'personNameOffsets', header.personNameCount);
  const domainTable = table('domains', 'domainOffsets', header.domainCount);
  const leaderTable = table('leaders', 'leaderOffsets', header.leaderCount);
  const idOrder = header.idSorted ? undefined : uint32View(section('idOrder'));
  const priors = section('priors');
  const decoded: Array<KbEntity | undefined> = new Array(n);
  const at = { pos: 0 };
  // Spotting asks for the same few thousand keys again and again: remember where each one is.
  const keyCache = new Map<string, number>();
  const keyIndex = (key: string): number => {
    let k = keyCache.get(key);
    if (k === undefined) {
      if (keyCache.size > 200_000) keyCache.clear();
      keyCache.set(key, (k = findRecord(keys, key)));
    }
    return k;
  };
  const check = (i: number) => {
    if (!(i >= 0 && i < n && Number.isInteger(i)))
      throw new Error(`KB entry ${i} does not exist (0..${n - 1}).`);
  };
  const idOf = (i: number): string => {
    check(i);
    return recordString(entities, i, at);
  };
  const entity = (i: number): KbEntity => {
    let e = decoded[i];
    if (!e) {
      const id = idOf(i);
      const related = readVarint(entities.bytes, at);
      for (let k = 0; k < related; k++) readVarint(entities.bytes, at);
      const row = JSON.parse(readString(entities.bytes, at.pos, entities.offsets[i + 1])) as unknown[];
      e = decoded[i] = decodeRow(header, id, row);
    }
    return e;
  };
  const nameField = header.fields.indexOf('name');
  const aliasesField = header.fields.indexOf('aliases');
  const acronymsField = header.fields.indexOf('acronyms');
  // Kept like decoded entries: every linker over this KB (one per analyzer, one per benchmark run) reads them.
  const namesRead: Array<string[] | undefined> = new Array(n);
  const names = (i: number): string[] => (namesRead[i] ??= readNames(i));
  const readNames = (i: number): string[] => {
    const known = decoded[i];
    if (known) return namesOf(known);
    check(i);
    skipRecordString(entities, i, at);
    const related = readVarint(entities.bytes, at);
    for (let k = 0; k < related; k++) readVarint(entities.bytes, at);
    const row = JSON.parse(readString(entities.bytes, at.pos, entities.offsets[i + 1])) as unknown[];
    // A row keeps 0 or null for a missing field, as decodeRow reads it.
    const list = (field: number): string[] => {
      const v = field >= 0 ? row[field] : undefined;
      return Array.isArray(v) ? (v as string[]) : [];
    };
    const name = row[nameField];
    return namesOf({
      name: typeof name === 'string' ? name : '',
      aliases: list(aliasesField),
      acronyms: list(acronymsField),
    });
  };
  // Linking and cards look up the same few hundred ids again and again: remember them.
  const idCache = new Map<string, number | undefined>();
  const indexOf = (id: string): number | undefined => {
    if (idCache.has(id)) return idCache.get(id);
    if (idCache.size >= 50_000) idCache.clear();
    const i = findId(id);
    idCache.set(id, i);
    return i;
  };
  const findId = (id: string): number | undefined => {
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const i = idOrder ? idOrder[mid] : mid;
      const other = idOf(i);
      if (other === id) return i;
      // Ids are sorted by UTF-8 bytes, which for strings without astral characters is code-unit order.
      if (other < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  /** Entries of key k and whether longer aliases continue it. */
  const keyEntries = (k: number): { list: number[]; continues: boolean } => {
    skipRecordString(keys, k, at);
    const head = readVarint(keys.bytes, at);
    return { list: readList(keys.bytes, at, head >> 1, false), continues: (head & 1) === 1 };
  };
  let all: KbEntity[] | undefined;
  /** Roles held in organisation i as (person, role index) pairs: a binary search over the leaders table. */
  const leadersOf = (i: number): Array<[number, number]> => {
    let lo = 0;
    let hi = leaderTable.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      at.pos = leaderTable.offsets[mid];
      const org = readVarint(leaderTable.bytes, at);
      if (org < i) lo = mid + 1;
      else if (org > i) hi = mid - 1;
      else {
        const pairs = readList(leaderTable.bytes, at, readVarint(leaderTable.bytes, at) * 2, false);
        return Array.from({ length: pairs.length / 2 }, (_, k) => [pairs[2 * k], pairs[2 * k + 1]]);
      }
    }
    return [];
  };

  return {
    size: n,
    entity,
    names,
    idOf,
    indexOf,
    lookup(key) {
      const k = keyIndex(key);
      if (k < 0) return undefined;
      const { list } = keyEntries(k);
      return list.length ? list : undefined;
    },
    continues(key) {
      const k = keyIndex(key);
      return k >= 0 && keyEntries(k).continues;
    },
    aliasKeyCount: header.keyCount,
    *aliasEntries() {
      for (let k = 0; k < header.keyCount; k++) {
        const key = recordString(keys, k, at);
        const { list } = keyEntries(k);
        if (list.length) yield [key, list] as [string, readonly number[]];
      }
    },
    priorOf: (i) => priors[i] / 255,
    related(i) {
      check(i);
      skipRecordString(entities, i, at);
      return readList(entities.bytes, at, readVarint(entities.bytes, at), true);
    },
    leaders: (i) =>
      leadersOf(i).map(([p, r]) => ({
        person: entity(p),
        role: entity(p).roles![r],
      })),
    domains: {
      get(domain) {
        const d = findRecord(domainTable, domain);
        if (d < 0) return undefined;
        skipRecordString(domainTable, d, at);
        return readVarint(domainTable.bytes, at);
      },
    },
    elections: new Map(Object.entries(header.elections)),
    nearMiss: {
      wordCount: header.wordCount,
      gramCount: header.gramCount,
      findWord: (word) => findRecord(words, word),
      wordLetters(w) {
        skipRecordString(words, w, at);
        return readVarint(words.bytes, at);
      },
      wordEntryCount(w) {
        skipRecordString(words, w, at);
        readVarint(words.bytes, at);
        return readVarint(words.bytes, at);
      },
      wordEntries(w) {
        skipRecordString(words, w, at);
        readVarint(words.bytes, at);
        return readList(words.bytes, at, readVarint(words.bytes, at), true);
      },
      gramWords(gram) {
        const g = findRecord(grams, gram);
        if (g < 0) return [];
        skipRecordString(grams, g, at);
        return readList(grams.bytes, at, readVarint(grams.bytes, at), true);
      },
    },
    isPersonName: (word) => findRecord(personNames, normaliseAlias(word)) >= 0,
    maxTokens: header.maxTokens,
    sources: header.sources,
    get entities() {
      all ??= Array.from({ length: n }, (_, i) => entity(i));
      return all;
    },
  };
}

/** Gunzip assets/kb/kb.bin.gz with the platform's DecompressionStream (browser and Node 18+). */
export async function decompressKb(gzipped: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([gzipped as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

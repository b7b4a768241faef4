/**
 * Builds the KB file from entries: rows, ids, the alias index, the near-miss index, relations, elections
 * and publisher domains, all prebuilt here so that loading does no indexing. Pure, so the build script,
 * tests and benchmarks share it; the same entries give the same bytes.
 */
import { buildNearMissIndex, NEAR_MISS_MIN_PRIOR } from './build-near-miss';
import { NEVER_ALONE } from '@/lib/contract/words';
import { ByteWriter, compareUtf8, uint32Bytes, utf8, writeList, writeRecords } from './kb-bytes';
import { KB_FORMAT, ROW_FIELDS, writeContainer, type KbHeader } from './kb-file';
import { acronymLetters, aliasKey, normaliseAlias } from './normalise';
import type { KbEntity, KbSource } from './types';

/**
 * The names a near miss may be compared with: name, aliases, acronyms (deduplicated, in that order); names in
 * other languages (otherNames) are matched exactly only.
 */
export function namesOf(e: Pick<KbEntity, 'name' | 'aliases' | 'acronyms'>): string[] {
  return [...new Set([e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])].filter((n) => n && n.trim()))];
}

/** Every name an entry can be called by: namesOf, then its names in other languages. */
export function allNamesOf(e: KbEntity): string[] {
  return [...new Set([...namesOf(e), ...(e.otherNames ?? []).filter((n) => n && n.trim())])];
}

/**
 * The index keys of an entry's names: acronyms case-sensitive, generic one-word names left out.
 * `exactOnly` false leaves out the names in other languages (the near-miss index's keys).
 */
export function keysOf(e: KbEntity, exactOnly = true): string[] {
  const keys = new Set<string>();
  for (const alias of exactOnly ? allNamesOf(e) : namesOf(e)) {
    const letters = acronymLetters(alias);
    const key =
      e.acronyms?.includes(alias) && letters.length >= 2 && letters.length <= 8
        ? '=' + letters
        : aliasKey(alias);
    if (!key || key === '=') continue;
    if (!key.startsWith('=') && !key.includes(' ') && (NEVER_ALONE.has(key) || key.length < 2)) continue;
    keys.add(key);
  }
  return [...keys];
}

const TYPES = ['organization', 'person', 'place', 'event', 'other'];

/**
 * Assemble the KB file bytes; entity order is kept (callers sort for determinism). `personNames` are given
 * and family names (any case) the linker may ask about: a person-vs-place signal.
 */
export function buildKbFile(
  entities: KbEntity[],
  sources: Record<string, KbSource>,
  personNames: Iterable<string> = [],
): Uint8Array {
  const postings = new Map<string, number[]>();
  /** Keys and entries a near miss may reach: without the names in other languages. */
  const nearPostings = new Map<string, number[]>();
  const continues = new Set<string>();
  const post = (map: Map<string, number[]>, key: string, i: number) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(i);
  };
  entities.forEach((e, i) => {
    for (const key of keysOf(e)) post(postings, key, i);
    if (e.otherNames?.length) for (const key of keysOf(e, false)) post(nearPostings, key, i);
    for (const alias of allNamesOf(e)) {
      const words = normaliseAlias(alias).split(' ');
      for (let n = 1; n < words.length; n++) continues.add(words.slice(0, n).join(' '));
    }
  });
  for (const prefix of continues) if (!postings.has(prefix)) postings.set(prefix, []);
  const prior = (i: number) => entities[i].prior ?? 0;
  const keys = [...postings.keys()].sort(compareUtf8);
  const lists = keys.map((key) => postings.get(key)!.sort((a, b) => prior(b) - prior(a) || a - b));
  let maxTokens = 1;
  for (const key of keys) if (!key.startsWith('=')) maxTokens = Math.max(maxTokens, key.split(' ').length);

  const sourceKeys = Object.keys(sources).sort();
  const relations = relationsOf(entities);
  const entityRecords = entities.map((e, i) => {
    const w = new ByteWriter();
    w.string(e.id);
    w.varint(relations.related[i].length);
    writeList(w, relations.related[i], true);
    w.bytes(utf8(JSON.stringify(encodeRow(e, sourceKeys))));
    return w.done();
  });
  const order = entities.map((e, i) => [e.id, i] as const).sort((a, b) => compareUtf8(a[0], b[0]));
  const idSorted = order.every(([, i], k) => i === k);
  const keyRecords = keys.map((key, k) => {
    const w = new ByteWriter();
    w.string(key);
    w.varint(lists[k].length * 2 + (continues.has(key) ? 1 : 0));
    writeList(w, lists[k], false);
    return w.done();
  });
  const entityTable = writeRecords(entityRecords);
  const keyTable = writeRecords(keyRecords);
  // Priors are stored to 1/255: compare the stored value, as the linker reads it.
  const stored = (i: number) => Math.round(Math.min(1, Math.max(0, prior(i))) * 255) / 255;
  const nearLists = lists.map((list, k) => {
    const near = list.filter((i) => stored(i) >= NEAR_MISS_MIN_PRIOR);
    // An entry with names in other languages reaches this key by a near miss only through its other names.
    return near.filter((i) => !entities[i].otherNames?.length || nearPostings.get(keys[k])?.includes(i));
  });
  const nearMiss = buildNearMissIndex(keys, nearLists);
  const names = [...new Set([...personNames].map((n) => normaliseAlias(n)).filter(Boolean))].sort(
    compareUtf8,
  );
  const nameTable = writeRecords(
    names.map((n) => {
      const w = new ByteWriter();
      w.string(n);
      return w.done();
    }),
  );

  // Domains and leaders are tables read in place, not header JSON: parsing them cost every start of the worker.
  const domainTable = relationTable(
    Object.keys(relations.domains)
      .sort(compareUtf8)
      .map((domain) => {
        const w = new ByteWriter();
        w.string(domain);
        w.varint(relations.domains[domain]);
        return w.done();
      }),
  );
  const leaderTable = relationTable(
    Object.keys(relations.leaders)
      .map(Number)
      .sort((a, b) => a - b)
      .map((org) => {
        const w = new ByteWriter();
        w.varint(org);
        w.varint(relations.leaders[org].length);
        for (const [person, role] of relations.leaders[org]) {
          w.varint(person);
          w.varint(role);
        }
        return w.done();
      }),
  );
  const header: Omit<KbHeader, 'sections'> = {
    format: KB_FORMAT,
    sources,
    fields: ROW_FIELDS,
    idSorted,
    types: TYPES,
    sourceKeys,
    count: entities.length,
    keyCount: keys.length,
    wordCount: nearMiss.wordCount,
    gramCount: nearMiss.gramCount,
    personNameCount: names.length,
    domainCount: domainTable.size,
    leaderCount: leaderTable.size,
    maxTokens,
    elections: relations.elections,
  };
  return writeContainer(header, {
    entities: entityTable.bytes,
    entityOffsets: entityTable.offsets,
    idOrder: idSorted ? new Uint8Array(0) : uint32Bytes(Uint32Array.from(order, ([, i]) => i)),
    keys: keyTable.bytes,
    keyOffsets: keyTable.offsets,
    priors: Uint8Array.from(entities, (e) => Math.round(Math.min(1, Math.max(0, e.prior ?? 0)) * 255)),
    ...nearMiss.sections,
    personNames: nameTable.bytes,
    personNameOffsets: nameTable.offsets,
    domains: domainTable.bytes,
    domainOffsets: domainTable.offsets,
    leaders: leaderTable.bytes,
    leaderOffsets: leaderTable.offsets,
  });
}

/** A record table with its record count. */
function relationTable(records: Uint8Array[]): { bytes: Uint8Array; offsets: Uint8Array; size: number } {
  return { ...writeRecords(records), size: records.length };
}

/** Row of an entry in ROW_FIELDS order: type and sources coded, trailing gaps dropped. */
function encodeRow(e: KbEntity, sourceKeys: string[]): unknown[] {
  const row = ROW_FIELDS.map((f) => {
    const v = e[f];
    if (f === 'type') return TYPES.indexOf(e.type);
    if (f === 'sources') return e.sources.map((s) => sourceKeys.indexOf(s)).join(',');
    return v === undefined || (Array.isArray(v) && !v.length) ? 0 : v;
  });
  while (row.length && row[row.length - 1] === 0) row.pop();
  return row;
}

/** Relations the linker needs without decoding every entry: party ↔ leader, agency ↔ parent, elections, domains. */
function relationsOf(entities: KbEntity[]): {
  related: number[][];
  leaders: Record<number, Array<[number, number]>>;
  elections: KbHeader['elections'];
  domains: Record<string, number>;
} {
  const index = new Map(entities.map((e, i) => [e.id, i]));
  const related = entities.map(() => new Set<number>());
  const relate = (a: number, b: number | undefined) => {
    if (b === undefined) return;
    related[a].add(b);
    related[b].add(a);
  };
  const leaders: Record<number, Array<[number, number]>> = {};
  const elections: KbHeader['elections'] = {};
  const domains: Record<string, number> = {};
  entities.forEach((e, i) => {
    // A city and its region tell each other apart from namesakes: 'Atlanta, Georgia' is the US state.
    if (e.parent) relate(i, index.get(e.parent));
    e.roles?.forEach((role, r) => {
      const org = role.org === undefined ? undefined : index.get(role.org);
      if (org === undefined) return;
      relate(i, org);
      (leaders[org] ??= []).push([i, r]);
    });
    if (e.type === 'event' && e.date && e.country && /election/.test(e.kind ?? ''))
      (elections[e.country] ??= []).push(i);
    for (const d of e.domains ?? []) if (!(d.toLowerCase() in domains)) domains[d.toLowerCase()] = i;
  });
  const byDate = (a: number, b: number) =>
    entities[a].date! < entities[b].date! ? -1 : entities[a].date! > entities[b].date! ? 1 : a - b;
  const sortedElections = Object.fromEntries(
    Object.keys(elections)
      .sort()
      .map((c) => [c, elections[c].sort(byDate)]),
  );
  const sortedDomains = Object.fromEntries(
    Object.keys(domains)
      .sort()
      .map((d) => [d, domains[d]]),
  );
  return {
    related: related.map((set) => [...set].sort((a, b) => a - b)),
    leaders,
    elections: sortedElections,
    domains: sortedDomains,
  };
}

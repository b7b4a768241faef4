/**
 * Builds the KB file from entries: positional entry arrays, the alias index (key → entity indices, best
 * prior first) and the spotting prefixes. Pure, so the build script, tests and benchmarks share it.
 */
import { NEVER_ALONE } from './common-words';
import { acronymLetters, aliasKey, normaliseAlias } from './normalise';
import { ENTITY_FIELDS, type KbEntity, type KbFile, type KbSource } from './types';

/** Every name an entry can be called by: name, aliases, acronyms (deduplicated, in that order). */
export function namesOf(e: KbEntity): string[] {
  return [...new Set([e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])].filter((n) => n && n.trim()))];
}

/** The index keys of an entry's names: acronyms case-sensitive, generic one-word names left out. */
export function keysOf(e: KbEntity): string[] {
  const keys = new Set<string>();
  for (const alias of namesOf(e)) {
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

/** Assemble a KB file; entity order is kept (callers sort for determinism). */
export function buildKbFile(entities: KbEntity[], sources: Record<string, KbSource>): KbFile {
  const postings = new Map<string, number[]>();
  const continues = new Set<string>();
  entities.forEach((e, i) => {
    for (const key of keysOf(e)) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(i);
    }
    for (const alias of namesOf(e)) {
      const words = normaliseAlias(alias).split(' ');
      for (let n = 1; n < words.length; n++) continues.add(words.slice(0, n).join(' '));
    }
  });
  for (const prefix of continues) if (!postings.has(prefix)) postings.set(prefix, []);
  const prior = (i: number) => entities[i].prior ?? 0;
  const keys = [...postings.keys()].sort();
  const flat: number[] = [];
  for (const key of keys) {
    const list = postings.get(key)!.sort((a, b) => prior(b) - prior(a) || a - b);
    flat.push(list.length * 2 + (continues.has(key) ? 1 : 0), ...list);
  }
  const sourceKeys = Object.keys(sources).sort();
  return {
    format: 'fact-context-kb/2',
    sources,
    fields: ENTITY_FIELDS,
    types: TYPES,
    sourceKeys,
    entities: entities.map((e) => encodeEntity(e, sourceKeys)),
    aliasKeys: keys.join('\n'),
    aliasPostings: flat,
  };
}

function encodeEntity(e: KbEntity, sourceKeys: string[]): unknown[] {
  const row = ENTITY_FIELDS.map((f) => {
    const v = e[f];
    if (f === 'type') return TYPES.indexOf(e.type);
    if (f === 'sources') return e.sources.map((s) => sourceKeys.indexOf(s)).join(',');
    return v === undefined || (Array.isArray(v) && !v.length) ? 0 : v;
  });
  while (row.length && row[row.length - 1] === 0) row.pop();
  return row;
}

/** Turn a positional entry back into a KbEntity (missing fields left out). */
export function decodeEntity(
  file: Pick<KbFile, 'fields' | 'types' | 'sourceKeys'>,
  row: unknown[],
): KbEntity {
  const e: Record<string, unknown> = {};
  const { fields } = file;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    const f = fields[i];
    if (f === 'type') e.type = file.types[v as number];
    else if (f === 'sources')
      e.sources = String(v)
        .split(',')
        .map((n) => file.sourceKeys[Number(n)]);
    else if (v !== 0 && v !== null) e[f] = v;
  }
  return e as unknown as KbEntity;
}

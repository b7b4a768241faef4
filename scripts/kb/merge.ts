/**
 * Merging entries that several sources describe (GCHQ is both a GOV.UK organisation and an intelligence
 * agency): same id, or same country with the same name or acronym. Seed entries override facts.
 */
import { normaliseAlias } from '../../lib/kb/normalise';
import type { KbEntity } from '../../lib/kb/types';

/** Seed entries are KbEntity without the sources line (added by the build). */
export type SeedEntity = Omit<KbEntity, 'sources'> & { sources?: string[] };

const LIST_FIELDS = ['aliases', 'acronyms', 'domains', 'sources'] as const;

/** Accumulates entries from sources in order; `add` merges duplicates and returns the surviving id. */
export class EntityStore {
  private byId = new Map<string, KbEntity>();
  private byKey = new Map<string, string>();

  keysOf(e: KbEntity): string[] {
    if (e.type !== 'organization' || !e.country) return [];
    const keys = [`${e.country}|${normaliseAlias(e.name).replace(/^the /, '')}`];
    for (const a of e.acronyms ?? [])
      if (a.replace(/[^A-Z0-9]/g, '').length >= 3) keys.push(`${e.country}|=${a}`);
    return keys;
  }

  add(e: KbEntity, override = false): string {
    const existingId = this.byId.has(e.id)
      ? e.id
      : this.keysOf(e)
          .map((k) => this.byKey.get(k))
          .find(Boolean);
    if (!existingId) {
      this.byId.set(e.id, { ...e });
      for (const k of this.keysOf(e)) if (!this.byKey.has(k)) this.byKey.set(k, e.id);
      return e.id;
    }
    const target = this.byId.get(existingId)!;
    const merged: KbEntity = { ...target };
    for (const [field, value] of Object.entries(e) as Array<[keyof KbEntity, unknown]>) {
      if (field === 'id' || value === undefined) continue;
      if ((LIST_FIELDS as readonly string[]).includes(field)) continue;
      if (override || merged[field] === undefined || (field === 'kind' && value === 'intelligence agency')) {
        (merged as unknown as Record<string, unknown>)[field] = value;
      }
    }
    for (const field of LIST_FIELDS) {
      const union = new Set([...(target[field] ?? []), ...(e[field] ?? [])]);
      if (field === 'aliases' && target.name !== merged.name) union.add(target.name);
      if (field === 'aliases') union.delete(merged.name);
      if (union.size) merged[field] = [...union];
    }
    this.byId.set(existingId, merged);
    for (const k of this.keysOf(merged)) if (!this.byKey.has(k)) this.byKey.set(k, existingId);
    return existingId;
  }

  get(id: string): KbEntity | undefined {
    return this.byId.get(id);
  }

  /** All entries sorted by id, lists sorted: the deterministic order of the shipped file. */
  all(): KbEntity[] {
    return [...this.byId.values()]
      .map((e) => {
        const out: KbEntity = { ...e };
        for (const field of LIST_FIELDS) if (out[field]) out[field] = [...new Set(out[field])].sort();
        return out;
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/**
 * Merging entries that several sources describe (GCHQ is both a GOV.UK organisation and an intelligence
 * agency): same id, or same country with the same name or acronym. Seed entries override facts.
 */
import { normaliseAlias } from '../../lib/kb/normalise';
import type { KbEntity } from '../../lib/kb/types';

const LIST_FIELDS = ['aliases', 'acronyms', 'domains', 'sources'] as const;

/** Kinds that never merge with each other by name ('Universidad de Chile' the university and the club). */
const EXCLUSIVE_KINDS = new Set([
  'football club',
  'basketball team',
  'university',
  'newspaper',
  'company',
  'legislature',
  'political party',
  'press association',
]);

/** How an added entry found the entry it merged into (reported by the build). */
export type JoinRule = 'id' | 'wikidata' | 'name+country+type' | 'name+type';

/**
 * Accumulates entries from sources in order; `add` merges duplicates and returns the surviving id.
 * Joins: the same id; else the same Wikidata QID; else the same name (or 3+ letter acronym) and country and
 * type, unless both carry different QIDs (two MPs called John Smith).
 */
export class EntityStore {
  private byId = new Map<string, KbEntity>();
  private byKey = new Map<string, string>();
  private byQid = new Map<string, string>();
  /** Merged-away id → surviving id, to rewrite references (roles, parents). */
  private redirects = new Map<string, string>();
  readonly joins: Record<JoinRule, number> = { id: 0, wikidata: 0, 'name+country+type': 0, 'name+type': 0 };
  /** Joins by rule and source pair, e.g. 'wikidata everypolitician→parlgov'. */
  readonly joinsBySource = new Map<string, number>();

  keysOf(e: KbEntity): string[] {
    if (!e.country) return [];
    const name = normaliseAlias(e.name).replace(/^the /, '');
    if (e.type !== 'organization') return [`${e.type}|${e.country}|${name}`];
    const keys = [`${e.country}|${name}`];
    for (const a of e.acronyms ?? [])
      if (a.replace(/[^A-Z0-9]/g, '').length >= 3) keys.push(`${e.country}|=${a}`);
    return keys;
  }

  /** `joinedBy` names the rule when the caller matched the entry itself (and passes the target's id). */
  add(e: KbEntity, override = false, joinedBy?: JoinRule): string {
    let rule: JoinRule | undefined;
    let existingId: string | undefined;
    if (this.byId.has(e.id)) {
      existingId = e.id;
      rule = joinedBy ?? 'id';
    } else if (e.wikidata && this.byQid.has(e.wikidata)) {
      existingId = this.byQid.get(e.wikidata);
      rule = 'wikidata';
    } else if (!(override && e.type !== 'organization')) {
      // Seed places and people keep their own ids (tests and cards name them); sources join them instead.
      existingId = this.keysOf(e)
        .map((k) => this.byKey.get(k))
        .find((id) => {
          const other = id ? this.byId.get(id) : undefined;
          // A source's own namesakes (two Springfields, two John Smiths) stay apart.
          return (
            other &&
            !(other.wikidata && e.wikidata && other.wikidata !== e.wikidata) &&
            !other.sources.some((s) => e.sources.includes(s)) &&
            !(
              EXCLUSIVE_KINDS.has(e.kind ?? '') &&
              EXCLUSIVE_KINDS.has(other.kind ?? '') &&
              e.kind !== other.kind
            ) &&
            // A country and its namesake capital (Singapore, Luxembourg) are two entries.
            (e.kind === 'country' || e.kind === 'territory') ===
              (other.kind === 'country' || other.kind === 'territory')
          );
        });
      if (existingId) rule = 'name+country+type';
    }
    if (!existingId) {
      this.byId.set(e.id, { ...e });
      for (const k of this.keysOf(e)) if (!this.byKey.has(k)) this.byKey.set(k, e.id);
      if (e.wikidata && !this.byQid.has(e.wikidata)) this.byQid.set(e.wikidata, e.id);
      return e.id;
    }
    this.joins[rule!]++;
    const pair = `${rule} ${e.sources.join('+')}→${this.byId.get(existingId)!.sources.join('+')}`;
    this.joinsBySource.set(pair, (this.joinsBySource.get(pair) ?? 0) + 1);
    if (existingId !== e.id) this.redirects.set(e.id, existingId);
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
      // Another source's name for the same entry is one of its aliases.
      if (field === 'aliases' && e.name !== merged.name) union.add(e.name);
      if (field === 'aliases') union.delete(merged.name);
      if (union.size) merged[field] = [...union];
    }
    if (target.roles && e.roles && target.roles !== e.roles && !override) {
      // Roles from several sources: keep each office once (the first source's wording wins).
      const seen = new Set(target.roles.map((r) => `${r.title}|${r.from ?? ''}`));
      merged.roles = [...target.roles, ...e.roles.filter((r) => !seen.has(`${r.title}|${r.from ?? ''}`))];
    }
    if (target.prior !== undefined && e.prior !== undefined && !override)
      merged.prior = Math.max(target.prior, e.prior);
    this.byId.set(existingId, merged);
    for (const k of this.keysOf(merged)) if (!this.byKey.has(k)) this.byKey.set(k, existingId);
    if (merged.wikidata && !this.byQid.has(merged.wikidata)) this.byQid.set(merged.wikidata, existingId);
    return existingId;
  }

  /** The surviving id of an id that was merged away (or the id itself). */
  resolve(id: string): string {
    let out = id;
    for (let n = 0; n < 5 && this.redirects.has(out); n++) out = this.redirects.get(out)!;
    return out;
  }

  get size(): number {
    return this.byId.size;
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
        if (out.parent) out.parent = this.resolve(out.parent);
        if (out.roles)
          out.roles = out.roles.map((r) =>
            r.org && this.redirects.has(r.org) ? { ...r, org: this.resolve(r.org) } : r,
          );
        return out;
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

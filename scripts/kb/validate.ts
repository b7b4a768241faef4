/**
 * Build-time checks on the KB: unique ids, references that resolve, well-formed dates, and an alias
 * index whose every entry points at an entity. Returns the problems; the build fails on any.
 */
import type { KbEntity, KbFile } from '../../lib/kb/types';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Every problem found, as a sentence naming the entry and what to fix. */
export function validateKb(entities: KbEntity[], file: KbFile): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const e of entities) {
    if (ids.has(e.id)) problems.push(`duplicate id '${e.id}'`);
    ids.add(e.id);
  }
  const checkDate = (e: KbEntity, field: string, d: string | undefined) => {
    if (d !== undefined && !DATE.test(d))
      problems.push(`${e.id}: ${field} '${d}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
  };
  for (const e of entities) {
    if (!e.name?.trim()) problems.push(`${e.id}: empty name`);
    if (e.parent && !ids.has(e.parent)) problems.push(`${e.id}: parent '${e.parent}' is not in the KB`);
    if (!e.sources.length || e.sources.some((s) => !file.sources[s]))
      problems.push(`${e.id}: unknown source in ${e.sources.join(',')}`);
    if (e.country && !/^[A-Z]{2}$/.test(e.country))
      problems.push(`${e.id}: country '${e.country}' is not ISO alpha-2`);
    checkDate(e, 'founded', e.founded);
    checkDate(e, 'dissolved', e.dissolved);
    checkDate(e, 'date', e.date);
    if (e.type === 'event' && !e.date) problems.push(`${e.id}: event without a date`);
    for (const r of e.roles ?? []) {
      checkDate(e, `role '${r.title}' from`, r.from);
      checkDate(e, `role '${r.title}' to`, r.to);
      if (r.from && r.to && r.from > r.to) problems.push(`${e.id}: role '${r.title}' ends before it starts`);
      if (r.org && !ids.has(r.org))
        problems.push(`${e.id}: role '${r.title}' names org '${r.org}' that is not in the KB`);
    }
    if (e.prior !== undefined && (e.prior < 0 || e.prior > 1))
      problems.push(`${e.id}: prior ${e.prior} outside 0..1`);
  }
  const keys = file.aliasKeys.split('\n');
  for (let k = 0, p = 0; k < keys.length; k++) {
    const header = file.aliasPostings[p];
    const n = header >> 1;
    const indices = file.aliasPostings.slice(p + 1, p + 1 + n);
    if (
      !Number.isInteger(header) ||
      (!n && !(header & 1)) ||
      indices.length !== n ||
      indices.some((i) => !Number.isInteger(i) || i < 0 || i >= entities.length)
    ) {
      problems.push(`alias '${keys[k]}' points nowhere`);
    }
    p += (n || 0) + 1;
  }
  return problems;
}

/**
 * Build-time checks on the KB: unique ids, references that resolve, well-formed dates, and an alias
 * index whose every entry points at an entity. Returns the problems; the build fails on any.
 */
import type { KnowledgeBase } from '../../lib/kb/parse-kb';
import type { KbEntity, KbSource } from '../../lib/kb/types';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Every problem found, as a sentence naming the entry and what to fix. */
export function validateKb(
  entities: KbEntity[],
  sources: Record<string, KbSource>,
  kb: KnowledgeBase,
): string[] {
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
    if (!e.sources.length || e.sources.some((s) => !sources[s]))
      problems.push(`${e.id}: unknown source in ${e.sources.join(',')}`);
    if (e.country && !/^[A-Z]{2}$/.test(e.country))
      problems.push(`${e.id}: country '${e.country}' is not ISO alpha-2`);
    checkDate(e, 'founded', e.founded);
    checkDate(e, 'dissolved', e.dissolved);
    checkDate(e, 'date', e.date);
    // An election or referendum is read on the article's clock and needs its day; a war or a revolution
    // (WordNet's named events) is known by its name, its years in the description.
    if (e.type === 'event' && !e.date && /election|referendum/.test(e.kind ?? ''))
      problems.push(`${e.id}: ${e.kind} without a date`);
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
  // The file must give back exactly what went in, and every alias must lead to an entry.
  if (kb.size !== entities.length)
    problems.push(`the KB file holds ${kb.size} entries, not ${entities.length}`);
  entities.forEach((e, i) => {
    if (kb.indexOf(e.id) !== i) problems.push(`${e.id}: id lookup does not find entry ${i}`);
    else if (canonical(kb.entity(i)) !== canonical(e))
      problems.push(`${e.id}: the entry read back from the KB file differs from the one written`);
  });
  for (const [key, indices] of kb.aliasEntries()) {
    if (indices.some((i) => !Number.isInteger(i) || i < 0 || i >= entities.length))
      problems.push(`alias '${key}' points nowhere`);
  }
  return problems;
}

/** JSON with sorted keys and without empty fields, so two spellings of one entry compare equal. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined || (Array.isArray(x) && !x.length)) continue;
        out[k] = sort(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

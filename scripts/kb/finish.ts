/**
 * Last steps of the KB build: drop source-derived references that point outside the KB (GOV.UK parents
 * that closed before the snapshot) and compose descriptions for people from their roles.
 */
import { yearOf } from '../../lib/contract/calendar';
import type { KbEntity } from '../../lib/kb/types';

/** Remove parents that are not in the KB; returns how many were dropped (seed references are validated instead). */
export function dropDanglingReferences(entities: KbEntity[]): number {
  const ids = new Set(entities.map((e) => e.id));
  let dropped = 0;
  for (const e of entities) {
    if (e.parent && !ids.has(e.parent) && !e.sources.includes('seed')) {
      delete e.parent;
      dropped++;
    }
  }
  return dropped;
}

/** People without a written description get one from their first roles: 'Politician (United States); President of the United States 2009–2017.' */
export function describePeople(entities: KbEntity[], countryNames: Map<string, string>): KbEntity[] {
  return entities.map((e) => {
    if (e.type !== 'person' || e.description || !e.roles?.length) return e;
    const roles = e.roles
      .slice(0, 2)
      .map((r) => `${r.title} ${yearOf(r.from) ?? ''}${r.to ? `–${yearOf(r.to)}` : r.from ? '–' : ''}`.trim())
      .join('; ');
    const country = e.country ? countryNames.get(e.country) : undefined;
    return {
      ...e,
      description: `${capitalise(e.kind ?? 'politician')}${country ? ` (${country})` : ''}; ${roles}.`,
    };
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

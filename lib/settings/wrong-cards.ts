/**
 * "Wrong card?": the reader's own corrections. A report says that on one site, one name (as the page writes
 * it) is not the KB entry its card showed; that card is not shown again for that name on that site, and the
 * options page lists the reports so each can be undone. Kept in browser.storage.local, never sent anywhere.
 */
import type { Analysis, AnalysisEntity } from '@/lib/contract/types';
import { siteOf } from '@/lib/url/url-identity';

/** The site a report is keyed by: the same site as related coverage's ('www.' dropped). */
export { siteOf };

/** One correction. */
export interface WrongCardReport {
  /** Hostname without 'www.' ('bbc.co.uk'). */
  site: string;
  /** The name as the page wrote it, lower-cased ('hitachi'). */
  name: string;
  /** The KB entry its card showed. */
  kbId: string;
  /** The card's title then, for the options page ('Hitachi, Ibaraki'). */
  title: string;
  /** When it was reported (ISO 8601). */
  reportedAt: string;
}

/** Most reports kept: the oldest go first. */
const MAX_WRONG_CARDS = 500;

/** The name of an entity as the page writes it: its most frequent mention that is a name. */
function pageName(entity: AnalysisEntity): string {
  const counts = new Map<string, number>();
  for (const m of entity.mentions)
    if (/^[\p{Lu}\p{N}]/u.test(m.text)) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = entity.name;
  let most = 0;
  for (const [text, n] of counts) if (n > most) [best, most] = [text, n];
  return best;
}

/** The report for an entity's card on the page at `url`, or undefined when it shows no KB card. */
export function reportFor(
  entity: AnalysisEntity,
  url: string,
  now = new Date(),
): WrongCardReport | undefined {
  const site = siteOf(url);
  if (!entity.kbId || !entity.card || !site) return undefined;
  return {
    site,
    name: pageName(entity).toLowerCase(),
    kbId: entity.kbId,
    title: entity.card.title,
    reportedAt: now.toISOString(),
  };
}

const same = (a: WrongCardReport, b: Pick<WrongCardReport, 'site' | 'name' | 'kbId'>): boolean =>
  a.site === b.site && a.name === b.name && a.kbId === b.kbId;

/** The list with `report` added (once), newest last, at most MAX_WRONG_CARDS. */
export function addWrongCard(list: readonly WrongCardReport[], report: WrongCardReport): WrongCardReport[] {
  return [...list.filter((r) => !same(r, report)), report].slice(-MAX_WRONG_CARDS);
}

/** The list without `report` (undo). */
export function removeWrongCard(
  list: readonly WrongCardReport[],
  report: Pick<WrongCardReport, 'site' | 'name' | 'kbId'>,
): WrongCardReport[] {
  return list.filter((r) => !same(r, report));
}

/**
 * The analysis with the reported cards taken off: an entity of a reported name on this site loses that KB
 * entry and its card (it is shown, under the page's name for it, as a name the offline KB does not hold).
 */
export function withoutWrongCards(analysis: Analysis, reports: readonly WrongCardReport[]): Analysis {
  const site = siteOf(analysis.article.url ?? '');
  const here = reports.filter((r) => r.site === site);
  if (!here.length) return analysis;
  let changed = false;
  const entities = analysis.entities.map((e) => {
    if (!e.kbId) return e;
    const names = new Set([e.name, ...e.mentions.map((m) => m.text)].map((n) => n.toLowerCase()));
    if (!here.some((r) => r.kbId === e.kbId && names.has(r.name))) return e;
    changed = true;
    const { kbId: _kbId, card: _card, ...rest } = e;
    // Named as the page names it, not by the entry it was wrongly taken for.
    return { ...rest, name: pageName(e), confidence: 0 };
  });
  return changed ? { ...analysis, entities } : analysis;
}

/** Stored reports as they are, dropping any malformed entry (storage is not trusted). */
export function normaliseWrongCards(raw: unknown): WrongCardReport[] {
  if (!Array.isArray(raw)) return [];
  const text = (v: unknown, max: number): v is string =>
    typeof v === 'string' && v.length > 0 && v.length <= max;
  return raw
    .filter(
      (r): r is WrongCardReport =>
        typeof r === 'object' &&
        r !== null &&
        text((r as WrongCardReport).site, 253) &&
        text((r as WrongCardReport).name, 200) &&
        text((r as WrongCardReport).kbId, 200) &&
        text((r as WrongCardReport).title, 300) &&
        text((r as WrongCardReport).reportedAt, 40),
    )
    .slice(-MAX_WRONG_CARDS);
}

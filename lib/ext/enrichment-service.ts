/**
 * Opt-in online enrichment in the worker: after an analysis, the most-mentioned linked entities' cards get a
 * Wikipedia extract and photo from the sources the reader switched on (and granted the host for). Runs after
 * the reply, never delays a card, and every request goes through one queue and into the reader's log.
 */
import type { Analysis } from '@/lib/analysis/types';
import type { Linker } from '@/lib/kb';
import {
  createEnrichmentQueue,
  enrichCard,
  type EnrichmentStore,
  type FetchLike,
  type HostQueue,
} from '@/lib/kb/enrich';
import { ONLINE_SOURCES, type Settings } from '@/lib/settings';

/** How many cards per article are enriched (the most-mentioned first): a bound on requests per page. */
export const ENRICHED_CARDS_PER_ARTICLE = 8;

/** What the service needs: the store (cache + request log), the network, the clock and permission checks. */
export interface EnrichmentServiceDeps {
  store: () => Promise<EnrichmentStore>;
  fetch: FetchLike;
  now: () => number;
  hasHostPermission: (origin: string) => Promise<boolean>;
  /** Test servers stand in for Wikipedia and Wikidata. */
  baseUrls?: { wikipedia?: string; wikidata?: string };
}

/** The enrichment step, created once per worker. */
export interface EnrichmentService {
  /** The analysis with enriched cards, or undefined when no source is on (nothing was requested). */
  enrich(analysis: Analysis, settings: Settings, linker: Linker): Promise<Analysis | undefined>;
}

const originsOf = (key: 'wikipedia' | 'wikidata') => ONLINE_SOURCES.find((s) => s.key === key)?.origins ?? [];

/** Create the worker's enrichment step. */
export function createEnrichmentService(deps: EnrichmentServiceDeps): EnrichmentService {
  let queue: HostQueue | undefined;
  const granted = async (key: 'wikipedia' | 'wikidata') => {
    const origins = originsOf(key);
    return origins.length > 0 && (await Promise.all(origins.map(deps.hasHostPermission))).every(Boolean);
  };
  return {
    async enrich(analysis, settings, linker) {
      const sources = {
        wikipedia: settings.online.wikipedia && (await granted('wikipedia')),
        wikidata: settings.online.wikidata && (await granted('wikidata')),
      };
      if (!sources.wikipedia && !sources.wikidata) return undefined;
      const store = await deps.store();
      queue ??= createEnrichmentQueue({ fetch: deps.fetch, now: deps.now, store });
      const chosen = analysis.entities
        .filter((e) => e.card && e.kbId)
        .sort((a, b) => b.mentions.length - a.mentions.length)
        .slice(0, ENRICHED_CARDS_PER_ARTICLE);
      const enriched = new Map(
        await Promise.all(
          chosen.map(async (e) => {
            const card = await enrichCard(e.card!, linker.get(e.kbId!) ?? { name: e.name }, {
              sources,
              fetch: deps.fetch,
              now: deps.now,
              store,
              queue,
              baseUrls: deps.baseUrls,
            });
            return [e.id, card] as const;
          }),
        ),
      );
      return {
        ...analysis,
        entities: analysis.entities.map((e) => (enriched.has(e.id) ? { ...e, card: enriched.get(e.id) } : e)),
      };
    },
  };
}

/**
 * Opt-in online enrichment in the worker, when the reader opens a card (a hover card on the page, or a
 * card clicked in the popup) and at no other time: a linked card gets a Wikipedia extract and Wikidata
 * facts; a name the KB lacks gets a checked Wikidata card (kind, whole name, country). Only sources the
 * reader switched on and granted are asked; every request goes through one queue and into the log.
 */
import type { Analysis, AnalysisEntity } from '@/lib/contract/types';
import type { Linker } from '@/lib/kb';
import {
  createEnrichmentQueue,
  enrichCard,
  isLookupName,
  lookUpName,
  type EnrichmentStore,
  type FetchLike,
  type HostQueue,
} from '@/lib/kb/enrich';
import { ONLINE_SOURCES, type Settings } from '@/lib/settings';

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
  /**
   * The entity `entityId` of `analysis` with its card enriched (or, for a name the KB lacks, a checked
   * online card); undefined when no card source is on, or nothing trustworthy was found. Never rejects.
   */
  enrichEntity(
    analysis: Analysis,
    entityId: string,
    settings: Settings,
    linker: Linker,
  ): Promise<AnalysisEntity | undefined>;
}

const originsOf = (key: 'wikipedia' | 'wikidata') => ONLINE_SOURCES.find((s) => s.key === key)?.origins ?? [];

/** Countries of the names the article links, most mentioned first: the story's countries. */
export function storyCountries(analysis: Analysis, linker: Linker): string[] {
  const votes = new Map<string, number>();
  for (const e of analysis.entities) {
    const country = e.kbId ? linker.get(e.kbId)?.country : undefined;
    if (country) votes.set(country, (votes.get(country) ?? 0) + e.mentions.length);
  }
  return [...votes].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** The ISO code of a country the KB knows by this name ("United Kingdom" → "GB"). */
function countryCodeFrom(linker: Linker): (label: string) => string | undefined {
  return (label) => {
    const link = linker.link({ names: [label], type: 'place' }, {});
    const entity = link ? linker.get(link.kbId) : undefined;
    return entity?.kind === 'country' ? entity.country : undefined;
  };
}

/** Create the worker's enrichment step. */
export function createEnrichmentService(deps: EnrichmentServiceDeps): EnrichmentService {
  let queue: HostQueue | undefined;
  const granted = async (key: 'wikipedia' | 'wikidata') => {
    const origins = originsOf(key);
    return origins.length > 0 && (await Promise.all(origins.map(deps.hasHostPermission))).every(Boolean);
  };
  return {
    async enrichEntity(analysis, entityId, settings, linker) {
      try {
        const entity = analysis.entities.find((e) => e.id === entityId);
        if (!entity) return undefined;
        const sources = {
          wikipedia: settings.online.wikipedia && (await granted('wikipedia')),
          wikidata: settings.online.wikidata && (await granted('wikidata')),
        };
        if (!sources.wikipedia && !sources.wikidata) return undefined;
        const store = await deps.store();
        queue ??= createEnrichmentQueue({ fetch: deps.fetch, now: deps.now, store });
        const common = { fetch: deps.fetch, now: deps.now, store, queue, baseUrls: deps.baseUrls };

        const kbEntity = entity.kbId ? linker.get(entity.kbId) : undefined;
        if (entity.card && kbEntity) {
          const card = await enrichCard(entity.card, kbEntity, { ...common, sources });
          return card === entity.card ? undefined : { ...entity, card };
        }
        // A name the KB lacks: only Wikidata answers it, and only for a name the tagger is surer of.
        if (entity.card || !sources.wikidata) return undefined;
        if (!isLookupName(entity.name, entity.type, entity.mentions.length)) return undefined;
        const found = await lookUpName(
          {
            name: entity.name,
            type: entity.type,
            storyCountries: storyCountries(analysis, linker),
            publishedAt: analysis.article.publishedAt,
          },
          { store, queue, wikidataBase: deps.baseUrls?.wikidata, countryCode: countryCodeFrom(linker) },
        );
        if (!found) return undefined;
        const card = found.wikipediaTitle
          ? await enrichCard(
              found.card,
              { name: found.card.title, wikipedia: found.wikipediaTitle },
              { ...common, sources: { wikipedia: sources.wikipedia, wikidata: false } },
            )
          : found.card;
        return { ...entity, card };
      } catch (error) {
        console.warn('Fact Context enrichment:', error);
        return undefined;
      }
    },
  };
}

/**
 * Related coverage from the first day (opt-in): when the popup shows an article, the worker searches the
 * news indexes the reader switched on and granted (GDELT, Google News) for its key names and date window,
 * ranks the answers on this computer with the history's ranker, and merges them into the related list.
 * Answers are cached a day; every request is logged; a private tab never gets here.
 */
import type { Analysis, RelatedItem } from '@/lib/contract/types';
import {
  cachedGet,
  createEnrichmentQueue,
  type EnrichmentStore,
  type FetchLike,
  type HostQueue,
} from '@/lib/kb/enrich';
import { rankCollection } from '@/lib/related/collection-ranking';
import {
  gdeltSearchUrl,
  googleNewsSearchUrl,
  NEWS_SEARCH_BASE_URLS,
  parseGdeltArticles,
  parseGoogleNewsRss,
  searchTerms,
  searchWindow,
  type NewsSearchBaseUrls,
} from '@/lib/related/news-search';
import type { FeedEntry } from '@/lib/related/types';
import { articleKey } from '@/lib/url/url-identity';
import type { Settings } from '@/lib/settings';

/** How many related items the popup lists after merging. */
const RELATED_SHOWN = 8;
const SEARCH_TTL_MS = 24 * 3600_000;

/** What the service needs: the store (cache + request log), the network, the clock and permission checks. */
export interface NewsSearchServiceDeps {
  store: () => Promise<EnrichmentStore>;
  fetch: FetchLike;
  now: () => number;
  hasHostPermission: (origin: string) => Promise<boolean>;
  baseUrls?: Partial<NewsSearchBaseUrls>;
}

/** The news search step, created once per worker. */
export interface NewsSearchService {
  /**
   * The article's related coverage with ranked search results merged in, or undefined when the search is
   * off (nothing was sent). Never rejects: a failing index adds nothing.
   */
  search(analysis: Analysis, settings: Settings): Promise<RelatedItem[] | undefined>;
}

/** The two indexes: their host permission and how to read them. */
const INDEXES = [
  { key: 'gdelt', label: 'GDELT', origin: 'https://api.gdeltproject.org/*' },
  { key: 'googleNews', label: 'Google News', origin: 'https://news.google.com/*' },
] as const;

/** Related items from several lists, one per story address (the first, best-scored kept), best first. */
function mergeRelated(lists: RelatedItem[][], limit = RELATED_SHOWN): RelatedItem[] {
  const seen = new Set<string>();
  const out: RelatedItem[] = [];
  for (const item of lists.flat().sort((a, b) => b.score - a.score)) {
    const key = articleKey(item.url);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out.slice(0, limit);
}

/** Create the worker's news search step. */
export function createNewsSearchService(deps: NewsSearchServiceDeps): NewsSearchService {
  let queue: HostQueue | undefined;
  const base = { ...NEWS_SEARCH_BASE_URLS, ...deps.baseUrls };
  return {
    async search(analysis, settings) {
      if (!settings.online.newsSearch || !settings.features.related) return undefined;
      try {
        const granted = await Promise.all(INDEXES.map((i) => deps.hasHostPermission(i.origin)));
        if (!granted.some(Boolean)) return undefined;
        const terms = searchTerms(analysis);
        if (!terms.length) return analysis.related;
        const store = await deps.store();
        queue ??= createEnrichmentQueue({ fetch: deps.fetch, now: deps.now, store });
        const ctx = { store, queue };
        const window = searchWindow(analysis.article.publishedAt, deps.now());
        const found = await Promise.all(
          INDEXES.map(async (index, i): Promise<Array<FeedEntry & { via: string }>> => {
            if (!granted[i]) return [];
            const url =
              index.key === 'gdelt'
                ? gdeltSearchUrl(terms, window, base.gdelt)
                : googleNewsSearchUrl(terms, base.googleNews);
            if (!url) return [];
            const entries =
              index.key === 'gdelt'
                ? await cachedGet(ctx, `gdelt:${url}`, url, parseGdeltArticles, { ttlMs: SEARCH_TTL_MS })
                : await cachedGet(
                    ctx,
                    `google-news:${url}`,
                    url,
                    (xml) => parseGoogleNewsRss(String(xml), url),
                    {
                      as: 'text',
                      ttlMs: SEARCH_TTL_MS,
                    },
                  );
            return (entries ?? []).map((e) => ({ ...e, via: index.label }));
          }),
        );
        const entries = found.flat();
        const via = new Map(entries.map((e) => [articleKey(e.url), e.via]));
        const ranked = rankCollection(analysis, entries, { limit: RELATED_SHOWN }).map((item) => ({
          ...item,
          why: `${item.why}; found on ${via.get(articleKey(item.url)) ?? 'a news search'}`,
        }));
        return mergeRelated([analysis.related, ranked]);
      } catch (error) {
        console.warn('Fact Context news search:', error);
        return undefined;
      }
    },
  };
}

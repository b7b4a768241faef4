/**
 * The worker's related coverage: remembers each analysed article in the reading history (IndexedDB) and
 * ranks it against an in-memory index of history and feed items, built from the stores on first need.
 * Nothing here ever fails an analysis: any error means "no related coverage this time".
 */
import type { Analysis, RelatedItem } from '@/lib/contract/types';
import { createRelatedIndex } from '@/lib/related/related-index';
import { toRemembered } from '@/lib/related/remember';
import type { RelatedIndex, RememberedArticle } from '@/lib/related/types';
import { articleKey } from '@/lib/url/url-identity';
import { FEED_LIMIT, HISTORY_LIMIT, type RelatedStores } from './stores';

/** Opens the stores with a given reading-history bound (the worker: openRelatedStores; tests: a private db). */
export type OpenStores = (historyLimit: number) => RelatedStores;

/** What the background needs from related coverage. */
export interface RelatedService {
  /**
   * Get ready to rank (builds the index on first use) and return the `findRelated` for analyze(): it ranks
   * the article against what is remembered, then remembers it unless `historyLimit` is 0 or `remember` is
   * false (a private window, a page that is no news article, a tab over its rate). Never rejects: without a
   * usable index it returns a function that finds nothing.
   */
  prepare(historyLimit: number, remember?: boolean): Promise<(analysis: Analysis) => RelatedItem[]>;
  /** Add polled feed items to the feed store and, when built, to the index. */
  addFeedItems(items: RememberedArticle[]): Promise<void>;
  /** Forget the whole reading history (store and index); feed items stay. */
  clearHistory(): Promise<void>;
  /** Forget the history of a site the reader turned off (subdomains too). Returns how many went. */
  forgetSite(hostname: string): Promise<number>;
  /** How many history articles and feed items are remembered. */
  counts(): Promise<{ history: number; feed: number }>;
  /** Wait for queued writes to reach the stores (tests; the worker never needs to). */
  flush(): Promise<void>;
}

/** Remembered URLs in the order seen, so the in-memory index drops the oldest beyond the bound like the store. */
class SeenOrder {
  private readonly urls = new Map<string, string>();
  constructor(private limit: number) {}
  setLimit(limit: number): void {
    this.limit = limit;
  }
  /** Note `url` as the newest; returns the URLs that fell off the end. */
  push(url: string): string[] {
    const key = articleKey(url);
    this.urls.delete(key);
    this.urls.set(key, url);
    const dropped: string[] = [];
    for (const [oldKey, oldUrl] of this.urls) {
      if (this.urls.size <= this.limit) break;
      this.urls.delete(oldKey);
      dropped.push(oldUrl);
    }
    return dropped;
  }
}

interface Built {
  index: RelatedIndex;
  history: SeenOrder;
  feed: SeenOrder;
}

/** Create the service over stores opened by `open`; nothing is read until the first analysis needs it. */
export function createRelatedService(
  open: OpenStores,
  onError: (error: unknown) => void = () => {},
): RelatedService {
  let stores: RelatedStores | undefined;
  let storesLimit = -1;
  let built: Promise<Built> | undefined;
  /** Store writes run one after another, so a clear never overtakes an earlier remember. */
  let writes: Promise<unknown> = Promise.resolve();
  const queue = <T>(write: (s: RelatedStores) => Promise<T>): Promise<T> => {
    const current = stores!;
    const next = writes.then(() => write(current));
    writes = next.catch(onError);
    return next;
  };

  const storesFor = (historyLimit: number): RelatedStores => {
    if (!stores || storesLimit !== historyLimit) {
      const old = stores;
      if (old) void writes.then(() => old.close()).catch(onError);
      stores = open(historyLimit);
      storesLimit = historyLimit;
      built = undefined; // re-read with the new bound
    }
    return stores;
  };

  /** The open stores, opening them with the default bound when nothing has asked for another yet. */
  const opened = () => stores ?? storesFor(HISTORY_LIMIT);

  const build = (historyLimit: number): Promise<Built> => {
    const current = storesFor(historyLimit);
    built ??= writes
      .then(() => Promise.all([current.history.all(), current.feed.all()]))
      .then(([history, feed]) => {
        const index = createRelatedIndex([...feed, ...history]);
        const result: Built = {
          index,
          history: new SeenOrder(historyLimit),
          feed: new SeenOrder(FEED_LIMIT),
        };
        for (const item of feed) for (const url of result.feed.push(item.url)) index.remove(url);
        for (const item of history) for (const url of result.history.push(item.url)) index.remove(url);
        return result;
      });
    const attempt = built;
    attempt.catch(() => {
      if (built === attempt) built = undefined; // try again next time
    });
    return attempt;
  };

  const nothing = (): RelatedItem[] => [];

  return {
    async prepare(historyLimit, remember = true) {
      let ready: Built;
      try {
        ready = await build(historyLimit);
      } catch (error) {
        onError(error);
        return nothing;
      }
      return (analysis) => {
        try {
          if (!analysis.article.url) return [];
          const remembered = toRemembered(analysis, 'history', analysis.article.canonicalUrl);
          const related = ready.index.rank(remembered);
          if (historyLimit > 0 && remember) {
            ready.index.add(remembered);
            for (const url of ready.history.push(remembered.url)) ready.index.remove(url);
            void queue((s) => s.history.put(remembered)).catch(onError);
          }
          return related;
        } catch (error) {
          onError(error);
          return [];
        }
      };
    },
    async addFeedItems(items) {
      if (!items.length) return;
      opened();
      await queue((s) => s.feed.putAll(items));
      const ready = await built?.catch(() => undefined);
      if (!ready) return; // the next build reads them from the store
      for (const item of items) {
        ready.index.add(item);
        for (const url of ready.feed.push(item.url)) ready.index.remove(url);
      }
    },
    async clearHistory() {
      opened();
      built = undefined;
      await queue((s) => s.history.clear());
      built = undefined; // rebuilt from the feed store on next need
    },
    async forgetSite(hostname) {
      opened();
      built = undefined;
      const removed = await queue((s) => s.history.forgetSite(hostname));
      built = undefined;
      return removed;
    },
    async counts() {
      const current = opened();
      await writes;
      const [history, feed] = await Promise.all([current.history.count(), current.feed.count()]);
      return { history, feed };
    },
    flush: () => writes.then(() => undefined),
  };
}

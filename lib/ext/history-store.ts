/**
 * Where related coverage remembers articles: IndexedDB in the extension's own origin (never synced),
 * through `idb`. Reading history and feed items are kept apart, each bounded, oldest out first.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { articleKey, siteOf } from '@/lib/url/url-identity';
import type { RememberedArticle } from '@/lib/related/types';
import { FEED_LIMIT, HISTORY_LIMIT, type ArticleStore, type RelatedStores } from '@/lib/related/stores';
import { ensureIndex, ensureStore, openVersioned, type UpgradeStep } from './idb-versions';

export { FEED_LIMIT, HISTORY_LIMIT, type ArticleStore, type RelatedStores };

const DB_NAME = 'fact-context-related';

type Stored = RememberedArticle & { key: string; site: string };

interface RelatedDb extends DBSchema {
  history: { key: string; value: Stored; indexes: { seenAt: number; site: string } };
  feed: { key: string; value: Stored; indexes: { seenAt: number; site: string } };
}

/** Options for openRelatedStores; tests pass a private database name. */
export interface RelatedStoresOptions {
  dbName?: string;
  historyLimit?: number;
  feedLimit?: number;
}

/**
 * The schema, one step per version (step i makes version i + 1); a later change adds a step, never edits
 * one, so every database ever written is brought up to date.
 */
export const RELATED_DB_STEPS: UpgradeStep[] = [
  // 0 → 1: history and feed items, by article key, with the indexes trimming and forgetting use.
  (db, tx) => {
    for (const name of ['history', 'feed']) {
      const store = ensureStore(db, tx, name, { keyPath: 'key' });
      ensureIndex(store, 'seenAt', 'seenAt');
      ensureIndex(store, 'site', 'site');
    }
  },
];

function openRelatedDb(options: RelatedStoresOptions): Promise<IDBPDatabase<RelatedDb>> {
  return openVersioned<RelatedDb>(options.dbName ?? DB_NAME, RELATED_DB_STEPS, {
    history: ['seenAt', 'site'],
    feed: ['seenAt', 'site'],
  });
}

const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const optional = (v: unknown, type: 'string') => v === undefined || typeof v === type;

/**
 * Is a stored record one this build can use? Anything else (written by a bug, another build, or edited by
 * hand) is skipped when read, so one bad record never takes the rest of the history with it.
 */
function isStoredArticle(v: unknown): v is Stored {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.key === 'string' &&
    typeof r.site === 'string' &&
    typeof r.url === 'string' &&
    typeof r.title === 'string' &&
    typeof r.seenAt === 'number' &&
    Number.isFinite(r.seenAt) &&
    (r.source === 'history' || r.source === 'feed') &&
    isStrings(r.entityIds) &&
    isStrings(r.terms) &&
    (r.entityNames === undefined || isStrings(r.entityNames)) &&
    (r.claimSummary === undefined || isStrings(r.claimSummary)) &&
    optional(r.publisher, 'string') &&
    optional(r.publishedAt, 'string') &&
    optional(r.canonicalUrl, 'string')
  );
}

function toStored(article: RememberedArticle): Stored {
  return { ...article, key: articleKey(article.canonicalUrl ?? article.url), site: siteOf(article.url) };
}

function fromStored({ key: _key, site: _site, ...article }: Stored): RememberedArticle {
  return article;
}

function createArticleStore(
  db: Promise<IDBPDatabase<RelatedDb>>,
  name: 'history' | 'feed',
  limit: number,
): ArticleStore {
  const trim = async (database: IDBPDatabase<RelatedDb>) => {
    const tx = database.transaction(name, 'readwrite');
    let excess = (await tx.store.count()) - limit;
    if (excess > 0) {
      let cursor = await tx.store.index('seenAt').openCursor();
      while (cursor && excess-- > 0) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  };
  const putAll = async (articles: RememberedArticle[]) => {
    const database = await db;
    const tx = database.transaction(name, 'readwrite');
    for (const article of articles) {
      const stored = toStored(article);
      // A URL variant of an already remembered article replaces it.
      if (article.canonicalUrl) await tx.store.delete(articleKey(article.url));
      await tx.store.put(stored);
    }
    await tx.done;
    await trim(database);
  };
  return {
    put: (article) => putAll([article]),
    putAll,
    async all() {
      const database = await db;
      const rows: unknown[] = await database.getAllFromIndex(name, 'seenAt');
      return rows.filter(isStoredArticle).map(fromStored);
    },
    async count() {
      return (await db).count(name);
    },
    async remove(url) {
      await (await db).delete(name, articleKey(url));
    },
    async forgetSite(hostname) {
      const database = await db;
      const site = hostname.toLowerCase().replace(/^www\d?\./, '');
      const tx = database.transaction(name, 'readwrite');
      let removed = 0;
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const s: unknown = (cursor.value as Partial<Stored> | null)?.site;
        if (typeof s === 'string' && (s === site || s.endsWith(`.${site}`))) {
          await cursor.delete();
          removed++;
        }
        cursor = await cursor.continue();
      }
      await tx.done;
      return removed;
    },
    async clear() {
      await (await db).clear(name);
    },
  };
}

/** Open (creating on first use) the related-coverage database. Nothing is read until a store is used. */
export function openRelatedStores(options: RelatedStoresOptions = {}): RelatedStores {
  const db = openRelatedDb(options);
  return {
    history: createArticleStore(db, 'history', options.historyLimit ?? HISTORY_LIMIT),
    feed: createArticleStore(db, 'feed', options.feedLimit ?? FEED_LIMIT),
    close: async () => (await db).close(),
  };
}

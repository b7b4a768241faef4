/**
 * Where related coverage remembers articles: IndexedDB in the extension's own origin (never synced),
 * through `idb`. Reading history and feed items are kept apart, each bounded, oldest out first.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { articleKey, siteOf } from '@/lib/url/url-identity';
import type { RememberedArticle } from '@/lib/related/types';
import { FEED_LIMIT, HISTORY_LIMIT, type ArticleStore, type RelatedStores } from '@/lib/related/stores';

export { FEED_LIMIT, HISTORY_LIMIT, type ArticleStore, type RelatedStores };

const DB_NAME = 'fact-context-related';
const DB_VERSION = 1;

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

function openRelatedDb(options: RelatedStoresOptions): Promise<IDBPDatabase<RelatedDb>> {
  return openDB<RelatedDb>(options.dbName ?? DB_NAME, DB_VERSION, {
    upgrade(db) {
      for (const name of ['history', 'feed'] as const) {
        const store = db.createObjectStore(name, { keyPath: 'key' });
        store.createIndex('seenAt', 'seenAt');
        store.createIndex('site', 'site');
      }
    },
  });
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
      return (await database.getAllFromIndex(name, 'seenAt')).map(fromStored);
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
        const s = cursor.value.site;
        if (s === site || s.endsWith(`.${site}`)) {
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

/**
 * Ranking a given collection of other reports (news search results, or a JSON-lines file for the CLI)
 * against one analysed article, with the same index and scores as the reader's history. Collection items
 * carry no analysis, only a headline and perhaps a summary, so the article is matched on the names as
 * written in it (as feed items are), besides its key terms.
 */
import type { Analysis, RelatedItem } from '@/lib/contract/types';
import { normaliseName } from './names';
import { createRelatedIndex } from './related-index';
import { rememberFeedEntry, toRemembered } from './remember';
import type { FeedEntry, RankOptions, RememberedArticle } from './types';

/** The article as a query against items that know names only by how they are written. */
export function queryByNames(analysis: Analysis, seenAt = 0): RememberedArticle {
  const remembered = toRemembered(analysis, 'history', analysis.article.canonicalUrl, seenAt);
  const ids: string[] = [];
  const names: string[] = [];
  const byMentions = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const entity of byMentions) {
    for (const surface of new Set([entity.name, ...entity.mentions.map((m) => m.text)])) {
      if (!/^\p{Lu}/u.test(surface)) continue;
      const id = normaliseName(surface);
      if (!id || ids.includes(id)) continue;
      ids.push(id);
      names.push(surface);
    }
    if (ids.length >= 40) break;
  }
  return { ...remembered, entityIds: ids, entityNames: names };
}

/** The items of `collection` that report the article's story, best first (never the article itself). */
export function rankCollection(
  analysis: Analysis,
  collection: FeedEntry[],
  options: RankOptions = {},
): RelatedItem[] {
  const index = createRelatedIndex(collection.map((entry) => rememberFeedEntry(entry, 0)));
  return index.rank(queryByNames(analysis), options);
}

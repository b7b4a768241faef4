/**
 * What to remember about an analysed article (or a feed item) for related coverage: compact, with no
 * article text kept, only entities, key terms and a few claims.
 */
import type { Analysis, AnalysisEntity } from '@/lib/contract/types';
import { capitalisedNames, normaliseName } from './names';
import { keyTerms } from './terms';
import type { FeedEntry, RememberedArticle } from './types';

/** How many key terms are remembered per article. */
export const TERMS_PER_ARTICLE = 60;
const MAX_ENTITIES = 30;
const MAX_CLAIMS = 5;
const MAX_CLAIM_CHARS = 200;

/** The name a reader knows an entity by, short: an acronym they saw ("NCSC") rather than a long official name. */
function displayName(entity: AnalysisEntity): string {
  if (entity.name.length <= 24) return entity.name;
  const acronym = entity.mentions.map((m) => m.text).find((t) => /^\p{Lu}{2,6}$/u.test(t));
  return acronym ?? entity.name;
}

/** The id an entity is remembered under: its KB id, or its normalised name when unlinked. */
function entityKey(entity: Pick<AnalysisEntity, 'kbId' | 'name'>): string {
  return entity.kbId ?? normaliseName(entity.name);
}

/** Title words count twice: a headline says what the story is. */
function termsOf(title: string, text: string): string[] {
  return keyTerms(`${title}.\n${title}.\n${text}`, TERMS_PER_ARTICLE);
}

/** Turn a finished Analysis into what the related-coverage index keeps. `seenAt` defaults to now. */
export function toRemembered(
  analysis: Analysis,
  source: 'history' | 'feed',
  canonicalUrl?: string,
  seenAt: number = Date.now(),
): RememberedArticle {
  const { article } = analysis;
  const byMentions = [...analysis.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const ids: string[] = [];
  const names: string[] = [];
  for (const entity of byMentions) {
    const id = entityKey(entity);
    if (!id || ids.includes(id)) continue;
    ids.push(id);
    names.push(displayName(entity));
    if (ids.length >= MAX_ENTITIES) break;
  }
  const claims = [...analysis.claims]
    .sort((a, b) => b.checkworthiness - a.checkworthiness)
    .slice(0, MAX_CLAIMS)
    .map((c) => (c.text.length > MAX_CLAIM_CHARS ? c.text.slice(0, MAX_CLAIM_CHARS - 1) + '…' : c.text));
  const title = article.title ?? '';
  return {
    url: article.url ?? canonicalUrl ?? '',
    title,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    entityIds: ids,
    entityNames: names,
    terms: termsOf(title, article.text),
    claimSummary: claims.length ? claims : undefined,
    source,
    canonicalUrl: canonicalUrl && canonicalUrl !== article.url ? canonicalUrl : undefined,
    seenAt,
  };
}

/**
 * Remember a feed item (no full text, no analysis): names come from capitalised phrases of its title and
 * summary. The caller passes the time it polled the feed.
 */
export function rememberFeedEntry(entry: FeedEntry, seenAt: number): RememberedArticle {
  const text = `${entry.title}.\n${entry.summary ?? ''}`;
  const names = capitalisedNames(text).slice(0, MAX_ENTITIES);
  return {
    url: entry.url,
    title: entry.title,
    publisher: entry.publisher,
    publishedAt: entry.publishedAt,
    entityIds: names.map((n) => n.id),
    entityNames: names.map((n) => n.text),
    terms: termsOf(entry.title, entry.summary ?? ''),
    source: 'feed',
    seenAt,
  };
}

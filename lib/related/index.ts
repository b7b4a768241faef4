/** Related coverage: the same story in the reader's own history and chosen feeds, ranked locally. */
export type { FeedEntry, RankOptions, RelatedIndex, RememberedArticle } from './types';
export { createRelatedIndex, DEFAULT_LIMIT, DEFAULT_MIN_SCORE } from './related-index';
export { entityKey, rememberFeedEntry, TERMS_PER_ARTICLE, toRemembered } from './remember';
export { keyTerms, normaliseTerm } from './terms';
export { capitalisedNames, normaliseName } from './names';
export { MAX_FEED_ITEMS, parseFeed } from './feed-parser';
export { NEWS_SEARCHES, searchElsewhereLinks, storyQuery } from './search-links';
export { articleKey, articleKeys } from '../url/url-identity';

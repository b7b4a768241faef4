/** Related coverage: the same story in the reader's own history and chosen feeds, ranked locally. */
export type { RememberedArticle } from './types';
export { createRelatedIndex } from './related-index';
export { rememberFeedEntry, TERMS_PER_ARTICLE, toRemembered } from './remember';
export { keyTerms, normaliseTerm } from './terms';
export { capitalisedNames, normaliseName } from './names';
export { MAX_FEED_ITEMS, parseFeed } from './feed-parser';
export { searchElsewhereLinks, storyQuery } from './search-links';
export { articleKey, articleKeys } from '../url/url-identity';

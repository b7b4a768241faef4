/**
 * Addresses of the public reference pages a card links to. Fact Context makes no request to them itself; a
 * link opens only when the reader clicks it. Always https.
 */

/** The English Wikipedia article of a title ('Boston Celtics' → …/wiki/Boston_Celtics). */
export function wikipediaArticleUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/**
 * A web search for a name the offline knowledge base does not hold, so the reader may look it up
 * (DuckDuckGo: no account, no tracking of the query), for the exact name.
 */
export function nameSearchUrl(name: string): string {
  return `https://duckduckgo.com/?q=${encodeURIComponent(`"${name.trim()}"`)}`;
}

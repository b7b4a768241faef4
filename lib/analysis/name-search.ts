/**
 * A web search for a name the offline knowledge base does not hold: the reader may look it up; Fact Context
 * makes no request itself (the link opens only when clicked). Always an https address.
 */

/** The search engine's address for the exact name (DuckDuckGo: no account, no tracking of the query). */
export function nameSearchUrl(name: string): string {
  return `https://duckduckgo.com/?q=${encodeURIComponent(`"${name.trim()}"`)}`;
}

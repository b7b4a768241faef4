/**
 * The one test every address from a page, a feed or an online source passes before it may become a link:
 * only http(s) URLs reach an `href` (never `javascript:`, `data:`, `blob:` or `file:`).
 */

/** Longest address kept as a link (longer ones are not links a reader needs). */
const MAX_LINK_CHARS = 8192;

/** `url` (resolved against `base`) as a normalised http(s) URL string, or undefined for anything else. */
export function httpUrl(url: string | undefined, base?: string): string | undefined {
  if (!url || url.length > MAX_LINK_CHARS) return undefined;
  try {
    const parsed = new URL(url.trim(), base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}

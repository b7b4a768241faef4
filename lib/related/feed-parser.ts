/**
 * RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) feeds parsed without a DOM (the background service worker has
 * none), into plain items with absolute URLs, ISO dates and text-only summaries.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { httpUrl } from '@/lib/url/http-url';
import type { FeedEntry } from './types';

/** Most items read from one feed; a feed with more is cut, newest (first) kept. */
export const MAX_FEED_ITEMS = 500;
const MAX_SUMMARY_CHARS = 400;

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  pound: '£',
  euro: '€',
  eacute: 'é',
  copy: '©',
};

/** Decode HTML character references left in feed text ("&amp;", "&#8217;", "&rsquo;"). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Text of a parsed node: a string, a {#text} object, or nothing. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as Node)['#text']);
  return '';
}

/** Longest feed field read: a title or summary longer than this is cut before anything searches it. */
const MAX_FIELD_CHARS = 20_000;

/** Feed HTML without its script and style elements, in one pass (a lazy `<script.*?</script>` pattern rescans the rest of the text at every `<script`). */
function withoutScripts(html: string): string {
  const lower = html.toLowerCase();
  const open = /<(script|style)/g;
  let out = '';
  let from = 0;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    const close = lower.indexOf(`</${m[1]}>`, open.lastIndex);
    if (close < 0) break;
    out += `${html.slice(from, m.index)} `;
    from = close + m[1].length + 3;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}

/** Plain text of feed HTML: tags removed, entities decoded, whitespace collapsed. */
function plainText(html: string, max = Infinity): string {
  const text = decodeEntities(
    withoutScripts(decodeEntities(html.slice(0, MAX_FIELD_CHARS))).replace(/<[^<>]*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}

/** The item's link resolved against the feed, or '' when it is not an http(s) address (javascript:, data:…). */
function absolute(href: string, base: string): string {
  return httpUrl(href, base) ?? '';
}

/** ISO 8601 from RFC 822 (RSS) or ISO (Atom, Dublin Core) dates; undefined when unreadable. */
function isoDate(value: string): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function asArray(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter((v): v is Node => typeof v === 'object' && v !== null);
  return typeof value === 'object' && value !== null ? [value as Node] : [];
}

/** Atom: the rel="alternate" (or rel-less) link's href. */
function atomLink(entry: Node): string {
  const links = asArray(entry.link);
  const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  return alternate ? String(alternate['@_href'] ?? textOf(alternate)) : textOf(entry.link);
}

function rssItem(item: Node, feedUrl: string, publisher: string): FeedEntry | undefined {
  // RSS: a guid is a permalink unless isPermaLink="false"
  const guid = item.guid as Node | string | undefined;
  const isPermaLink = !(typeof guid === 'object' && guid !== null && guid['@_isPermaLink'] === 'false');
  const guidLink = isPermaLink && /^https?:\/\//i.test(textOf(guid).trim()) ? textOf(guid) : '';
  const href = textOf(item.link) || guidLink;
  const url = href ? absolute(href, feedUrl) : '';
  const title = plainText(textOf(item.title));
  if (!url || !title) return undefined;
  const summary = plainText(textOf(item.description) || textOf(item['content:encoded']), MAX_SUMMARY_CHARS);
  const date = isoDate(textOf(item.pubDate) || textOf(item['dc:date']));
  return { title, url, publishedAt: date, summary: summary || undefined, publisher: publisher || undefined };
}

function atomEntry(entry: Node, feedUrl: string, publisher: string): FeedEntry | undefined {
  const href = atomLink(entry);
  const url = href ? absolute(href, feedUrl) : '';
  const title = plainText(textOf(entry.title));
  if (!url || !title) return undefined;
  const summary = plainText(textOf(entry.summary) || textOf(entry.content), MAX_SUMMARY_CHARS);
  const date = isoDate(textOf(entry.published) || textOf(entry.updated));
  return { title, url, publishedAt: date, summary: summary || undefined, publisher: publisher || undefined };
}

/**
 * Items of an RSS 2.0, Atom or RDF feed fetched from `feedUrl` (relative links resolve against it).
 * Items without a title or link are skipped. Throws an Error naming the feed when the XML is invalid
 * or is not a feed.
 */
export function parseFeed(xml: string, feedUrl: string): FeedEntry[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new Error(
      `The feed at ${feedUrl} is not valid XML (line ${line}: ${msg}). Check the feed address; the site may be sending an error page.`,
    );
  }
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  let entries: Array<FeedEntry | undefined>;
  if (rss) {
    const channel = (asArray(rss.channel)[0] ?? {}) as Node;
    const publisher = plainText(textOf(channel.title));
    entries = asArray(channel.item)
      .slice(0, MAX_FEED_ITEMS)
      .map((i) => rssItem(i, feedUrl, publisher));
  } else if (atom) {
    const publisher = plainText(textOf(atom.title));
    entries = asArray(atom.entry)
      .slice(0, MAX_FEED_ITEMS)
      .map((e) => atomEntry(e, feedUrl, publisher));
  } else if (rdf) {
    const channel = (asArray(rdf.channel)[0] ?? {}) as Node;
    const publisher = plainText(textOf(channel.title));
    entries = asArray(rdf.item)
      .slice(0, MAX_FEED_ITEMS)
      .map((i) => rssItem(i, feedUrl, publisher));
  } else {
    const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing';
    throw new Error(
      `The document at ${feedUrl} is XML but not an RSS, Atom or RDF feed (its root is <${root}>). Subscribe to the site's feed address instead.`,
    );
  }
  return entries.filter((e): e is FeedEntry => e !== undefined);
}

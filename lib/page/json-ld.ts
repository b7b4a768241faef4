/**
 * JSON-LD blocks of a page, flattened into typed nodes (@graph and arrays opened), tolerant of broken JSON.
 */
import { byTag, attr } from './dom';

/** One JSON-LD object. */
export type LdNode = Record<string, unknown>;

/** Schema.org types that say "news". */
export const NEWS_TYPES = new Set([
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'liveblogposting',
]);
/** Schema.org types that mean "this page is one article": the news types and the general ones. */
export const ARTICLE_TYPES = new Set([
  ...NEWS_TYPES,
  'article',
  'blogposting',
  'report',
  'scholarlyarticle',
  'socialmediaposting',
  'techarticle',
  'satiricalarticle',
  'posting',
]);

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 6 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  if (node['@type'] || node.datePublished || node.headline) out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
  // mainEntity often holds the article on WebPage nodes.
  if (node.mainEntity && typeof node.mainEntity === 'object') collect(node.mainEntity, out, depth + 1);
}

/** Largest JSON-LD block read: metadata is a few kilobytes; a bigger block is skipped, not searched. */
const MAX_BLOCK_CHARS = 1_000_000;

/**
 * A block without its comment and CDATA wrappers, bare or commented out ("<!-- … -->", "<![CDATA[ … ]]>",
 * "//<![CDATA[ … //]]>", or wrapped in a block comment). String steps and start-anchored patterns only: an unanchored
 * `\s*]]>` tried at every space of a long block takes time growing with its square.
 */
function unwrap(text: string): string {
  let raw = text.trim();
  if (raw.startsWith('<!--')) raw = raw.slice(4);
  if (raw.endsWith('-->')) raw = raw.slice(0, -3);
  raw = raw.trim().replace(/^(?:\/\/|\/\*)?\s*<!\[CDATA\[\s*(?:\*\/)?/, '');
  const close = raw.lastIndexOf(']]>');
  if (close >= 0 && /^\s*(?:\*\/)?$/.test(raw.slice(close + 3))) {
    raw = raw.slice(0, close).trimEnd();
    if (raw.endsWith('//') || raw.endsWith('/*')) raw = raw.slice(0, -2);
  }
  return raw;
}

/** All JSON-LD nodes of the page; blocks that do not parse are skipped. */
export function readJsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  for (const script of byTag(doc, 'script')) {
    if (!/ld\+json/i.test(attr(script, 'type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    let raw = '';
    try {
      raw = unwrap(text);
      collect(JSON.parse(raw), out, 0);
    } catch {
      // Sites ship JSON-LD with raw newlines in strings: one retry with those flattened.
      try {
        collect(JSON.parse(raw.replace(/[\r\n\t]+/g, ' ')), out, 0);
      } catch {
        /* unusable block */
      }
    }
  }
  return out;
}

/** Lower-cased @type names of a node (a node may have several). */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
}

/** The node describing the page's article, if the page declares one. */
export function articleNode(nodes: LdNode[]): LdNode | undefined {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPES.has(t)));
}

/** A person/organisation name from a JSON-LD value: string, {name}, or a list of those (joined with ', '). */
export function ldName(value: unknown): string | undefined {
  if (!value) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(ldName).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(', ') : undefined;
  }
  if (typeof value === 'object') {
    const name = (value as LdNode).name;
    if (typeof name === 'string') return name.trim() || undefined;
  }
  return undefined;
}

/** A string property of a node, when it is a non-empty string. */
export function ldString(node: LdNode | undefined, key: string): string | undefined {
  const v = node?.[key];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

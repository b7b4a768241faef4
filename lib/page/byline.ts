/**
 * Who wrote the article: JSON-LD author, meta author tags, rel=author / itemprop=author, a "By …" line near
 * the headline, and agency credits at the end of the text ("— AFP", "(Reuters)").
 */
import { attr, byTag, classAndId, selectAll, textOf } from './dom';
import { articleNode, ldName, type LdNode } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';

const AGENCIES = [
  'AFP',
  'AP',
  'Reuters',
  'dpa',
  'DPA',
  'EFE',
  'ANSA',
  'PA',
  'Xinhua',
  'TASS',
  'Kyodo',
  'Bloomberg',
  'ANI',
  'PTI',
  'IANS',
  'AAP',
  'KNA',
  'epd',
  'APA',
  'SDA',
  'Belga',
  'ANP',
  'Anadolu',
];
const AGENCY_RE = AGENCIES.join('|');
/** "— AFP", "- AFP", "(AFP)", "/AFP/", "AFP/Reuters" at the very end of the text. */
const END_CREDIT = new RegExp(
  `(?:[—–-]\\s*|\\(|/)((?:${AGENCY_RE})(?:\\s*[/,&]\\s*(?:${AGENCY_RE}))*)\\)?\\s*/?\\s*$`,
);
/** "LONDON (Reuters) -" or "PARIS (AFP) —" at the start. */
const START_CREDIT = new RegExp(`^[\\p{Lu}][\\p{Lu}\\s,.'-]{1,40}\\((${AGENCY_RE})\\)\\s*[—–-]`, 'u');

/** An agency credit written into the article text, e.g. "… hacking.— AFP" gives "AFP". */
export function agencyCredit(text: string): string | undefined {
  const tail = text.slice(-160).trim();
  const end = END_CREDIT.exec(tail);
  if (end) return end[1].replace(/\s+/g, ' ');
  const start = START_CREDIT.exec(text.slice(0, 120));
  return start?.[1];
}

/** Strip "By", "Von", "Par" and trailing dates/roles from a visible byline. */
export function cleanByline(raw: string): string | undefined {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^(by|von|par|por|di|door|av|af)\s*:?\s+/i, '');
  s = s.split(/\s*(?:\||•|·|\bupdated\b|\bpublished\b|\bposted\b)\s*/i)[0];
  s = s.replace(
    /,?\s*(?:on\s+)?(?:\w+day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$/i,
    '',
  );
  s = s
    .trim()
    .replace(/[,;:–—-]+$/, '')
    .trim();
  if (!s || s.length > 120 || /^https?:/i.test(s)) return undefined;
  return s;
}

/**
 * The page's byline: structured sources first, then visible ones. `text` (the extracted body) lets an
 * agency credit stand in when no author is named.
 */
export function findByline(doc: Document, ld: LdNode[], meta: MetaTags, text = ''): string | undefined {
  const main = articleNode(ld);
  const fromLd = ldName(main?.author) ?? ldName(main?.creator);
  if (fromLd && !/^https?:/i.test(fromLd)) return fromLd;
  const fromMeta = firstMeta(meta, [
    'author',
    'dc.creator',
    'dcterms.creator',
    'parsely-author',
    'sailthru.author',
    'article:author',
    'byl',
    'twitter:creator',
  ]);
  if (fromMeta && !/^(https?:|www\.)/i.test(fromMeta) && !fromMeta.startsWith('@'))
    return cleanByline(fromMeta);
  for (const el of selectAll(
    doc,
    '[rel~="author"], [itemprop~="author"], .byline, .author, [class*="byline"], [class*="author-name"]',
  )) {
    const inner = attr(el, 'itemprop')?.includes('author')
      ? (selectAll(el, '[itemprop~="name"]')[0] ?? el)
      : el;
    const name = cleanByline(textOf(inner));
    if (name && name.length > 2 && !/\b(comments?|share|follow)\b/i.test(name)) return name;
  }
  for (const el of byTag(doc, 'p').slice(0, 40).concat(byTag(doc, 'span').slice(0, 80))) {
    const t = textOf(el);
    if (
      t.length < 60 &&
      /^(?:By|BY|by)\s+\p{Lu}/u.test(t) &&
      !/\bby\s+the\b/i.test(t) &&
      !/related|share/.test(classAndId(el))
    )
      return cleanByline(t);
  }
  return text ? agencyCredit(text) : undefined;
}

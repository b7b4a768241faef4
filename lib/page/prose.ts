/**
 * How much continuous prose a page has, and how much of its text is links: the idea of Readability's
 * isProbablyReaderable, plus the link-heavy shape of section fronts.
 */
import { attr, byTag, classAndId, tagOf } from './dom';

/** Prose and link measures of a page's body. */
export interface ProseMass {
  /** Sum over long paragraphs of sqrt(length - 140), as isProbablyReaderable scores. */
  score: number;
  /** Paragraphs with at least 140 characters. */
  longParagraphs: number;
  /** Characters of text in <p> elements. */
  paragraphChars: number;
  /** Characters of link text on the page. */
  linkChars: number;
  /** Links whose text looks like a headline (5+ words). */
  headlineLinks: number;
  /** Most paragraph text under one container (parent, or half of it under a grandparent): the story body. */
  storyChars: number;
}

const INLINE = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'br',
  'abbr',
  'q',
  'cite',
  'sup',
  'sub',
  'small',
  'mark',
  'time',
  'code',
]);

/** A div that holds only inline content, as sites that write paragraphs as divs do (CNN: div.zn-body__paragraph). */
function isTextDiv(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!INLINE.has(tagOf(c))) return false;
  return true;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of byTag(el, 'a')) n += (a.textContent ?? '').trim().length;
  return n;
}

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/;

function hidden(el: Element): boolean {
  const style = attr(el, 'style') ?? '';
  return (
    /display:\s*none|visibility:\s*hidden/.test(style) ||
    attr(el, 'hidden') !== undefined ||
    attr(el, 'aria-hidden') === 'true'
  );
}

/** Measure the page's prose; never throws (an unreadable page measures zero). */
export function measureProse(doc: Document): ProseMass {
  const mass: ProseMass = {
    score: 0,
    longParagraphs: 0,
    paragraphChars: 0,
    linkChars: 0,
    headlineLinks: 0,
    storyChars: 0,
  };
  const groups = new Map<Element, number>();
  const credit = (el: Element | null, n: number) => {
    if (el) groups.set(el, (groups.get(el) ?? 0) + n);
  };
  try {
    const divs = byTag(doc, 'div').filter((d) => isTextDiv(d) && (d.textContent ?? '').length >= 80);
    for (const p of byTag(doc, 'p').concat(byTag(doc, 'pre'), divs)) {
      const text = (p.textContent ?? '').trim();
      mass.paragraphChars += text.length;
      if (text.length >= 30 && linkChars(p) < text.length / 2 && !hidden(p)) {
        credit(p.parentElement, text.length);
        credit(p.parentElement?.parentElement ?? null, text.length / 2);
      }
      if (text.length < 140 || hidden(p)) continue;
      const parentCi = p.parentElement ? classAndId(p.parentElement) : '';
      const ci = `${classAndId(p)} ${parentCi}`;
      if (UNLIKELY.test(ci) && !MAYBE.test(ci)) continue;
      if (tagOf(p.parentElement) === 'li' || tagOf(p.parentElement?.parentElement) === 'li') continue;
      mass.longParagraphs++;
      mass.score += Math.sqrt(text.length - 140);
    }
    for (const a of byTag(doc, 'a')) {
      const t = (a.textContent ?? '').trim();
      mass.linkChars += t.length;
      if (t.split(/\s+/).length >= 5 && t.length < 200) mass.headlineLinks++;
    }
  } catch {
    /* partial measure */
  }
  for (const n of groups.values()) if (n > mass.storyChars) mass.storyChars = n;
  return mass;
}

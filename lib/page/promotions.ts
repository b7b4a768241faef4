/**
 * Promotional, affiliate and disclosure blocks that sites put around an article: a credit card's offer box
 * ("Apply now", welcome bonus, APR), an advertiser or affiliate disclosure, an editorial disclaimer, a
 * "You might like" carousel. Readability drops some of them by their class, but only when it strips unlikely
 * candidates, which its relaxed second run does not, and it removes every class from what it keeps, so the
 * clean-up that follows cannot see them. They are removed from Readability's working copy, by their markup,
 * before it reads the page. Such a block names companies and products nobody wrote about (issue 11 item 6).
 */
import { attr, textOf } from './dom';

/**
 * Class or id tokens of such blocks: 'editorial-disclosure', 'comments-disclosure', 'affiliate-links',
 * 'card-feature' (a featured card offer), 'product-card', 'offer-box', 'related-articles'.
 */
const PROMOTION_TOKEN =
  /(?:^|[\s_-])(?:disclosures?|disclaimers?|affiliate(?:-links?|-disclosure)?|card-feature|product-cards?|offer-(?:box|card|module)|credit-card-(?:box|offer|widget)|related-(?:articles|posts|stories|links)|you-might-like)(?:$|[\s_-])/i;

/** Containers the check looks at: blocks, not inline runs. */
const BLOCKS = new Set(['section', 'aside', 'div', 'ul', 'p']);

/**
 * Remove promotional and disclosure blocks from `doc` (Readability's working copy), in place. A block holding
 * much of the page's text is kept whatever its class says (a site may wrap its story in a 'disclaimer'
 * container). Never throws.
 */
export function removePromotions(doc: Document): void {
  try {
    const body = doc.body;
    if (!body) return;
    // One walk over the page's elements (not one per tag name); the page's text is measured only when a
    // marked block is found.
    const found: Element[] = [];
    const stack: Element[] = [body];
    let seen = 0;
    while (stack.length && seen < 20000) {
      const el = stack.pop() as Element;
      seen++;
      if (
        BLOCKS.has(el.localName) &&
        PROMOTION_TOKEN.test(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`)
      )
        found.push(el);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
    if (!found.length) return;
    const total = textOf(body).length;
    for (const el of found) {
      if (!body.contains(el)) continue;
      const n = textOf(el).length;
      if (n < 4000 && n < total * 0.25) el.parentNode?.removeChild(el);
    }
  } catch {
    /* a page we cannot read this way keeps its blocks */
  }
}

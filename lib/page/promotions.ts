/**
 * Promotional, affiliate and disclosure blocks that sites put around an article: a credit card's offer box
 * ("Apply now", welcome bonus, APR), an advertiser or affiliate disclosure, an editorial disclaimer, a
 * "You might like" carousel. Readability drops some of them by their class, but only when it strips unlikely
 * candidates, which its relaxed second run does not, and it removes every class from what it keeps, so the
 * clean-up that follows cannot see them. They are removed from Readability's working copy, by their markup,
 * before it reads the page. Such a block names companies and products nobody wrote about (issue 11 item 6).
 */
import { attr, byTag, textOf } from './dom';

/**
 * Class or id tokens of such blocks: 'editorial-disclosure', 'comments-disclosure', 'affiliate-links',
 * 'card-feature' (a featured card offer), 'product-card', 'offer-box', 'related-articles'.
 */
const PROMOTION_TOKEN =
  /(?:^|[\s_-])(?:disclosures?|disclaimers?|affiliate(?:-links?|-disclosure)?|card-feature|product-cards?|offer-(?:box|card|module)|credit-card-(?:box|offer|widget)|related-(?:articles|posts|stories|links)|you-might-like)(?:$|[\s_-])/i;

/** Containers the check looks at: blocks, not inline runs. */
const BLOCKS = ['section', 'aside', 'div', 'ul', 'p'];

/**
 * Remove promotional and disclosure blocks from `doc` (Readability's working copy), in place. A block holding
 * much of the page's text is kept whatever its class says (a site may wrap its story in a 'disclaimer'
 * container). Never throws.
 */
export function removePromotions(doc: Document): void {
  try {
    const body = doc.body;
    if (!body) return;
    const total = textOf(body).length;
    const found: Element[] = [];
    for (const tag of BLOCKS) {
      for (const el of byTag(body, tag).slice(0, 4000)) {
        const marks = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
        if (PROMOTION_TOKEN.test(marks)) found.push(el);
      }
    }
    for (const el of found) {
      if (!body.contains(el)) continue;
      const n = textOf(el).length;
      if (n < 4000 && n < total * 0.25) el.parentNode?.removeChild(el);
    }
  } catch {
    /* a page we cannot read this way keeps its blocks */
  }
}

/**
 * The project's clean-up of Readability's output: captions, "Read more"/related-links blocks, newsletter
 * boxes, share bars, tag lists, comment prompts and bare date lines go; the story stays.
 */
import { attr, classAndId, selectAll, tagOf } from './dom';
import { findDates } from './date-parse';

/** Class/id tokens of boilerplate containers. */
const BOILERPLATE_CLASS =
  /(^|[\s_-])(related|read-?more|readmore|more-?stories|also-?read|see-?also|recommended|recommendations|newsletter|signup|sign-?up|subscribe|subscription|share|sharing|share-?bar|social|social-?share|tags|tag-?list|keywords|comments?|comment-?prompt|promo|outbrain|taboola|advert|advertisement|sponsored|paywall|donate|author-?bio|byline|caption|credit|figcaption|image-?credit|photo-?credit|print-?only|visually-?hidden|sr-only|disclosure)([\s_-]|$)/;
/**
 * Lines that are boilerplate whatever their markup. Each label must end at a word boundary, so "Subscribers
 * said", "Related to each other: …" and "Copyright law …" stay.
 */
const BOILERPLATE_TEXT =
  /^(?:read more|read also|also read|related(?: articles| stories| content| coverage| links)?\s*(?::|$)|see also|more on this|sign up|subscribe|follow us|follow (?:him|her|them) on|share this|share on|share:|tags?\s*:|topics?\s*:|filed under|send us your comments|leave a comment|comments?\s*:?$|click here|advertisement|listen to this article|©|copyright\s*(?:©|\(c\)|\d{4})|this article (?:was|has been) (?:amended|updated)|get the latest|download the app|watch:|video:|photo:|image:|(?:photo|image|picture)\s*(?:credit)?\s*:|(?:featured|top|lead|header|hero|cover) (?:image|photo|picture) (?:by|courtesy of|credit))(?![a-z])/i;
/** Short labels that are boilerplate only as a whole line ("More from Sport", "Recommended", "You might like"). */
const BOILERPLATE_LABEL =
  /^(?:more from|recommended(?: for you| stories| articles)?|you (?:might|may) (?:also )?like)\b[^.:;!?]{0,40}$/i;

/**
 * An affiliate or advertiser disclosure, or an editorial disclaimer about advertisers: 'We may receive
 * compensation when you click on links', 'This post contains affiliate links', 'Editorial Disclaimer: Opinions
 * expressed here are the author’s alone'. Read in paragraphs of under 500 characters only.
 */
const DISCLOSURE =
  /\b(?:we (?:may|might) (?:receive|earn|get|be paid) (?:a )?(?:compensation|commissions?|a share|a small commission)|(?:contains|includes|may contain) (?:affiliate links|references to products)|affiliate (?:links?|commissions?|partnerships?)\b|advertis(?:er|ing) (?:disclosure|policy)|editorial disclaimer|not (?:been )?(?:provided|reviewed|approved|commissioned) (?:or \w+ )?by (?:any|the) (?:bank|card issuer|advertiser))/i;
/** The heading of a related-stories link list ("Related", "More stories", "Most read"); "More ways to …" is not. */
const LIST_LABEL =
  /^(?:related|more (?:stories|news|from|on|articles|coverage|in|like this)|read (?:more|also|next)|see also|recommended|latest|popular|top stories|most (?:read|popular|viewed|shared))\b/i;

function isBoilerplateBlock(el: Element): boolean {
  const ci = classAndId(el);
  if (
    BOILERPLATE_CLASS.test(ci) &&
    !/(^|\s)(article|content|story|body|main|entry)(-body|-content|-text)?(\s|$)/.test(ci)
  )
    return true;
  const role = attr(el, 'role');
  return role === 'complementary' || role === 'navigation';
}

/** A paragraph that is only a date line ("Update: November, 13/2019 - 14:38", "Published 13 Nov 2019"). */
function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  const dates = findDates(text);
  if (!dates.length) return false;
  let rest = text;
  for (const d of dates) rest = rest.replace(text.slice(d.index, d.index + d.length), ' ');
  rest = rest
    .replace(/\b(update[ds]?|published|posted|last|modified|on|at|am|pm|et|gmt|utc|bst|by|\w+day)\b/gi, ' ')
    .replace(/[^\p{L}]+/gu, '');
  return rest.length < 6;
}

function removeNode(el: Element): void {
  try {
    el.parentNode?.removeChild(el);
  } catch {
    /* already detached */
  }
}

/** Remove boilerplate from an extracted article container, in place. Never throws. */
export function cleanArticleContent(root: Element): void {
  const total = (root.textContent ?? '').length;
  // A block holding much of the story is not boilerplate whatever its class says
  // (Herald Sun: the body sits in div.read-more; Mercurial docs: section#sharing-with-…).
  const small = (el: Element) => {
    const n = (el.textContent ?? '').length;
    return n < 1500 && n < total * 0.25;
  };
  for (const el of selectAll(
    root,
    'figcaption, [class*="caption"], [class*="Caption"], aside, nav, form, button, [role="complementary"], [aria-hidden="true"]',
  )) {
    if (small(el)) removeNode(el);
  }
  for (const el of selectAll(root, 'div, section, ul, ol, p, span, footer, header')) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (isBoilerplateBlock(el) && small(el)) {
      removeNode(el);
      continue;
    }
    const tag = tagOf(el);
    if (tag === 'span' || tag === 'header') continue;
    // Only a paragraph, a list or a block of at most three children goes for its text: a bigger block's text
    // (a subtree of the story, read again for each nested block) is not read.
    if (tag !== 'p' && tag !== 'ul' && tag !== 'ol' && el.children.length > 3) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const boilerplate = BOILERPLATE_TEXT.test(text) || BOILERPLATE_LABEL.test(text);
    if (text.length < 200 && boilerplate && (tag === 'p' || el.children.length <= 3)) removeNode(el);
    else if (tag === 'p' && text.length < 500 && DISCLOSURE.test(text)) removeNode(el);
    else if (tag === 'p' && isDateLine(text)) removeNode(el);
    else if ((tag === 'ul' || tag === 'ol') && linkList(el)) {
      // A list of links after a "Related"/"More" heading is a related-stories block.
      const prev = el.previousElementSibling;
      const label = (prev?.textContent ?? '').trim();
      if (LIST_LABEL.test(label)) {
        if (prev && label.length < 60) removeNode(prev);
        removeNode(el);
      }
    }
  }
}

/** Is every item of a list essentially a link? */
function linkList(list: Element): boolean {
  const items = Array.from(list.children);
  if (items.length < 2) return false;
  return items.every((li) => {
    const t = (li.textContent ?? '').trim().length;
    const linked = selectAll(li, 'a').reduce((s, a) => s + (a.textContent ?? '').trim().length, 0);
    return t > 0 && linked / t > 0.8;
  });
}

/**
 * Kinds of pages that look like articles but are not news: a tutorial or documentation page full of code, a
 * recipe, a wiki entry, an "about us" or company page, a chapter of fiction, a numbered listicle and a
 * slideshow, a scholarly paper. Blogs, recipe sites and fiction archives print a headline, a date and
 * paragraphs of prose, and often say og:type=article or BlogPosting, so the news signals alone pass them;
 * what gives them away is what the page holds besides its prose. Each kind is a strong negative signal for
 * {@link detectNews}. Reads a bounded part of the page; never throws.
 */
import { attr, byTag, selectOne, tagOf, textOf } from './dom';

/** One kind a page shows, with how strongly it speaks against news. */
export interface PageKindSign {
  kind: 'code' | 'recipe' | 'wiki' | 'about' | 'fiction' | 'listicle' | 'slideshow' | 'scholarly';
  weight: number;
  reason: string;
}

/** What the kinds are read from besides the document. */
export interface PageKindInput {
  /** The page's address (http(s) or a file: path). */
  url: string;
  /** JSON-LD types, lowercased. */
  ldTypes: string[];
  /** Meta tag reader: the first value of any of `keys`. */
  meta: (keys: readonly string[]) => string | undefined;
  /** Characters of story prose in the largest block (see measureProse). */
  storyChars: number;
  /** Paragraphs of 140 characters or more (see measureProse); a slideshow's captions are short. */
  longParagraphs?: number;
}

/** Elements the page shows as navigation or site chrome: their text says nothing about the story. */
const CHROME = 'nav, header, footer, aside, [role=navigation], [role=contentinfo], [role=complementary]';

function inChrome(el: Element): boolean {
  try {
    return !!el.closest(CHROME);
  } catch {
    return false;
  }
}

/**
 * The weight of a kind that settles the question: a recipe with og:type=article, a byline and a date is
 * still a recipe. Outweighs every news signal together (about +6 on a page that has them all).
 */
const STRONG = -8;

/** Brackets, operators or a shell prompt: what a listing has and an address set in <pre> does not. */
const CODE_CHARS = /[{}();=<>[\]]|^[ \t]*[$#>] /m;

function isHidden(el: Element): boolean {
  return (
    /display:\s*none|visibility:\s*hidden/.test(attr(el, 'style') ?? '') ||
    attr(el, 'hidden') !== undefined ||
    attr(el, 'aria-hidden') === 'true'
  );
}

/**
 * Code on the page: blocks of preformatted code (`<pre>`) and inline `<code>` outside them. News prints a
 * statement or a tweet in a block now and then, never a run of listings and identifiers.
 */
function codeSign(doc: Document, storyChars: number): PageKindSign | undefined {
  let blocks = 0;
  let blockChars = 0;
  for (const pre of byTag(doc, 'pre').slice(0, 200)) {
    const text = textOf(pre);
    // An address or a poem set in <pre> is not code: code has brackets, operators or a prompt.
    if (text.length < 20 || !CODE_CHARS.test(text) || inChrome(pre) || isHidden(pre)) continue;
    const n = text.length;
    blocks++;
    blockChars += n;
  }
  let inline = 0;
  for (const code of byTag(doc, 'code').slice(0, 400)) {
    if (tagOf(code.parentElement) === 'pre' || inChrome(code)) continue;
    if (textOf(code).length >= 2) inline++;
  }
  const share = blockChars / Math.max(1, blockChars + storyChars);
  if (blocks >= 3 || inline >= 10 || (blocks >= 1 && share >= 0.15))
    return {
      kind: 'code',
      weight: STRONG,
      reason: `code on the page (${blocks} code blocks, ${inline} inline): a tutorial or documentation`,
    };
  // A little code in first-person prose: someone's notes on their own setup, not a report.
  if ((blocks >= 1 || inline >= 3) && firstPersonShare(doc) >= 0.01)
    return {
      kind: 'code',
      weight: -3,
      reason: `code in first-person prose (${blocks} code blocks, ${inline} inline): a personal technical post`,
    };
  return undefined;
}

/** First-person words ('I', 'my', 'me', "I've") among the words of the page's paragraphs (bounded read). */
const FIRST_PERSON = /^(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)$/;

function firstPersonShare(doc: Document): number {
  let words = 0;
  let mine = 0;
  for (const p of byTag(doc, 'p').slice(0, 300)) {
    if (inChrome(p)) continue;
    for (const raw of textOf(p).split(/\s+/)) {
      if (!raw) continue;
      words++;
      // Quotes and punctuation trimmed by a loop: an end-anchored run in a pattern is quadratic.
      let from = 0;
      let to = raw.length;
      while (from < to && '("“‘\''.includes(raw[from])) from++;
      while (to > from && '.,;:!?)"”’\''.includes(raw[to - 1])) to--;
      if (to - from <= 6 && FIRST_PERSON.test(raw.slice(from, to))) mine++;
    }
  }
  return words >= 100 ? mine / words : 0;
}

/** A recipe: schema.org Recipe (JSON-LD or microdata) or a recipe plugin's card. */
function recipeSign(doc: Document, ldTypes: string[]): PageKindSign | undefined {
  const found =
    ldTypes.includes('recipe') ||
    !!selectOne(
      doc,
      '[itemtype*="schema.org/Recipe"], [class*="wprm-recipe"], [class*="tasty-recipe"], [class*="recipe-ingredients"], [class*="mv-create-ingredients"], [itemprop="recipeIngredient"]',
    );
  return found ? { kind: 'recipe', weight: STRONG, reason: 'a recipe' } : undefined;
}

/** Wiki engines; Wikinews runs MediaWiki too and is news. */
const WIKI_GENERATOR = /^(?:mediawiki|moinmoin|dokuwiki|tiddlywiki|pmwiki|xwiki|confluence|wiki\.js)\b/i;

function wikiSign(doc: Document, url: string, generator: string | undefined): PageKindSign | undefined {
  if (/(^|\.)wikinews\./i.test(hostOf(url))) return undefined;
  const engine =
    (generator && WIKI_GENERATOR.test(generator.trim())) ||
    !!selectOne(doc, '.mw-parser-output, #mw-content-text, #moin-content, .dokuwiki');
  return engine ? { kind: 'wiki', weight: STRONG, reason: 'a wiki page' } : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname
      .split('/')
      .filter(Boolean)
      .map((s) =>
        decodeURIComponent(s)
          .replace(/\.(s?html?|php|aspx?)$/i, '')
          .toLowerCase(),
      );
  } catch {
    return [];
  }
}

/** The page of a site about itself: its address ends in one of these, or its headline is one. */
const ABOUT_PATH =
  /^(?:about|about-?us|who-?we-?are|what-?we-?do|our-?(?:story|mission|team|company|history|values)|team|company|mission|contact|contact-?us|careers?|jobs|imprint|impressum|ueber-?uns|uber-?uns|privacy|privacy-?policy|datenschutz|terms|terms-?of-?(?:use|service)|legal|faq|faqs)$/;
const ABOUT_HEADLINE =
  /^(?:about(?: us| me)?|who we are|what we do|our (?:story|mission|team|company|history|values)|meet the team|contact(?: us)?|careers|jobs|work with us|imprint|impressum|über uns|privacy(?: policy)?|datenschutz(?:erklärung)?|terms(?: of (?:use|service))?|frequently asked questions|faqs?)$/i;

function aboutSign(url: string, headline: string): PageKindSign | undefined {
  const segments = pathSegments(url);
  const last = segments[segments.length - 1] ?? '';
  // Trailing stops and colons cut by a loop: an end-anchored run in a pattern is quadratic.
  let end = headline.length;
  while (end > 0 && ' \t\n.!:'.includes(headline[end - 1])) end--;
  const title = headline.slice(0, end).trim();
  if ((segments.length <= 2 && ABOUT_PATH.test(last)) || ABOUT_HEADLINE.test(title))
    return { kind: 'about', weight: STRONG, reason: 'a page about the site or company' };
  return undefined;
}

/** "Chapter 12", "Chapter XII: The Storm", "Chapter One", "Prologue": a chapter heading, not "Chapter 11 filing". */
const CHAPTER_HEADLINE =
  /^(?:chapter|ch\.)\s+(?:\d{1,3}|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty[a-z-]*|thirty[a-z-]*)\b(?:\s*[:.—–-]\s*\S.*)?$|^(?:prologue|epilogue)(?:\s*[:.—–-]\s*\S.*)?$/i;
const CHAPTER_LINK = /^(?:«\s*|‹\s*|<\s*)?(?:next|previous|prev\.?)\s+chapter\b/i;
/** Story archives' own containers: AO3's #workskin, web novels' chapter bodies (not #storytext: CNN Money's story body). */
const FICTION_CONTAINER =
  '#workskin, [class~="chapter-content"], [class~="chapter-text"], [class~="chapter-body"], [id="chapter-content"]';

function fictionSign(doc: Document, headline: string): PageKindSign | undefined {
  let chapterLinks = 0;
  for (const a of byTag(doc, 'a').slice(0, 600)) {
    const t = textOf(a);
    if (t.length < 40 && CHAPTER_LINK.test(t)) chapterLinks++;
  }
  for (const b of byTag(doc, 'button').slice(0, 50)) if (CHAPTER_LINK.test(textOf(b))) chapterLinks++;
  const heading = CHAPTER_HEADLINE.test(headline.trim());
  if (chapterLinks > 0 || heading || selectOne(doc, FICTION_CONTAINER))
    return { kind: 'fiction', weight: STRONG, reason: 'a chapter of a book or story' };
  return undefined;
}

/** "1. Sunscreen", "#2 – Hats", "10) Boots", "3: Maps": a list article's numbered item heading. */
const NUMBERED = /^(?:no\.\s*|#\s*)?(\d{1,3})\s*(?:[.):]|[-–—]\s)\s*\S/i;
/** "20 Clever Ideas", "The 10 Best Ways", "Top 10 Women", "Five Lessons", "90+ Costumes": a headline that counts. */
const COUNTING_HEADLINE =
  /^(?:the\s+|our\s+)?(?:top\s+)?(?:\d{1,3}\+?|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty)\s+\S|^top\s+\d{1,3}\b/i;

function listicleSign(doc: Document, headline: string): PageKindSign | undefined {
  const numbers: number[] = [];
  for (const tag of ['h2', 'h3', 'h4']) {
    for (const h of byTag(doc, tag).slice(0, 150)) {
      const m = NUMBERED.exec(textOf(h));
      if (m && !inChrome(h)) numbers.push(Number(m[1]));
    }
  }
  // The items count up or down by one at least four times: "1. … 2. … 3. …", "10. … 9. …".
  let steps = 0;
  const seen = new Set(numbers);
  for (const n of seen) if (seen.has(n + 1)) steps++;
  if (steps < 4) return undefined;
  return COUNTING_HEADLINE.test(headline.trim())
    ? {
        kind: 'listicle',
        weight: STRONG,
        reason: `a numbered list of ${seen.size} items under a counting headline`,
      }
    : { kind: 'listicle', weight: -2, reason: `a numbered list of ${seen.size} items` };
}

const SLIDESHOW_TEXT = /^(?:next|previous|prev\.?)\s+slide\b|^slide\s+\d{1,3}\s+(?:of|\/)\s+\d{1,3}$/i;

/** A slide's container: a class token that ends in "slide" as a word ('slide', 'rt_slide', 'gallery-slide'). */
const SLIDE_CLASS = /(?:^|[\s_-])slide(?:$|\s)/i;

/** How many slide containers the page holds (bounded read). */
function slideCount(doc: Document): number {
  let n = 0;
  for (const el of byTag(doc, 'div')
    .slice(0, 3000)
    .concat(
      byTag(doc, 'li').slice(0, 1000),
      byTag(doc, 'section').slice(0, 300),
      byTag(doc, 'figure').slice(0, 300),
    ))
    if (SLIDE_CLASS.test(attr(el, 'class') ?? '')) n++;
  return n;
}

/**
 * A slideshow page: its address names the slide ("/slide/3", "/slides/12", "?slide=4"), or it shows slide
 * controls with little prose. Controls beside a long story are a gallery embedded in an article (a news report
 * with "Next slide" under its photos), which stays news. A slide address over many slides or short captions
 * (a joke, a photo's line; few paragraphs of 140 characters) is settled whatever the page's article
 * metadata says: NewsArticle, a byline and a date do not make a run of captions a story.
 */
function slideshowSign(
  doc: Document,
  url: string,
  storyChars: number,
  longParagraphs: number | undefined,
): PageKindSign | undefined {
  const segments = pathSegments(url);
  const slideAt = segments.findIndex((s) => s === 'slide' || s === 'slides');
  if ((slideAt >= 0 && /^\d{1,3}$/.test(segments[slideAt + 1] ?? '')) || /[?&]slide=\d/i.test(url)) {
    const slides = slideCount(doc);
    const shortCaptions = longParagraphs !== undefined && longParagraphs < 5;
    if (slides >= 5 || shortCaptions)
      return {
        kind: 'slideshow',
        weight: STRONG,
        reason: `a slideshow (its address names the slide; ${slides >= 5 ? `${slides} slides` : 'short captions'})`,
      };
    return { kind: 'slideshow', weight: -5, reason: 'a slideshow (its address names the slide)' };
  }
  if (storyChars >= 800) return undefined;
  const controls = byTag(doc, 'a')
    .slice(0, 600)
    .concat(byTag(doc, 'button').slice(0, 100), byTag(doc, 'span').slice(0, 600));
  for (const el of controls) {
    const t = textOf(el);
    const label = attr(el, 'aria-label') ?? '';
    if ((t.length < 40 && SLIDESHOW_TEXT.test(t)) || (label.length < 40 && SLIDESHOW_TEXT.test(label)))
      return { kind: 'slideshow', weight: -3, reason: 'a slideshow' };
  }
  return undefined;
}

/** A journal's paper: Highwire/Google Scholar citation tags with a journal and a DOI or PDF. */
function scholarlySign(meta: PageKindInput['meta']): PageKindSign | undefined {
  const journal = meta(['citation_journal_title', 'citation_conference_title']);
  const paper = meta([
    'citation_doi',
    'citation_pdf_url',
    'citation_abstract_html_url',
    'citation_firstpage',
  ]);
  return journal && paper ? { kind: 'scholarly', weight: STRONG, reason: 'a scholarly paper' } : undefined;
}

/** The page's first h1 outside site chrome, however short ("About", "Who we are"), or ''. */
function firstHeading(doc: Document): string {
  for (const h of byTag(doc, 'h1').slice(0, 5)) {
    const text = textOf(h);
    if (text && text.length < 300 && !inChrome(h)) return text;
  }
  return '';
}

/** Every non-news kind `doc` shows, strongest first. Never throws. */
export function pageKindSigns(doc: Document, input: PageKindInput): PageKindSign[] {
  const out: PageKindSign[] = [];
  const headline = firstHeading(doc);
  const add = (read: () => PageKindSign | undefined) => {
    try {
      const sign = read();
      if (sign) out.push(sign);
    } catch {
      /* one unreadable part says nothing */
    }
  };
  add(() => codeSign(doc, input.storyChars));
  add(() => recipeSign(doc, input.ldTypes));
  add(() => wikiSign(doc, input.url, input.meta(['generator'])));
  add(() => aboutSign(input.url, headline));
  add(() => fictionSign(doc, headline));
  add(() => listicleSign(doc, headline));
  add(() => slideshowSign(doc, input.url, input.storyChars, input.longParagraphs));
  add(() => scholarlySign(input.meta));
  return out.sort((a, b) => a.weight - b.weight);
}

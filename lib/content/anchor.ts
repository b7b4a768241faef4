/**
 * Maps the worker's mention anchors (exact words, context either side, a position hint; see TextAnchor in
 * lib/contract/marks) to live text in the page, as Hypothesis's anchoring does: the text of the page is
 * read once with whitespace collapsed (so the page's own line breaks do not matter), then each anchor is
 * tried at its position (shifted by how far the page's text runs ahead of the article's), then searched for
 * by its words and context, and given up when neither is convincing. A wrong highlight is worse than none.
 */
import type { TextAnchor } from '@/lib/contract/marks';
import { BLOCK_TAGS, SKIP_TAGS } from '@/lib/page/tag-sets';

/**
 * Elements skipped with everything inside: what the article text skips (lib/page/tag-sets), and in the live
 * page also the reader's own fields and labels, code, and the document head: never marked.
 */
const SKIPPED = new Set([...SKIP_TAGS, 'label', 'input', 'option', 'code', 'pre', 'head', 'title']);

/**
 * Elements that end a run of text: the article text's paragraph ends (lib/page/tag-sets), and line breaks
 * and page landmarks, where the article text has a break or nothing at all.
 */
const BLOCKS = new Set([...BLOCK_TAGS, 'br', 'figcaption', 'aside', 'nav', 'body', 'form']);

function isEditable(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return (
    (el as HTMLElement).isContentEditable === true ||
    (attr !== null && attr !== 'false') ||
    el.getAttribute('role') === 'textbox'
  );
}

/**
 * Is the text in `el` off limits: form fields and editable areas (not the form around them: some pages
 * wrap their whole body in one `<form>`), code, text hidden from assistive technology, our own UI and
 * existing marks (`markTag`)? Checked up to the document.
 */
function isSkipped(el: Element | null, markTag: string): boolean {
  for (let cur = el; cur; cur = cur.parentElement) {
    const tag = cur.tagName.toLowerCase();
    if (SKIPPED.has(tag) || tag === markTag) return true;
    if (isEditable(cur)) return true;
    if (cur.getAttribute('aria-hidden') === 'true' || cur.hasAttribute('data-fc-ui')) return true;
  }
  return false;
}

/** The nearest block element holding `node`, or undefined past `root`. */
function blockOf(node: Node, root: Element): Element | undefined {
  for (let el = node.parentElement; el; el = el === root ? null : el.parentElement) {
    if (BLOCKS.has(el.tagName.toLowerCase()) || el === root) return el;
  }
  return undefined;
}

/** The page's text under a root, whitespace collapsed, with where each character lives. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** For each character of `text`: its text node's index in `nodes`, or -1 for a space between blocks. */
  nodeAt: Int32Array;
  /** For each character of `text`: its offset in that node. */
  offsetAt: Int32Array;
}

/** A found anchor: a stretch of one text node. */
export interface AnchoredText {
  node: Text;
  start: number;
  end: number;
}

const SPACE = /\s/u;

/**
 * Read the text under `root` as {@link PageText}, one text node per step (the generator yields), so a long
 * page can be read between pauses. The result is ready when the generator returns.
 */
export function* readPageText(root: Element, markTag: string): Generator<void, PageText, void> {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const chars: string[] = [];
  let nodeAt: number[] = [];
  let offsetAt: number[] = [];
  let lastBlock: Element | undefined;
  let spaced = true; // the text so far ends in a space (or is empty)
  for (let n = walker.nextNode(); n; n = walker.nextNode(), yield) {
    const node = n as Text;
    if (!node.data || isSkipped(node.parentElement, markTag)) continue;
    const block = blockOf(node, root);
    if (block !== lastBlock && !spaced) {
      chars.push(' ');
      nodeAt.push(-1);
      offsetAt.push(0);
      spaced = true;
    }
    lastBlock = block;
    const index = nodes.push(node) - 1;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const space = SPACE.test(data[i]);
      if (space && spaced) continue;
      chars.push(space ? ' ' : data[i]);
      nodeAt.push(index);
      offsetAt.push(i);
      spaced = space;
    }
  }
  const text = chars.join('');
  const result = { text, nodes, nodeAt: Int32Array.from(nodeAt), offsetAt: Int32Array.from(offsetAt) };
  nodeAt = offsetAt = [];
  return result;
}

const WORD = /[\p{L}\p{N}_]/u;

/** Does `exact` sit at `at` in `text` as whole words? */
function wholeWordAt(text: string, exact: string, at: number): boolean {
  if (at < 0 || !text.startsWith(exact, at)) return false;
  const before = at > 0 ? text[at - 1] : ' ';
  const after = at + exact.length < text.length ? text[at + exact.length] : ' ';
  return (
    !(WORD.test(before) && WORD.test(exact[0])) && !(WORD.test(after) && WORD.test(exact[exact.length - 1]))
  );
}

/** How many characters of `prefix` end the text before `at`, and of `suffix` start the text after `end`. */
function contextMatch(text: string, anchor: TextAnchor, at: number): number {
  const { prefix, suffix, exact } = anchor;
  let p = 0;
  while (p < prefix.length && at - 1 - p >= 0 && text[at - 1 - p] === prefix[prefix.length - 1 - p]) p++;
  const end = at + exact.length;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return p + s;
}

/** Context characters a searched-for anchor must share with its surroundings (when it has that many). */
const MIN_CONTEXT = 16;
/** Most candidate places an anchor's words are compared at (a name said hundreds of times on a page). */
const MAX_CANDIDATES = 200;

/** Anchors text in one {@link PageText}; keeps how far the page's text runs ahead of the article's. */
export interface Anchorer {
  /** Where `anchor` is in the page, or undefined when it cannot be found with confidence. */
  find(anchor: TextAnchor): AnchoredText | undefined;
}

/** An anchorer over `page`: anchors should come in article order (each found one sets the shift for the next). */
export function createAnchorer(page: PageText): Anchorer {
  const { text } = page;
  let shift: number | undefined; // page offset minus article offset, from the last anchor found
  const toNode = (at: number, anchor: TextAnchor): AnchoredText | undefined => {
    const last = at + anchor.exact.length - 1;
    const node = page.nodeAt[at];
    // A mention split across elements ('<b>Keir</b> Starmer') is left unmarked: one mark, one text node.
    if (node < 0 || page.nodeAt[last] !== node) return undefined;
    shift = at - anchor.start;
    return { node: page.nodes[node], start: page.offsetAt[at], end: page.offsetAt[last] + 1 };
  };
  return {
    find(anchor) {
      const { exact, prefix, suffix } = anchor;
      if (!exact) return undefined;
      const needed = Math.min(MIN_CONTEXT, Math.ceil((prefix.length + suffix.length) / 2));
      // 1. The position: where the article's offset, shifted as the last anchor was, says it is.
      if (shift !== undefined) {
        const at = anchor.start + shift;
        if (wholeWordAt(text, exact, at) && contextMatch(text, anchor, at) >= needed)
          return toNode(at, anchor);
      }
      // 2. The words with their context, nearest the expected place when the context ties.
      const expected = anchor.start + (shift ?? 0);
      let best = -1;
      let bestScore = -1;
      let bestDistance = Infinity;
      let seen = 0;
      for (
        let at = text.indexOf(exact);
        at !== -1 && seen < MAX_CANDIDATES;
        at = text.indexOf(exact, at + 1)
      ) {
        if (!wholeWordAt(text, exact, at)) continue;
        seen++;
        const score = contextMatch(text, anchor, at);
        const distance = Math.abs(at - expected);
        if (score > bestScore || (score === bestScore && distance < bestDistance)) {
          best = at;
          bestScore = score;
          bestDistance = distance;
        }
      }
      // 3. Not convincing: give up on this mention.
      if (best < 0 || bestScore < needed) return undefined;
      return toNode(best, anchor);
    },
  };
}

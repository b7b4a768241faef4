/**
 * Marks entity mentions in the live page as inline custom elements, without moving a pixel:
 * no box model changes, the page's text nodes split and rejoined exactly on removal.
 */
import type { HighlightTarget } from '@/lib/contract/marks';

export type { HighlightTarget };

/** The highlight element's tag: a custom element page CSS does not target. */
export const HIGHLIGHT_TAG = 'fc-mark';

/** What highlightEntities() did, and how to undo it. */
export interface HighlightHandle {
  marks: HTMLElement[];
  /** Remove every mark and restore the page's text nodes. Idempotent. */
  remove(): void;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'FORM',
  'LABEL',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'svg',
  'SVG',
  'TEMPLATE',
  'IFRAME',
  'HEAD',
  'TITLE',
]);
const BLOCK = new Set([
  'P',
  'LI',
  'DD',
  'DT',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'FIGCAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'HEADER',
  'ASIDE',
  'FOOTER',
]);

/**
 * Inline styles that survive hostile page CSS (inline !important beats stylesheets) and never change
 * layout: only paint (background, underline), no padding, margin, border or font changes. Set through
 * the CSSOM, which a page's Content-Security-Policy cannot block (a `style` attribute string can be).
 */
export const MARK_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['display', 'inline'],
  ['position', 'static'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['font', 'inherit'],
  ['color', 'inherit'],
  ['text-transform', 'inherit'],
  ['letter-spacing', 'inherit'],
  ['word-spacing', 'inherit'],
  ['line-height', 'inherit'],
  ['white-space', 'inherit'],
  ['background-color', 'rgba(255,196,0,0.28)'],
  ['text-decoration', 'underline dotted rgba(180,120,0,0.9)'],
  ['text-underline-offset', '0.2em'],
  ['border-radius', '2px'],
  ['cursor', 'help'],
  ['outline-offset', '1px'],
];

function styleMark(mark: HTMLElement): void {
  for (const [prop, value] of MARK_STYLE) mark.style.setProperty(prop, value, 'important');
}

function isEditable(el: Element): boolean {
  const attr = el.getAttribute('contenteditable');
  return (
    (el as HTMLElement).isContentEditable === true ||
    (attr !== null && attr !== 'false') ||
    el.getAttribute('role') === 'textbox'
  );
}

/** Text the reader types or the page hides from assistive technology is never touched (checked up to the document). */
function isSkipped(el: Element | null): boolean {
  for (let cur = el; cur; cur = cur.parentElement) {
    if (SKIP.has(cur.tagName) || cur.tagName.toLowerCase() === HIGHLIGHT_TAG) return true;
    if (isEditable(cur)) return true;
    if (cur.getAttribute('aria-hidden') === 'true' || cur.hasAttribute('data-fc-ui')) return true;
  }
  return false;
}

function blockOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK.has(el.tagName) || el === root) return el;
  }
  return root;
}

const WORD = /[\p{L}\p{N}_]/u;

/** First whole-word occurrence of `needle` in `hay` at or after `from`, or -1. Case-sensitive. */
function findWord(hay: string, needle: string, from = 0): number {
  for (let i = hay.indexOf(needle, from); i !== -1; i = hay.indexOf(needle, i + 1)) {
    const before = i > 0 ? hay[i - 1] : ' ';
    const after = i + needle.length < hay.length ? hay[i + needle.length] : ' ';
    if (!WORD.test(before) && !WORD.test(after)) return i;
  }
  return -1;
}

/** Options of {@link highlightEntities} and {@link highlightEntitiesInSlices}. */
export interface HighlightOptions {
  /** Stop after this many marks (a page is not worth more). */
  maxMarks?: number;
}

/** The work of marking `root`, one text node per step, so it can run all at once or in slices. */
function* markingSteps(
  root: Element,
  targets: HighlightTarget[],
  marks: HTMLElement[],
  undo: Array<() => void>,
  maxMarks: number,
): Generator<void, void, void> {
  const doc = root.ownerDocument;
  const surfaces = targets
    .flatMap((t) =>
      [...new Set(t.surfaces)].filter((s) => s.trim().length > 1).map((s) => ({ target: t, s })),
    )
    .sort((a, b) => b.s.length - a.s.length);
  if (!surfaces.length) return;
  // The walker follows the live tree: the pieces our own splits leave behind hold nothing new to mark.
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const doneInBlock = new Map<Element, Set<string>>();
  for (let n = walker.nextNode(); n && marks.length < maxMarks; n = walker.nextNode(), yield) {
    const node = n as Text;
    if (node.data.trim().length <= 1 || isSkipped(node.parentElement)) continue;
    const block = blockOf(node, root);
    let done = doneInBlock.get(block);
    if (!done) doneInBlock.set(block, (done = new Set()));
    // Find non-overlapping matches in this text node, longest surfaces first, one per entity per block.
    const found: Array<{ at: number; len: number; target: HighlightTarget }> = [];
    for (const { target, s } of surfaces) {
      if (done.has(target.entityId)) continue;
      let at = findWord(node.data, s);
      while (at !== -1 && found.some((f) => at < f.at + f.len && f.at < at + s.length))
        at = findWord(node.data, s, at + 1);
      if (at === -1) continue;
      found.push({ at, len: s.length, target });
      done.add(target.entityId);
    }
    // Wrap from the end so earlier offsets stay valid.
    found.sort((a, b) => b.at - a.at);
    for (const f of found) {
      if (marks.length >= maxMarks) break;
      const original = node;
      const middle = original.splitText(f.at);
      const after = middle.splitText(f.len);
      const mark = doc.createElement(HIGHLIGHT_TAG);
      mark.setAttribute('data-fc-entity', f.target.entityId);
      styleMark(mark);
      // Inside a link the link is the tab stop; the mark stays reachable by the highlight shortcut.
      mark.setAttribute('tabindex', node.parentElement?.closest('a[href]') ? '-1' : '0');
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-expanded', 'false');
      if (f.target.label) mark.setAttribute('aria-description', f.target.label);
      middle.replaceWith(mark);
      mark.append(middle);
      marks.push(mark);
      undo.push(() => {
        if (!mark.isConnected) return;
        original.data = original.data + middle.data + after.data;
        mark.remove();
        after.remove();
      });
    }
  }
}

function handleFor(marks: HTMLElement[], undo: Array<() => void>, onRemove = () => {}): HighlightHandle {
  let removed = false;
  return {
    marks,
    remove() {
      if (removed) return;
      removed = true;
      onRemove();
      for (let i = undo.length - 1; i >= 0; i--) undo[i]();
      undo.length = 0;
    },
  };
}

/**
 * Mark the first mention of each target per block (paragraph, list item, heading) under `root`, at once.
 * Skips form fields, editable areas, code, our own UI and existing marks. Returns a handle that undoes it all.
 */
export function highlightEntities(
  root: Element,
  targets: HighlightTarget[],
  options: HighlightOptions = {},
): HighlightHandle {
  const marks: HTMLElement[] = [];
  const undo: Array<() => void> = [];
  const steps = markingSteps(root, targets, marks, undo, options.maxMarks ?? 400);
  while (steps.next().done !== true);
  return handleFor(marks, undo);
}

/** Options of {@link highlightEntitiesInSlices}. */
export interface SlicedHighlightOptions extends HighlightOptions {
  /** Longest stretch of work before the page gets the main thread back (ms). */
  sliceMs?: number;
  /** Wait for the next chance to work (an idle callback in the browser). */
  pause: () => Promise<void>;
  /** Runs each slice (the content script wraps it so its own mutations are not taken for the page's). */
  runSlice?: (slice: () => void) => void;
  /** A clock in ms (performance.now). */
  now?: () => number;
}

/**
 * Like {@link highlightEntities}, but in slices of at most `sliceMs` between pauses, so a long article never
 * holds the page's main thread. The handle is live at once (marks fill in); `done` settles when finished
 * or removed.
 */
export function highlightEntitiesInSlices(
  root: Element,
  targets: HighlightTarget[],
  {
    maxMarks = 400,
    sliceMs = 8,
    pause,
    runSlice = (slice) => slice(),
    now = () => performance.now(),
  }: SlicedHighlightOptions,
): HighlightHandle & { done: Promise<void> } {
  const marks: HTMLElement[] = [];
  const undo: Array<() => void> = [];
  let stopped = false;
  const steps = markingSteps(root, targets, marks, undo, maxMarks);
  const handle = handleFor(marks, undo, () => {
    stopped = true;
  });
  const done = (async () => {
    let finished = false;
    while (!finished && !stopped) {
      runSlice(() => {
        const until = now() + sliceMs;
        do finished = steps.next().done === true;
        while (!finished && now() < until);
      });
      if (!finished) await pause();
    }
  })();
  return { ...handle, done };
}

/** Remove any marks left in a document (after a reload of the content script, or when the site is turned off). */
export function removeAllHighlights(root: ParentNode): number {
  const leftovers = [...root.querySelectorAll(HIGHLIGHT_TAG)];
  for (const mark of leftovers) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
  return leftovers.length;
}

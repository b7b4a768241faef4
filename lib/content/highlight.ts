/**
 * Marks entity mentions in the live page as inline custom elements, without moving a pixel:
 * no box model changes, the page's text nodes split and rejoined exactly on removal.
 */
import type { MentionMark } from '@/lib/contract/marks';
import { createAnchorer, readPageText, type AnchoredText } from './anchor';
import { stepSlice } from './slices';

export type { MentionMark };

/** The highlight element's tag: a custom element page CSS does not target. */
export const HIGHLIGHT_TAG = 'fc-mark';

/** What highlightEntities() did, and how to undo it. */
export interface HighlightHandle {
  marks: HTMLElement[];
  /** Remove every mark and restore the page's text nodes. Idempotent. */
  remove(): void;
}

/**
 * Inline styles that survive hostile page CSS (inline !important beats stylesheets) and never change
 * layout: only paint (background, underline), no padding, margin, border or font changes. Set through
 * the CSSOM, which a page's Content-Security-Policy cannot block (a `style` attribute string can be).
 */
const MARK_STYLE: ReadonlyArray<readonly [string, string]> = [
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

/** Options of {@link highlightMentions} and {@link highlightMentionsInSlices}. */
export interface HighlightOptions {
  /** Stop after this many marks (a page is not worth more). */
  maxMarks?: number;
}

/** Wrap `found` (a stretch of one text node) in a mark for `entityId`; returns the mark and its undo. */
function wrap(found: AnchoredText, entityId: string, label: string | undefined): [HTMLElement, () => void] {
  const { node: original, start, end } = found;
  const doc = original.ownerDocument;
  const middle = original.splitText(start);
  const after = middle.splitText(end - start);
  const mark = doc.createElement(HIGHLIGHT_TAG);
  mark.setAttribute('data-fc-entity', entityId);
  styleMark(mark);
  // Inside a link the link is the tab stop; the mark stays reachable by the highlight shortcut.
  mark.setAttribute('tabindex', original.parentElement?.closest('a[href]') ? '-1' : '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  if (label) mark.setAttribute('aria-description', label);
  middle.replaceWith(mark);
  mark.append(middle);
  return [
    mark,
    () => {
      if (!mark.isConnected) return;
      original.data = original.data + middle.data + after.data;
      mark.remove();
      after.remove();
    },
  ];
}

/**
 * The work of marking `root`, in small steps so it can run all at once or in slices: read the page's text
 * (a step per text node), anchor each mention (a step each), then wrap them, last first, so the offsets
 * of earlier mentions in the same text node stay valid.
 */
function* markingSteps(
  root: Element,
  mentions: MentionMark[],
  labels: Record<string, string>,
  marks: HTMLElement[],
  undo: Array<() => void>,
  maxMarks: number,
): Generator<void, void, void> {
  if (!mentions.length) return;
  const anchorer = createAnchorer(yield* readPageText(root, HIGHLIGHT_TAG));
  const found: Array<{ at: AnchoredText; entityId: string }> = [];
  for (const m of mentions) {
    if (found.length >= maxMarks) break;
    const at = anchorer.find(m.anchor);
    if (at) found.push({ at, entityId: m.entityId });
    yield;
  }
  // Two anchors on the same words (a page that repeats a sentence) are marked once.
  const taken = new Map<Text, Array<[number, number]>>();
  for (let i = found.length - 1; i >= 0; i--) {
    const { at, entityId } = found[i];
    const spans = taken.get(at.node) ?? [];
    if (spans.some(([s, e]) => at.start < e && s < at.end)) continue;
    taken.set(at.node, [...spans, [at.start, at.end]]);
    const [mark, undoMark] = wrap(at, entityId, labels[entityId]);
    marks.push(mark);
    undo.push(undoMark);
    yield;
  }
  marks.reverse(); // page order (the undo list runs backwards, so its order does not matter)
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

/** Mark `mentions` (anchored as the worker sent them) under `root`, at once. Returns a handle that undoes it all. */
export function highlightMentions(
  root: Element,
  mentions: MentionMark[],
  labels: Record<string, string>,
  options: HighlightOptions = {},
): HighlightHandle {
  const marks: HTMLElement[] = [];
  const undo: Array<() => void> = [];
  const steps = markingSteps(root, mentions, labels, marks, undo, options.maxMarks ?? 400);
  while (steps.next().done !== true);
  return handleFor(marks, undo);
}

/** Options of {@link highlightMentionsInSlices}. */
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
 * Like {@link highlightMentions}, but in slices of at most `sliceMs` between pauses, so a long article never
 * holds the page's main thread. The handle is live at once (marks appear when anchored); `done` settles
 * when finished or removed.
 */
export function highlightMentionsInSlices(
  root: Element,
  mentions: MentionMark[],
  labels: Record<string, string>,
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
  const steps = markingSteps(root, mentions, labels, marks, undo, maxMarks);
  const handle = handleFor(marks, undo, () => {
    stopped = true;
  });
  const done = (async () => {
    let finished = false;
    while (!finished && !stopped) {
      runSlice(() => {
        finished = stepSlice(steps, now() + sliceMs, now);
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

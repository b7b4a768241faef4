/**
 * Notices content a page adds after the first pass (infinite scroll, "read more", late-rendered
 * articles), debounced, so new paragraphs can be highlighted too. Our own marks and UI never count.
 */
import { HIGHLIGHT_TAG } from './highlight';

/** Options of {@link watchAdditions}. */
export interface WatchAdditionsOptions {
  /** Quiet time after the last change before `onAdded` runs (ms). */
  debounceMs?: number;
  /** Stops watching when aborted. */
  signal?: AbortSignal;
}

/** A running watch: run our own DOM changes through `ours` so they are not reported back. */
export interface AdditionsWatch {
  /** Run `change` (which edits the DOM) without its mutations being reported as page additions. */
  ours<T>(change: () => T): T;
  stop(): void;
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.tagName.toLowerCase() === HIGHLIGHT_TAG || el.closest(`${HIGHLIGHT_TAG}, [data-fc-ui]`) !== null;
}

/**
 * The outermost added elements that are still in the page, with text worth reading. Each element climbs its
 * own ancestors once (comparing every pair took time growing with the square of a page's additions), and
 * text is read only for the outermost (an inner element has text only when its outer one does).
 */
export function outermost(nodes: Set<Element>): Element[] {
  const out: Element[] = [];
  for (const n of nodes) {
    if (!n.isConnected) continue;
    let inside = false;
    for (let up = n.parentElement; up && !inside; up = up.parentElement) inside = nodes.has(up);
    if (!inside && (n.textContent ?? '').trim().length > 1) out.push(n);
  }
  return out;
}

/**
 * Watch `root` (and its subtree) for added elements and text, calling `onAdded` with the outermost new
 * elements once the page has been quiet for `debounceMs`.
 */
export function watchAdditions(
  root: Element,
  onAdded: (added: Element[]) => void,
  { debounceMs = 400, signal }: WatchAdditionsOptions = {},
): AdditionsWatch {
  const view = root.ownerDocument.defaultView;
  const pending = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type !== 'childList') continue;
      for (const node of record.addedNodes) {
        if (isOurs(node)) continue;
        if (node.nodeType === 1) pending.add(node as Element);
        else if (node.nodeType === 3 && node.parentElement && (node as Text).data.trim())
          pending.add(node.parentElement);
      }
    }
    if (!pending.size) return;
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const flush = () => {
    if (stopped) return;
    const added = outermost(pending);
    pending.clear();
    if (added.length) onAdded(added);
  };

  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  const observer = new Observer(collect);
  observer.observe(root, { childList: true, subtree: true });
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
    pending.clear();
  };
  signal?.addEventListener('abort', stop, { once: true });
  return {
    ours(change) {
      collect(observer.takeRecords()); // the page's changes so far still count
      try {
        return change();
      } finally {
        observer.takeRecords(); // ours do not
      }
    },
    stop,
  };
}

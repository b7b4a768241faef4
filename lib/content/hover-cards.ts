/**
 * When hover cards open and close: after a short hover, on keyboard focus or a click; closed by Escape,
 * by leaving the word and the card, by focus leaving the word (not into the card), or by scrolling the
 * word away. The next/previous-highlight shortcut stops only on marks the reader can see. The card
 * itself is drawn by a {@link CardLayer} the caller provides (a shadow-rooted layer in the extension).
 */
import type { EntitySummary } from '@/lib/contract/types';
import { HIGHLIGHT_TAG } from './highlight';

/** Why a card asked to close. */
export type CardCloseReason = 'escape' | 'button' | 'tab';

/** What the card layer reports back to the controller. */
export interface CardLayerEvents {
  /** The card asked to close (Escape or close button inside it, Tab past its ends). */
  onClose(reason: CardCloseReason): void;
  /** The pointer entered or left the card. */
  onHoverChange(inside: boolean): void;
  /** "Wrong card?" on the open card: the reader says it names the wrong thing. */
  onWrongCard(entity: EntitySummary): void;
}

/** The in-page card UI (a shadow-rooted layer provided by the entrypoint). */
export interface CardLayer {
  /** Show (or move) the card for `entity` beside `anchor`, the highlighted word's viewport box. */
  show(entity: EntitySummary, anchor: DOMRect, mark: HTMLElement): void;
  /** Move keyboard focus into the open card. */
  focus(): void;
  hide(): void;
  /** Is `node` (an event target, possibly our shadow host) part of the card? */
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

/** Options of {@link attachHoverCards}. */
export interface HoverCardsOptions {
  doc: Document;
  signal: AbortSignal;
  /** The entity a highlight stands for, if it is still known. */
  entityOf(mark: HTMLElement): EntitySummary | undefined;
  /** The highlights, in any order (the next/previous shortcut sorts them into page order). */
  marks(): HTMLElement[];
  /** Milliseconds of hover before a card opens. */
  hoverDelayMs(): number;
  createLayer(events: CardLayerEvents): Promise<CardLayer>;
  /** "Wrong card?" on the card of the highlight `mark` (absent: the card offers no such button). */
  onWrongCard?(entity: EntitySummary, mark: HTMLElement): void;
}

/** The running controller. */
export interface HoverCards {
  /** The highlight whose card is open, if any. */
  openMark(): HTMLElement | undefined;
  open(mark: HTMLElement): Promise<void>;
  /** Close the card; with `returnFocus`, focus goes back to its highlight without reopening it. */
  close(returnFocus?: boolean): void;
}

const LEAVE_GRACE_MS = 300;

/** Wire hover, focus, keyboard and scroll behaviour for highlights in `doc`. Everything stops on `signal`. */
export function attachHoverCards(options: HoverCardsOptions): HoverCards {
  const { doc, signal } = options;
  const view = doc.defaultView;
  let layer: Promise<CardLayer> | undefined;
  let shown: CardLayer | undefined;
  let current: HTMLElement | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let cardHovered = false;
  let pointerOn: HTMLElement | undefined;
  let quietFocus: HTMLElement | undefined; // focus we move back ourselves must not reopen the card
  let frame = 0;

  const markFrom = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest(HIGHLIGHT_TAG) as HTMLElement | null) : null;

  const getLayer = () =>
    (layer ??= options.createLayer({
      onClose: () => close(true),
      onHoverChange(inside) {
        cardHovered = inside;
        clearTimeout(leaveTimer);
        if (!inside)
          leaveTimer = setTimeout(() => !pointerOn && !cardHovered && close(false), LEAVE_GRACE_MS);
      },
      onWrongCard(entity) {
        if (current) options.onWrongCard?.(entity, current);
      },
    }));

  const open = async (mark: HTMLElement) => {
    clearTimeout(hoverTimer);
    clearTimeout(leaveTimer);
    const entity = options.entityOf(mark);
    if (!entity || !mark.isConnected) return;
    const l = await getLayer();
    if (signal.aborted) return;
    if (current && current !== mark) current.setAttribute('aria-expanded', 'false');
    current = mark;
    shown = l;
    mark.setAttribute('aria-expanded', 'true');
    l.show(entity, mark.getBoundingClientRect(), mark);
  };

  function close(returnFocus: boolean) {
    clearTimeout(hoverTimer);
    clearTimeout(leaveTimer);
    const mark = current;
    current = undefined;
    cardHovered = false;
    shown?.hide();
    if (!mark) return;
    mark.setAttribute('aria-expanded', 'false');
    // Focus moved back by us must not reopen the card; focus already there makes no event to swallow.
    if (returnFocus && mark.isConnected && doc.activeElement !== mark) {
      quietFocus = mark;
      mark.focus({ preventScroll: true });
    }
  }

  /**
   * Can the reader see this mark (so the shortcut may stop on it)? Not under display:none, visibility
   * hidden, an inert or aria-hidden ancestor, nor of zero size (a collapsed menu).
   */
  const isShown = (mark: HTMLElement) => {
    if (!mark.isConnected || mark.closest('[inert], [aria-hidden="true"]')) return false;
    for (let el = mark.parentElement; el; el = el.parentElement) {
      const style = view?.getComputedStyle(el);
      if (style?.display === 'none') return false;
      if (el === mark.parentElement && (style?.visibility === 'hidden' || style?.visibility === 'collapse'))
        return false;
    }
    const box = mark.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };

  const on = { signal, capture: true, passive: true } as const;
  doc.addEventListener(
    'pointerover',
    (e) => {
      const mark = markFrom(e.target);
      pointerOn = mark ?? undefined;
      if (!mark) return;
      clearTimeout(leaveTimer);
      if (mark === current) return;
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => void open(mark), options.hoverDelayMs());
    },
    on,
  );
  doc.addEventListener(
    'pointerout',
    (e) => {
      const mark = markFrom(e.target);
      if (!mark || (e.relatedTarget instanceof Node && mark.contains(e.relatedTarget))) return;
      pointerOn = undefined;
      clearTimeout(hoverTimer);
      clearTimeout(leaveTimer);
      leaveTimer = setTimeout(() => !pointerOn && !cardHovered && close(false), LEAVE_GRACE_MS);
    },
    on,
  );
  doc.addEventListener(
    'click',
    (e) => {
      const mark = markFrom(e.target);
      if (mark && mark !== current) void open(mark); // never preventDefault: links inside still work
    },
    on,
  );
  doc.addEventListener(
    'focusin',
    (e) => {
      const mark = markFrom(e.target);
      if (mark) {
        if (quietFocus === mark) quietFocus = undefined;
        else if (mark !== current) void open(mark);
        return;
      }
      if (current && !shown?.contains(e.target)) close(false);
    },
    on,
  );
  doc.addEventListener(
    'focusout',
    (e) => {
      const mark = markFrom(e.target);
      if (!mark) return;
      if (quietFocus === mark) quietFocus = undefined;
      // Focus left the open card's mark for somewhere that is neither the mark nor the card (or nowhere).
      const to = e.relatedTarget;
      if (mark === current && !(to instanceof Node && mark.contains(to)) && !shown?.contains(to))
        close(false);
    },
    on,
  );
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (current && !markFrom(e.target) && !shown?.contains(e.target)) close(false);
    },
    on,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      const focused = markFrom(doc.activeElement);
      if (e.key === 'Escape' && current) {
        const inCard = shown?.contains(doc.activeElement) ?? false;
        close(inCard || focused === current);
        return;
      }
      if ((e.key === 'Enter' || e.key === ' ') && focused && !focused.closest('a[href]')) {
        e.preventDefault(); // Space would scroll the page
        void open(focused).then(() => shown?.focus());
        return;
      }
      // Alt+Shift+. / Alt+Shift+, moves to the next / previous highlight.
      if (e.altKey && e.shiftKey && (e.code === 'Period' || e.code === 'Comma')) {
        const marks = options
          .marks()
          .filter(isShown)
          .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
        if (!marks.length) return;
        e.preventDefault();
        const at = marks.indexOf(focused ?? (current as HTMLElement));
        const step = e.code === 'Period' ? 1 : -1;
        const next =
          at === -1
            ? step > 0
              ? marks[0]
              : marks[marks.length - 1]
            : marks[(at + step + marks.length) % marks.length];
        next.scrollIntoView({ block: 'nearest' });
        next.focus();
      }
    },
    { signal, capture: true },
  );
  const follow = () => {
    if (frame || !current) return;
    frame = (view?.requestAnimationFrame ?? setTimeout)(() => {
      frame = 0;
      const mark = current;
      if (!mark || !shown) return;
      const box = mark.getBoundingClientRect();
      const height = view?.innerHeight ?? 0;
      const entity = options.entityOf(mark);
      if (!mark.isConnected || !entity || box.bottom < 0 || box.top > height) close(false);
      else shown.show(entity, box, mark);
    }) as unknown as number;
  };
  doc.addEventListener('scroll', follow, on);
  view?.addEventListener('resize', follow, { signal, passive: true });
  signal.addEventListener('abort', () => {
    clearTimeout(hoverTimer);
    clearTimeout(leaveTimer);
    void layer?.then((l) => l.destroy());
  });

  return { openMark: () => current, open, close };
}

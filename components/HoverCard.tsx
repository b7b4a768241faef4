import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntitySummary } from '@/lib/contract/types';
import type { CardCloseReason } from '@/lib/content/hover-cards';
import { EntityCard } from './EntityCard';

/** Props of {@link HoverCard}. */
export interface HoverCardProps {
  /** The entity whose card is shown. */
  entity: EntitySummary;
  /** The highlighted word's box in viewport coordinates; the card never covers it. */
  anchor: { top: number; left: number; bottom: number; right: number };
  /** Called when the card asks to close (Escape, the close button, Tab past either end). */
  onClose: (reason: CardCloseReason) => void;
  /** Pointer entered or left the card (keeps it open while the reader reads it). */
  onHoverChange?: (inside: boolean) => void;
  /** "Wrong card?": the reader says the card names the wrong thing (absent: no such button). */
  onWrongCard?: (entity: EntitySummary) => void;
  /** DOM id of the dialog. */
  id?: string;
  /** The viewport to fit in (defaults to the window's). */
  viewport?: { width: number; height: number };
}

const GAP = 6;
const MARGIN = 8;

/** Where a card goes: top/left in the viewport, which side of the word, and the height it may use. */
export interface CardPlacement {
  top: number;
  left: number;
  side: 'below' | 'above';
  maxHeight: number;
}

/**
 * Place a card of size w×h beside an anchor box inside a viewport: below if it fits, else above, else on
 * the roomier side with its height capped, so it never covers the word and never leaves the viewport.
 */
export function placeCard(
  anchor: HoverCardProps['anchor'],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const roomBelow = viewport.height - MARGIN - (anchor.bottom + GAP);
  const roomAbove = anchor.top - GAP - MARGIN;
  const side =
    size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  // The measured height already respects the stylesheet's cap; never let the card grow past it or its room.
  const maxHeight = Math.max(48, Math.floor(Math.min(size.height, side === 'below' ? roomBelow : roomAbove)));
  const height = maxHeight;
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const left = Math.min(
    Math.max(MARGIN, anchor.left),
    Math.max(MARGIN, viewport.width - size.width - MARGIN),
  );
  return { top: Math.round(top), left: Math.round(left), side, maxHeight };
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A context card beside a highlighted mention: a labelled, non-modal dialog. Escape or the close
 * button closes it; Tab past its last (or Shift+Tab past its first) control hands focus back to the word.
 */
export function HoverCard({
  entity,
  anchor,
  onClose,
  onHoverChange,
  onWrongCard,
  id,
  viewport,
}: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<CardPlacement | null>(null);
  const title = entity.card?.title ?? entity.name;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const view = viewport ?? { width: window.innerWidth, height: window.innerHeight };
    // Measure at natural height, then place.
    el.style.maxHeight = '';
    setPos(placeCard(anchor, { width: el.offsetWidth, height: el.offsetHeight }, view));
  }, [
    anchor.top,
    anchor.left,
    anchor.bottom,
    anchor.right,
    entity.id,
    entity.kbId,
    viewport?.width,
    viewport?.height,
  ]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose('escape');
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const controls = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const active = (ref.current.getRootNode() as Document | ShadowRoot).activeElement;
    const atEnd = e.shiftKey
      ? active === ref.current || active === controls[0]
      : active === controls[controls.length - 1];
    if (atEnd) {
      e.preventDefault();
      onClose('tab');
    }
  };

  return (
    <div
      ref={ref}
      id={id}
      class={`fc-hovercard fc-hovercard--${pos?.side ?? 'below'}`}
      role="dialog"
      aria-label={`About ${title}`}
      tabIndex={-1}
      style={
        pos
          ? { top: `${pos.top}px`, left: `${pos.left}px`, maxHeight: `${pos.maxHeight}px` }
          : { top: '-9999px', left: '-9999px', visibility: 'hidden' }
      }
      onMouseEnter={() => onHoverChange?.(true)}
      onMouseLeave={() => onHoverChange?.(false)}
      onKeyDown={onKeyDown}
    >
      <EntityCard entity={entity} headingLevel={2} onWrongCard={onWrongCard} />
      <button
        type="button"
        class="fc-hovercard__close"
        aria-label={`Close the card about ${title}`}
        onClick={() => onClose('button')}
      >
        ×
      </button>
    </div>
  );
}

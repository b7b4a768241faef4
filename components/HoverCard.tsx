import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnalysisEntity } from '@/lib/analysis/types';
import { EntityCard } from './EntityCard';

/** Props of {@link HoverCard}. */
export interface HoverCardProps {
  /** The entity whose card is shown. */
  entity: AnalysisEntity;
  /** The highlighted word's box in viewport coordinates; the card never covers it. */
  anchor: { top: number; left: number; bottom: number; right: number };
  /** Called when the card should close (Escape, pointer left). */
  onClose: () => void;
  /** Pointer entered or left the card (keeps it open while the reader reads it). */
  onHoverChange?: (inside: boolean) => void;
  /** DOM id, so the highlight can point at the card with aria-controls. */
  id?: string;
}

const GAP = 8;
const MARGIN = 8;

/** Where to put a card of size w×h for an anchor box inside a viewport: below if it fits, else above; clamped. */
export function placeCard(
  anchor: HoverCardProps['anchor'],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; side: 'below' | 'above' } {
  const fitsBelow = anchor.bottom + GAP + size.height <= viewport.height - MARGIN;
  const fitsAbove = anchor.top - GAP - size.height >= MARGIN;
  const side = fitsBelow || !fitsAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - size.height;
  const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, viewport.width - size.width - MARGIN));
  return { top: Math.max(MARGIN, top), left, side };
}

/** A context card beside a highlighted mention: a non-modal dialog that closes on Escape. */
export function HoverCard({ entity, anchor, onClose, onHoverChange, id }: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    setPos(placeCard(anchor, box, { width: window.innerWidth, height: window.innerHeight }));
  }, [anchor.top, anchor.left, anchor.bottom, anchor.right, entity.id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  return (
    <div
      ref={ref}
      id={id}
      class="fc-hovercard"
      role="dialog"
      aria-label={`About ${entity.card?.title ?? entity.name}`}
      style={pos ? { top: `${pos.top}px`, left: `${pos.left}px` } : { top: '-9999px', left: '-9999px' }}
      onMouseEnter={() => onHoverChange?.(true)}
      onMouseLeave={() => onHoverChange?.(false)}
    >
      <EntityCard entity={entity} headingLevel={2} />
      <button type="button" class="fc-hovercard__close" aria-label="Close" onClick={onClose}>
        ×
      </button>
    </div>
  );
}

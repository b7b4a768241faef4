// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { HoverCard, placeCard } from '@/components/HoverCard';
import { NCSC } from './fixtures';
import { interact, mount } from './render';

const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) =>
  a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 360, height: 240 };
  it('goes below the word when there is room, above when not, and never covers the word', () => {
    for (const top of [10, 200, 340, 480, 580]) {
      const anchor = { top, bottom: top + 20, left: 100, right: 160 };
      const p = placeCard(anchor, size, viewport);
      const box = { top: p.top, bottom: p.top + Math.min(size.height, p.maxHeight) };
      expect(overlaps(box, anchor), `word at ${top}`).toBe(false);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      expect(p.side).toBe(top + 20 + 6 + 240 <= 592 ? 'below' : 'above');
    }
  });
  it('stays inside the viewport horizontally near the right edge', () => {
    const p = placeCard({ top: 100, bottom: 120, left: 760, right: 790 }, size, viewport);
    expect(p.left + size.width).toBeLessThanOrEqual(viewport.width);
  });
});

describe('HoverCard', () => {
  it('is a labelled dialog with the entity’s card and a close button', () => {
    const onClose = vi.fn();
    const root = mount(
      <HoverCard entity={NCSC} anchor={{ top: 10, bottom: 30, left: 10, right: 60 }} onClose={onClose} />,
    );
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('About National Cyber Security Centre');
    expect(dialog.textContent).toContain('UK cyber security authority');
    interact(() => root.querySelector<HTMLButtonElement>('button[aria-label^="Close"]')!.click());
    expect(onClose).toHaveBeenCalledWith('button');
  });
  it('closes on Escape, and Tab past its last control hands focus back', () => {
    const onClose = vi.fn();
    const root = mount(
      <HoverCard entity={NCSC} anchor={{ top: 10, bottom: 30, left: 10, right: 60 }} onClose={onClose} />,
    );
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenLastCalledWith('escape');
    const close = root.querySelector<HTMLButtonElement>('button[aria-label^="Close"]')!;
    close.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    close.dispatchEvent(tab);
    expect(onClose).toHaveBeenLastCalledWith('tab');
    expect(tab.defaultPrevented).toBe(true);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisEntity } from '@/lib/contract/types';
import { attachHoverCards, highlightMentions, type CardLayer, type CardLayerEvents } from '@/lib/content';
import { marksIn } from './mention-marks';

const entity = (id: string, name: string): AnalysisEntity => ({
  id,
  name,
  type: 'organization',
  confidence: 1,
  mentions: [],
});
const ENTITIES = [entity('e1', 'NCSC'), entity('e2', 'GCHQ'), entity('e3', 'Labour')];

/** A card layer that records what it was asked to show, with a real element standing in for the card. */
function fakeLayer() {
  const card = document.createElement('div');
  card.setAttribute('data-fc-ui', '');
  card.tabIndex = -1;
  document.documentElement.append(card);
  const shown: string[] = [];
  let events: CardLayerEvents | undefined;
  let open = false;
  const layer: CardLayer = {
    show: (e) => {
      open = true;
      shown.push(e.id);
    },
    focus: () => card.focus(),
    hide: () => {
      open = false;
    },
    contains: (node) => node instanceof Node && card.contains(node),
    destroy: () => card.remove(),
  };
  return {
    layer,
    card,
    shown,
    isOpen: () => open,
    events: () => events!,
    create: async (ev: CardLayerEvents) => ((events = ev), layer),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('attachHoverCards', () => {
  let controller: AbortController;
  let fake: ReturnType<typeof fakeLayer>;
  let marks: HTMLElement[];
  let wrongCards: string[];
  beforeEach(() => {
    wrongCards = [];
    document.body.innerHTML =
      '<p>The NCSC, part of GCHQ, told Labour.</p><p><a href="#x">Outside link</a></p>';
    marks = highlightMentions(
      document.body,
      marksIn('The NCSC, part of GCHQ, told Labour.', { e1: ['NCSC'], e2: ['GCHQ'], e3: ['Labour'] }),
      {},
    ).marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    // happy-dom has no layout: give every element a box, as a rendered page would.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 40, 16));
    const given = [...marks].reverse(); // the controller must not rely on the order it is given
    controller = new AbortController();
    fake = fakeLayer();
    attachHoverCards({
      doc: document,
      signal: controller.signal,
      entityOf: (m) => ENTITIES.find((e) => e.id === m.getAttribute('data-fc-entity')),
      marks: () => given,
      hoverDelayMs: () => 50,
      createLayer: fake.create,
      onWrongCard: (e, mark) => wrongCards.push(`${e.id}@${mark.textContent}`),
    });
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('closes when focus leaves its word for nowhere, and reopens when focus comes back after Escape', async () => {
    marks[0].focus();
    await flush();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(document.activeElement).toBe(marks[0]);
    marks[0].blur();
    marks[0].focus(); // the reader tabbed away and back
    await flush();
    expect(fake.shown).toEqual(['e1', 'e1']);
    expect(fake.isOpen()).toBe(true);
    marks[0].blur(); // focus goes nowhere (a click on plain text)
    await flush();
    expect(fake.isOpen()).toBe(false);
    expect(marks[0].getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on keyboard focus at once, and Escape closes it and leaves focus on the word without reopening', async () => {
    marks[0].focus();
    await flush();
    expect(fake.shown).toEqual(['e1']);
    expect(marks[0].getAttribute('aria-expanded')).toBe('true');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(fake.isOpen()).toBe(false);
    expect(document.activeElement).toBe(marks[0]);
    expect(marks[0].getAttribute('aria-expanded')).toBe('false');
    expect(fake.shown).toEqual(['e1']);
  });

  it('opens after the hover delay, not before, and closes after the pointer leaves word and card', async () => {
    vi.useFakeTimers();
    marks[1].dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    vi.advanceTimersByTime(30);
    expect(fake.shown).toEqual([]);
    vi.advanceTimersByTime(30);
    await vi.runOnlyPendingTimersAsync();
    expect(fake.shown).toEqual(['e2']);
    // Moving onto the card keeps it open …
    marks[1].dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: fake.card }));
    fake.events().onHoverChange(true);
    vi.advanceTimersByTime(1000);
    expect(fake.isOpen()).toBe(true);
    // … leaving the card closes it after a grace period.
    fake.events().onHoverChange(false);
    vi.advanceTimersByTime(350);
    expect(fake.isOpen()).toBe(false);
  });

  it('"Wrong card?" on the open card is reported with the highlight it opened from', async () => {
    marks[1].focus();
    await flush();
    fake.events().onWrongCard(ENTITIES[1]);
    expect(wrongCards).toEqual(['e2@GCHQ']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    fake.events().onWrongCard(ENTITIES[1]); // a card no longer open reports nothing
    expect(wrongCards).toEqual(['e2@GCHQ']);
  });

  it('a pointer that passes over a word without stopping opens nothing', () => {
    vi.useFakeTimers();
    marks[0].dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    vi.advanceTimersByTime(20);
    marks[0].dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    vi.advanceTimersByTime(1000);
    expect(fake.shown).toEqual([]);
  });

  it('Alt+Shift+. and Alt+Shift+, move between highlights in page order, wrapping around', async () => {
    const press = (code: string) =>
      document.dispatchEvent(
        new KeyboardEvent('keydown', {
          code,
          key: code === 'Period' ? '>' : '<',
          altKey: true,
          shiftKey: true,
          bubbles: true,
        }),
      );
    press('Period');
    expect(document.activeElement).toBe(marks[0]);
    press('Period');
    expect(document.activeElement).toBe(marks[1]);
    press('Comma');
    press('Comma');
    expect(document.activeElement).toBe(marks[2]);
  });

  it('Enter on a focused word moves focus into its card; focus leaving both closes it', async () => {
    marks[2].focus();
    marks[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();
    expect(document.activeElement).toBe(fake.card);
    document.querySelector<HTMLElement>('a')!.focus();
    await flush();
    expect(fake.isOpen()).toBe(false);
  });
});

describe('the next/previous-highlight shortcut', () => {
  const press = (code: string) =>
    document.dispatchEvent(
      new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true }),
    );
  let controller: AbortController;
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
  });

  it('stops only on marks the reader can see', () => {
    const mark = (id: string) => `<fc-mark id="${id}" data-fc-entity="e1" tabindex="0">NCSC</fc-mark>`;
    document.body.innerHTML = [
      `<nav style="display:none"><p>${mark('none')}</p></nav>`,
      `<p>${mark('first')}</p>`,
      `<div style="visibility:hidden">${mark('invisible')}</div>`,
      `<div inert>${mark('inert')}</div>`,
      `<div aria-hidden="true">${mark('aria')}</div>`,
      `<p>${mark('zero')}</p>`,
      `<p>${mark('second')}</p>`,
    ].join('');
    // happy-dom has no layout: every mark has a box but the collapsed one.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.id === 'zero' ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, 0, 40, 16);
    });
    controller = new AbortController();
    attachHoverCards({
      doc: document,
      signal: controller.signal,
      entityOf: () => ENTITIES[0],
      marks: () => [...document.querySelectorAll<HTMLElement>('fc-mark')],
      hoverDelayMs: () => 50,
      createLayer: fakeLayer().create,
    });
    const visits: string[] = [];
    for (let i = 0; i < 3; i++) {
      press('Period');
      visits.push(document.activeElement?.id ?? '');
    }
    press('Comma');
    visits.push(document.activeElement?.id ?? '');
    expect(visits).toEqual(['first', 'second', 'first', 'second']);
  });
});

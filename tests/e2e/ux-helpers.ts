/** Shared steps of the ux-*.spec.ts end-to-end tests: waiting for highlights, the hover card, boxes, toolbar state. */
import type { CDPSession, Page, TestInfo, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** The seed article on the fixture site. */
export const SEED = '/news/labour-cyber-attack.html';

/** Wait until the extension has highlighted the page; returns the marks locator. */
export async function marksOn(page: Page, timeout = 20_000) {
  const marks = page.locator('fc-mark[data-fc-entity]');
  await expect(marks.first()).toBeAttached({ timeout });
  return marks;
}

/** What the hover card shows, read from inside its closed shadow root. */
export interface CardState {
  /** Whether the card's shadow root is closed (it always should be). */
  closed: boolean;
  /** A card is rendered (the dialog exists). */
  open: boolean;
  /** Rendered, with a size, and not hidden by CSS. */
  visible: boolean;
  text: string;
  box?: { x: number; y: number; width: number; height: number };
  background?: string;
  position?: string;
}

/**
 * The hover card, read through the DevTools protocol. Its shadow root is closed, so neither the page nor
 * Playwright's locators can look into it; DevTools can (DOM.getDocument with `pierce`), and what it hands
 * back lives only in this test's protocol session, never in anything a page script can reach.
 */
export function hoverCard(page: Page) {
  let session: Promise<CDPSession> | undefined;
  /** Call `fn` on the card's shadow root (undefined when the page has no card host yet). */
  const onRoot = async <T>(fn: string): Promise<T | undefined> => {
    const cdp = await (session ??= page.context().newCDPSession(page));
    const { root } = await cdp.send('DOM.getDocument', { depth: 3, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const host = html?.children?.find((n) => n.nodeName === 'FACT-CONTEXT-UI');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
    return result.value as T;
  };
  const state = async (): Promise<CardState> =>
    (await onRoot<CardState>(`function () {
      const dialog = this.querySelector('[role="dialog"]');
      if (!dialog) return { closed: this.mode === 'closed', open: false, visible: false, text: '' };
      const r = dialog.getBoundingClientRect();
      const s = getComputedStyle(dialog);
      return {
        closed: this.mode === 'closed',
        open: true,
        visible: r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none',
        text: dialog.textContent || '',
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        background: s.backgroundColor,
        position: s.position,
      };
    }`)) ?? { closed: true, open: false, visible: false, text: '' };
  return {
    state,
    isOpen: async () => (await state()).open,
    isVisible: async () => (await state()).visible,
    text: async () => (await state()).text,
    box: async () => (await state()).box!,
    /**
     * Copy the open card into an open shadow root of its own (same markup, same constructed stylesheets,
     * same host style) so axe can check it; returns the copy's selector. Removed with `removeCopy`.
     */
    copyForAxe: async (): Promise<string> => {
      await onRoot(`function () {
        document.getElementById('fc-axe-copy')?.remove();
        const host = document.createElement('fact-context-axe-copy');
        host.id = 'fc-axe-copy';
        host.setAttribute('style', this.host.getAttribute('style') || '');
        const copy = host.attachShadow({ mode: 'open' });
        copy.adoptedStyleSheets = [...this.adoptedStyleSheets];
        for (const style of this.querySelectorAll('style')) copy.append(style.cloneNode(true));
        copy.append(...[...this.children].map((child) => child.cloneNode(true)));
        document.documentElement.append(host);
      }`);
      return '#fc-axe-copy';
    },
    removeCopy: () => page.evaluate(() => document.getElementById('fc-axe-copy')?.remove()),
    /** Press a button of the open card by its class (e.g. 'fc-card__wrong'); false when it has none. */
    press: async (className: string): Promise<boolean> =>
      (await onRoot<boolean>(`function () {
        const button = this.querySelector('[role="dialog"] button.${className}');
        if (!button) return false;
        button.click();
        return true;
      }`)) ?? false,
  };
}

/** A highlight by its exact text. */
export const mark = (page: Page, text: string) =>
  page.locator('fc-mark', { hasText: new RegExp(`^${text}$`) }).first();

/** Boxes of the article's text blocks, in page coordinates. */
export function blockBoxes(
  page: Page,
  selector: string,
): Promise<Array<{ top: number; left: number; width: number; height: number }>> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height };
    });
  }, selector);
}

/** Unwrap every highlight in the page's own world (as if the extension had never been there). */
export function unwrapMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('fc-mark')];
    for (const m of marks) {
      const parent = m.parentNode!;
      m.replaceWith(...m.childNodes);
      parent.normalize();
    }
    return marks.length;
  });
}

/** The toolbar button's badge text and title for a tab, read in the background worker. */
export function toolbarState(background: Worker, tabId: number): Promise<{ badge: string; title: string }> {
  return background.evaluate(async (id: number) => {
    type Action = { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
    const action = (globalThis as unknown as { chrome: { action: Action } }).chrome.action;
    return { badge: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Save a screenshot as a test artefact (test-results/<test>/<name>.png). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Store settings directly (as a corrupt or older store would be), through the background worker. */
export function storeRawSettings(background: Worker, value: unknown): Promise<void> {
  return background.evaluate(async (v: unknown) => {
    type Sync = { set(items: object): Promise<void> };
    await (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync.set({
      settings: v,
    });
  }, value);
}

/** Shared steps of the ux-*.spec.ts end-to-end tests: waiting for highlights, the hover card, boxes, toolbar state. */
import type { Page, TestInfo, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** The seed article on the fixture site. */
export const SEED = '/news/labour-cyber-attack.html';

/** Wait until the extension has highlighted the page; returns the marks locator. */
export async function marksOn(page: Page, timeout = 20_000) {
  const marks = page.locator('fc-mark[data-fc-entity]');
  await expect(marks.first()).toBeAttached({ timeout });
  return marks;
}

/** The open hover card (inside our shadow root). */
export const hoverCard = (page: Page) => page.locator('fact-context-ui').locator('[role="dialog"]');

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

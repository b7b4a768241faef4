/**
 * Playwright fixtures: a fresh Chromium profile with the built extension loaded, its id, and page
 * objects for the popup and the options page.
 */
import { chromium, test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionLaunchArgs, findChromium } from '../../scripts/lib/chromium';

/** The popup, opened as a page for a given tab (popup.html?tab=ID). */
export class PopupPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}
  async open(tabId: number): Promise<this> {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html?tab=${tabId}`);
    return this;
  }
  cards() {
    return this.page.locator('.fc-cards .fc-card');
  }
  card(title: string) {
    return this.page.locator('.fc-cards .fc-card', {
      has: this.page.locator('.fc-card__title', { hasText: title }),
    });
  }
  status() {
    return this.page.locator('.fc-status h2');
  }
  /** Milliseconds from opening the popup to its first card on screen (the popup's 'fc-first-card' mark). */
  async firstCardMs(): Promise<number> {
    await this.page.waitForFunction(() => performance.getEntriesByName('fc-first-card').length > 0);
    return this.page.evaluate(() => performance.getEntriesByName('fc-first-card')[0].startTime);
  }
}

/** The options page. */
export class OptionsPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}
  async open(): Promise<this> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await this.page.getByRole('heading', { name: 'Fact Context options' }).waitFor();
    return this;
  }
  /** Choose where Fact Context runs by default. */
  async setMode(label: RegExp | string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }
  /** Set the allow list ("Always on for these sites") and commit the field. */
  async allowSites(hosts: string): Promise<void> {
    const field = this.page.getByLabel(/Always on for these sites/);
    await field.fill(hosts);
    await field.blur();
  }
  /** Add a site to the deny list ("Never on these sites") and commit the field. */
  async denySite(host: string): Promise<void> {
    const field = this.page.getByLabel('Never on these sites');
    await field.fill(host);
    await field.blur();
  }
}

type Fixtures = {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Id of the browser tab showing `page`. */
  tabIdOf: (page: Page) => Promise<number>;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'fc-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: extensionLaunchArgs(),
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true }); // a browser profile per test: do not leave them behind
  },
  background: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  tabIdOf: async ({ background }, use) => {
    await use(async (page: Page) => {
      const url = page.url();
      const id = await background.evaluate(async (u: string) => {
        type Tabs = { tabs: { query(q: object): Promise<Array<{ url?: string; id?: number }>> } };
        const tabs = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (typeof id !== 'number') throw new Error(`No tab found for ${url}`);
      return id;
    });
  },
});

export const expect = test.expect;

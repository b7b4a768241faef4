/**
 * The options page: default mode with allow and deny lists (wildcards), export and import of settings,
 * online sources (off by default; switching one on asks for its host), a corrupt store, and an axe check.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { expect, OptionsPage, PopupPage, test } from './fixtures';
import { marksOn, screenshot, SEED, storeRawSettings, toolbarState } from './ux-helpers';

const PORT = Number(process.env.FC_TEST_PORT ?? 4517);

test('default mode “off” with an allow list, and a wildcard deny list, decide where highlights appear', async ({
  context,
  extensionId,
}) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.setMode(/Off, except on the sites I allow/);
  await options.allowSites('127.0.0.1');
  const page = await context.newPage();
  await page.goto(SEED);
  await marksOn(page);
  // The same article on another host name is not on the allow list.
  const other = await context.newPage();
  await other.goto(`http://localhost:${PORT}${SEED}`);
  await other.waitForTimeout(2000);
  await expect(other.locator('fc-mark')).toHaveCount(0);
  // Every page, except *.localhost (the wildcard also covers localhost itself).
  await options.setMode(/Every page/);
  await options.allowSites('');
  await options.denySite('*.localhost');
  await other.reload();
  await other.waitForTimeout(2000);
  await expect(other.locator('fc-mark')).toHaveCount(0);
  await options.denySite('');
  await marksOn(other);
  // The Data section counts the reading history and clears it.
  await options.page.reload();
  const count = options.page.getByText(/^Reading history: \d+ articles\.$/);
  await expect(count).toBeVisible();
  if (!/: 0 articles/.test((await count.textContent()) ?? '')) {
    await options.page.getByRole('button', { name: 'Clear reading history' }).click();
  }
  await expect(count).toHaveText('Reading history: 0 articles.');
});

test('settings export to a file and import back; a bad file is refused with what to do', async ({
  context,
  extensionId,
}, testInfo) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.page.getByLabel('People').uncheck();
  const downloading = options.page.waitForEvent('download');
  await options.page.getByRole('button', { name: 'Export settings…' }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.format).toBe('fact-context-settings');
  expect(exported.settings.features.entityTypes.person).toBe(false);

  // Import a changed copy: the page shows it, and it is what is stored.
  exported.settings.sites.mode = 'all';
  exported.settings.sites.disabledFor = ['*.example.com', 'not a host!'];
  exported.settings.online.wikipedia = true; // never switched on by a file: needs the reader's click
  const input = options.page.locator('input[type="file"]');
  await input.setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(
    options.page.getByRole('status').filter({ hasText: 'Settings imported from mine.json' }),
  ).toBeVisible();
  await expect(options.page.getByRole('radio', { name: /Every page/ })).toBeChecked();
  await expect(options.page.getByLabel('Never on these sites')).toHaveValue('*.example.com');
  await expect(options.page.getByLabel('Wikipedia summaries')).not.toBeChecked();
  await screenshot(options.page, testInfo, 'options-imported');

  await input.setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json at all'),
  });
  await expect(options.page.getByRole('alert')).toContainText('This file is not JSON');
  await expect(options.page.getByRole('radio', { name: /Every page/ })).toBeChecked();
});

test('online sources are off by default and say what they send; switching one on asks the browser for its site', async ({
  context,
  extensionId,
}) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  for (const name of ['Wikipedia summaries', 'Wikidata facts', 'News feeds for related coverage']) {
    await expect(options.page.getByLabel(name)).not.toBeChecked();
  }
  await expect(options.page.locator('.fc-sources')).toContainText('en.wikipedia.org');
  await expect(options.page.locator('.fc-sources')).toContainText('www.wikidata.org');
  // Record the permission request the page makes (the browser's prompt cannot be answered headless).
  await options.page.evaluate(() => {
    const perms = (
      globalThis as unknown as { chrome: { permissions: { request: (p: object) => Promise<boolean> } } }
    ).chrome.permissions;
    (window as unknown as { asked: object[] }).asked = [];
    perms.request = async (p: object) => {
      (window as unknown as { asked: object[] }).asked.push(p);
      return false;
    };
  });
  await options.page.getByLabel('Wikipedia summaries').click(); // stays unchecked: the request is refused
  await expect(
    options.page.getByRole('status').filter({ hasText: 'Wikipedia summaries stays off' }),
  ).toBeVisible();
  await expect(options.page.getByLabel('Wikipedia summaries')).not.toBeChecked();
  expect(await options.page.evaluate(() => (window as unknown as { asked: object[] }).asked)).toEqual([
    { origins: ['https://*.wikipedia.org/*'] },
  ]);
  // Granted: the source is stored on.
  await options.page.evaluate(() => {
    const perms = (
      globalThis as unknown as { chrome: { permissions: { request: (p: object) => Promise<boolean> } } }
    ).chrome.permissions;
    perms.request = async (p: object) => {
      (window as unknown as { asked: object[] }).asked.push(p);
      return true;
    };
  });
  await options.page.getByLabel('Wikidata facts').click();
  await expect(options.page.getByLabel('Wikidata facts')).toBeChecked();
  await options.page.reload();
  await expect(options.page.getByLabel('Wikidata facts')).toBeChecked();
  await expect(options.page.getByLabel('Wikipedia summaries')).not.toBeChecked();
});

test('a corrupt settings store falls back to defaults and says so; the page passes an accessibility check', async ({
  context,
  extensionId,
  background,
}, testInfo) => {
  await storeRawSettings(background, { sites: 'everywhere', features: 42 });
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await expect(options.page.getByRole('alert')).toContainText(
    'Some saved settings could not be read and were reset',
  );
  await expect(options.page.getByRole('radio', { name: /News articles only/ })).toBeChecked();
  await screenshot(options.page, testInfo, 'options-corrupt');
  const axe = await new AxeBuilder({ page: options.page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(`[axe] options: ${axe.violations.length} violations (${serious.length} serious/critical)`);
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await options.page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(options.page, testInfo, 'options-dark');
  const dark = await new AxeBuilder({ page: options.page }).analyze();
  expect(
    dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
});

/** The entities the worker keeps for a tab (its copy in session storage, which the popup also reads). */
function workerEntities(background: Worker, tabId: number) {
  return background.evaluate(async (id: number) => {
    type Session = { get(key: string): Promise<Record<string, unknown>> };
    type Entity = { id: string; type: string; name: string; card?: { title?: string } };
    const key = `tab:${id}`;
    const chrome = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome;
    const state = (await chrome.storage.session.get(key))[key] as
      { analysis?: { entities: Entity[] } } | undefined;
    return (state?.analysis?.entities ?? []).map((e) => ({
      type: e.type,
      title: e.card?.title ?? e.name,
      carded: Boolean(e.card),
    }));
  }, tabId);
}

test('“Cards for: places” off: no place anywhere — not in the popup, the badge count or the highlights', async ({
  context,
  extensionId,
  tabIdOf,
  background,
}) => {
  const page = await context.newPage();
  await page.goto(SEED);
  await marksOn(page);
  const tabId = await tabIdOf(page);
  await expect.poll(async () => (await workerEntities(background, tabId)).length).toBeGreaterThan(0);
  const before = await workerEntities(background, tabId);
  const places = before.filter((e) => e.type === 'place').map((e) => e.title);
  expect(places.length).toBeGreaterThan(0);
  const placeMarks = () =>
    page
      .locator('fc-mark')
      .evaluateAll(
        (marks, titles) =>
          marks.filter((m) => titles.some((t) => m.getAttribute('aria-description')?.startsWith(`${t}:`)))
            .length,
        places,
      );
  expect(await placeMarks()).toBeGreaterThan(0);

  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.page.getByLabel('Places').uncheck();
  // The page is read again with the new setting; the worker leaves the places out for everyone.
  const placesNow = async () => {
    const now = await workerEntities(background, tabId);
    return now.length ? now.filter((e) => e.type === 'place').length : -1; // -1: still reading
  };
  await expect.poll(placesNow, { timeout: 30_000 }).toBe(0);
  const after = await workerEntities(background, tabId);
  expect(after.length).toBeGreaterThan(0);
  await marksOn(page);
  await expect.poll(placeMarks).toBe(0);
  await expect
    .poll(async () => (await toolbarState(background, tabId)).badge)
    .toBe(String(after.filter((e) => e.carded).length));
  const popup = await new PopupPage(await context.newPage(), extensionId).open(tabId);
  await expect(popup.cards().first()).toBeVisible({ timeout: 20_000 });
  await expect(popup.cards()).toHaveCount(after.length);
  // Exact titles: another card's title may hold a place's name ('Labour Party (United Kingdom)').
  const titles = (await popup.page.locator('.fc-cards .fc-card__title').allTextContents()).map((t) =>
    t.trim(),
  );
  for (const place of places) expect(titles).not.toContain(place);
});

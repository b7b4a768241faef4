/**
 * Related coverage in the built extension: the reader's own reading history finds other reports of the
 * story they are reading, says why, offers searches elsewhere without requesting them, and is cleared
 * from the options page.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, OptionsPage, PopupPage, test } from './fixtures';

const SEED = '/news/labour-cyber-attack.html';
const SECOND = '/news/other-labour-attack-report.html';
const UNRELATED = '/news/harbour-bridge-reopens.html';
const SEED_TITLE = 'British security officials play down cyber attack on Labour';
const SECOND_TITLE = 'Labour says it repelled a large-scale cyber attack on its digital platforms';
const UNRELATED_TITLE = 'Harbour swing bridge reopens after two years of repairs';

/** Open `path` in a new tab and wait until the popup shows its analysis (titled `title`). */
async function read(
  context: BrowserContext,
  popup: PopupPage,
  tabIdOf: (page: Page) => Promise<number>,
  path: string,
  title: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await expect(async () => {
    await popup.open(await tabIdOf(page));
    await expect(popup.page.locator('.fc-article__title')).toHaveText(title, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  return page;
}

test('the popup of a second report of a story lists the first under Related coverage, not an unrelated article; clearing the history empties it', async ({
  context,
  extensionId,
  tabIdOf,
}) => {
  const searched: string[] = [];
  context.on('request', (request) => {
    if (/google\.com|bing\.com|duckduckgo\.com/.test(new URL(request.url()).hostname))
      searched.push(request.url());
  });
  const popup = new PopupPage(await context.newPage(), extensionId);
  await read(context, popup, tabIdOf, SEED, SEED_TITLE);
  await read(context, popup, tabIdOf, UNRELATED, UNRELATED_TITLE);
  const second = await read(context, popup, tabIdOf, SECOND, SECOND_TITLE);

  const related = popup.page.getByRole('region', { name: 'Related coverage' });
  const items = related.locator('.fc-related__list li');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('link', { name: SEED_TITLE })).toHaveAttribute(
    'href',
    /\/news\/labour-cyber-attack\.html$/,
  );
  await expect(items.first()).toContainText('The Northern Courier');
  await expect(items.first()).toContainText(/shares .*NCSC/);
  await expect(related).not.toContainText(UNRELATED_TITLE);

  // Search elsewhere: links for the story's names, opened only when clicked.
  const google = related.getByRole('link', { name: 'Search Google News' });
  await expect(google).toHaveAttribute('href', /^https:\/\/news\.google\.com\/search\?q=.*Labour/);
  await expect(related.getByRole('link', { name: 'Search Bing News' })).toBeVisible();
  expect(searched).toEqual([]);

  // The options page counts the three articles and clears them.
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  const count = options.page.getByText(/^Reading history: \d+ articles\.$/);
  await expect(count).toHaveText('Reading history: 3 articles.');
  await options.page.getByRole('button', { name: 'Clear reading history' }).click();
  await expect(count).toHaveText('Reading history: 0 articles.');

  // The second report, analysed again, has nothing related any more.
  await second.reload();
  await expect(second.locator('fc-mark').first()).toBeVisible({ timeout: 20_000 });
  await expect(async () => {
    await popup.open(await tabIdOf(second));
    await expect(popup.page.locator('.fc-article__title')).toHaveText(SECOND_TITLE, { timeout: 2000 });
    await expect(popup.page.getByRole('region', { name: 'Related coverage' })).toContainText(
      'No related coverage in your reading history or feeds yet.',
      { timeout: 2000 },
    );
  }).toPass({ timeout: 20_000 });
  await expect(popup.page.locator('.fc-related__list li')).toHaveCount(0);
});

test('the options page offers feeds to subscribe to, asking the browser for that feed’s site only', async ({
  context,
  extensionId,
}) => {
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await expect(options.page.getByLabel('News feeds for related coverage')).not.toBeChecked();
  await expect(
    options.page.getByText('No feeds: related coverage comes from your reading history only.'),
  ).toBeVisible();
  // Record the permission requests (the browser's prompt cannot be answered headless): refused first.
  await options.page.evaluate(() => {
    type Perms = { request: (p: object) => Promise<boolean> };
    const perms = (globalThis as unknown as { chrome: { permissions: Perms } }).chrome.permissions;
    const w = window as unknown as { asked: object[]; grant: boolean };
    w.asked = [];
    w.grant = false;
    perms.request = async (p: object) => {
      w.asked.push(p);
      return w.grant;
    };
  });
  await options.page.getByRole('button', { name: 'Subscribe to BBC News UK' }).click();
  await expect(
    options.page
      .getByRole('status')
      .filter({ hasText: 'Not subscribed: the browser did not allow access to feeds.bbci.co.uk' }),
  ).toBeVisible();
  expect(await options.page.evaluate(() => (window as unknown as { asked: object[] }).asked)).toEqual([
    { origins: ['https://feeds.bbci.co.uk/*'] },
  ]);
  await expect(options.page.getByLabel('News feeds for related coverage')).not.toBeChecked();

  // Granted: the feed is listed and feeds are switched on.
  await options.page.evaluate(() => void ((window as unknown as { grant: boolean }).grant = true));
  await options.page.getByRole('button', { name: 'Subscribe to BBC News UK' }).click();
  const feeds = options.page.getByRole('list', { name: 'Your feeds' });
  await expect(feeds).toContainText('https://feeds.bbci.co.uk/news/uk/rss.xml');
  await expect(options.page.getByLabel('News feeds for related coverage')).toBeChecked();
  // The prompt was only recorded, so the site was not really granted: the worker fetches nothing, says
  // why beside the feed, and the request log stays empty.
  await expect(feeds).toContainText('no permission to reach feeds.bbci.co.uk');
  await expect(
    options.page.getByText('No online requests yet: nothing has left this computer.'),
  ).toBeVisible();
  // A typed address that is not a feed address is refused with what to do.
  await options.page.getByLabel('Feed address').fill('javascript:alert(1)');
  await options.page.getByRole('button', { name: 'Subscribe', exact: true }).click();
  await expect(options.page.getByRole('alert')).toContainText('is not a feed address');
  await feeds.getByRole('button', { name: /Unsubscribe/ }).click();
  await expect(options.page.getByRole('list', { name: 'Your feeds' })).toHaveCount(0);
});

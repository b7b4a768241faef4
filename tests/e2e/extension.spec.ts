/**
 * The built extension in real Chromium on the fixture site: highlights, hover card, popup, site toggle.
 */
import { expect, OptionsPage, PopupPage, test } from './fixtures';
import { hoverCard } from './ux-helpers';

const SEED = '/news/labour-cyber-attack.html';

test('highlights the seed article’s entities and opens the NCSC card on hover and on focus', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(SEED);
  const marks = page.locator('fc-mark[data-fc-entity]');
  await expect(marks.first()).toBeVisible({ timeout: 20_000 });
  const texts = await marks.allTextContents();
  for (const name of ['NCSC', 'GCHQ', 'Labour', 'Jeremy Corbyn', 'Blackpool', 'The Sun'])
    expect(texts).toContain(name);
  // The site header's date and the navigation are not part of the article: nothing marked there.
  await expect(page.locator('header.masthead fc-mark')).toHaveCount(0);
  await expect(page.locator('.comments fc-mark')).toHaveCount(0);

  const ncsc = page.locator('fc-mark', { hasText: /^NCSC$/ }).first();
  await ncsc.hover();
  const card = hoverCard(page);
  await expect.poll(card.isVisible).toBe(true);
  await expect.poll(card.text).toContain('National Cyber Security Centre');
  expect(await card.text()).toContain('GCHQ');
  await page.keyboard.press('Escape');
  await expect.poll(card.isVisible).toBe(false);

  // Keyboard: focusing a highlight opens its card.
  await page
    .locator('fc-mark', { hasText: /^Jeremy Corbyn$/ })
    .first()
    .focus();
  await expect.poll(card.text).toContain('Leader of the Labour Party');
  // The page's own script still works.
  await page.locator('.headline').click();
  expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
});

test('the popup lists the tab’s cards, timeline and claims', async ({ context, extensionId, tabIdOf }) => {
  const page = await context.newPage();
  await page.goto(SEED);
  await expect(page.locator('fc-mark').first()).toBeVisible({ timeout: 20_000 });
  const popup = await new PopupPage(await context.newPage(), extensionId).open(await tabIdOf(page));
  await expect(popup.page.locator('.fc-article__title')).toHaveText(
    'British security officials play down cyber attack on Labour',
  );
  for (const title of [
    'National Cyber Security Centre',
    'GCHQ',
    'Labour Party',
    'Jeremy Corbyn',
    'Agence France-Presse',
  ]) {
    await expect(popup.card(title)).toBeVisible();
  }
  await expect(popup.page.locator('.fc-timeline')).toContainText('12 Dec 2019');
  await expect(popup.page.locator('.fc-claims')).toContainText('The attack was not successful');
  // The filter narrows the cards with fuzzy matching.
  await popup.page.getByLabel('Filter cards').fill('cyber secrity');
  await expect(popup.card('National Cyber Security Centre')).toBeVisible();
  await expect(popup.card('Jeremy Corbyn')).toHaveCount(0);
});

test('a section front is not a news article; the popup offers to analyse anyway', async ({
  context,
  extensionId,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto('/section/politics.html');
  const popup = new PopupPage(await context.newPage(), extensionId);
  await expect(async () => {
    await popup.open(await tabIdOf(page));
    await expect(popup.status()).toHaveText('Not a news article', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.locator('fc-mark')).toHaveCount(0);
  await expect(popup.page.getByRole('button', { name: 'Analyse anyway' })).toBeVisible();
});

test('turning the site off in the options removes the highlights, and they stay off after reload', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(SEED);
  await expect(page.locator('fc-mark').first()).toBeVisible({ timeout: 20_000 });
  const bodyBefore = await page.locator('.story-body').innerHTML();
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  await options.denySite('127.0.0.1');
  await expect(page.locator('fc-mark')).toHaveCount(0);
  // Removal leaves the article exactly as the page had it.
  const bodyAfter = await page.locator('.story-body').innerHTML();
  expect(bodyAfter).not.toContain('fc-mark');
  expect(bodyAfter.length).toBeLessThan(bodyBefore.length);
  await page.reload();
  await page.waitForTimeout(1500);
  await expect(page.locator('fc-mark')).toHaveCount(0);
  // A fresh load with the extension off on this site gives the same markup as the removal did.
  expect(await page.locator('.story-body').innerHTML()).toBe(bodyAfter);
});

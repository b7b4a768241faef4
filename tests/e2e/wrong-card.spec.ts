/**
 * "Wrong card?": the reader marks a card wrong on the page's hover card or in the popup; it is gone at once
 * and after a reload of the page (same name, same site), the options page lists it, and undo there brings
 * the card back.
 */
import { expect, OptionsPage, PopupPage, test } from './fixtures';
import { hoverCard, mark, marksOn, SEED } from './ux-helpers';

test('"Wrong card?" on the hover card: the card becomes the plain name at once, stays so after a reload, and undo brings it back', async ({
  context,
  extensionId,
  tabIdOf,
}) => {
  test.setTimeout(300_000);
  const page = await context.newPage();
  await page.goto(SEED);
  await marksOn(page, 90_000);
  const card = hoverCard(page);
  const gchq = mark(page, 'GCHQ');
  await gchq.focus();
  await expect.poll(card.text).toContain('Wrong card?');
  expect(await card.text()).toContain('Why this card');
  expect(await card.press('fc-card__wrong')).toBe(true);
  // At once: the open card is the name the offline KB does not hold, with no facts and no button.
  await expect.poll(card.text).toContain('not in the offline knowledge base');
  expect(await card.text()).not.toContain('Wrong card?');
  await expect(gchq).toHaveAttribute('aria-description', /not in the offline knowledge base/);

  // The popup agrees, and after a reload the name still has no card on this site.
  const tabId = await tabIdOf(page);
  const popup = new PopupPage(await context.newPage(), extensionId);
  await popup.open(tabId);
  await expect(popup.card('GCHQ').getByRole('button', { name: /^Wrong card\?/ })).toHaveCount(0);
  await page.bringToFront();
  await page.reload();
  await marksOn(page, 90_000);
  await mark(page, 'GCHQ').focus();
  await expect.poll(card.text).toContain('not in the offline knowledge base');

  // Undo on the options page: the next reading shows the card again.
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  const item = options.page.locator('.fc-wrong-cards li', { hasText: '“gchq”' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: /^Undo/ }).click();
  await expect(options.page.locator('.fc-wrong-cards li')).toHaveCount(0);
  await page.bringToFront();
  await page.reload();
  await marksOn(page, 90_000);
  await mark(page, 'GCHQ').focus();
  await expect.poll(card.text).toContain('Wrong card?');
});

test('a card marked wrong is not shown again for that name on that site, and undo on the options page brings it back', async ({
  context,
  extensionId,
  tabIdOf,
}) => {
  test.setTimeout(300_000); // three readings of the page on a loaded machine
  const page = await context.newPage();
  await page.goto(SEED);
  await marksOn(page, 90_000);
  const tabId = await tabIdOf(page);
  const popup = new PopupPage(await context.newPage(), extensionId);
  await popup.open(tabId);
  const card = popup.card('The Sun');
  await expect(card.locator('.fc-why')).toBeVisible(); // "Why this card" stays beside it
  await card.getByRole('button', { name: /^Wrong card\?/ }).click();
  // The same entity is now a name the offline KB does not hold, with no facts and no "Wrong card?".
  const plain = popup.page
    .locator('.fc-cards .fc-card', { hasText: 'not in the offline knowledge base' })
    .filter({
      has: popup.page.locator('.fc-card__title', { hasText: /^The Sun$/ }),
    });
  await expect(plain).toHaveCount(1);
  await expect(popup.card('The Sun').getByRole('button', { name: /^Wrong card\?/ })).toHaveCount(0);

  // Reloaded: still no card for that name on this site.
  await page.reload();
  await marksOn(page, 90_000);
  await popup.open(tabId);
  await expect(popup.cards().first()).toBeVisible();
  await expect(plain).toHaveCount(1);

  // The options page lists it; undo brings the card back on the next reading.
  const options = await new OptionsPage(await context.newPage(), extensionId).open();
  const item = options.page.locator('.fc-wrong-cards li', { hasText: '“the sun”' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: /^Undo/ }).click();
  await expect(options.page.locator('.fc-wrong-cards li')).toHaveCount(0);
  await page.reload();
  await marksOn(page, 90_000);
  await popup.open(tabId);
  await expect(popup.card('The Sun').getByRole('button', { name: /^Wrong card\?/ })).toHaveCount(1);
});

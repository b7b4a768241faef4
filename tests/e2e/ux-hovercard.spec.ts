/**
 * Hover cards: the delay, keyboard focus and focus order, Escape, leaving, scrolling away, placement
 * inside the viewport without covering the word, dark mode, the highlight shortcut and an axe check.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { hoverCard, mark, marksOn, screenshot, SEED } from './ux-helpers';

test('opens after the hover delay, stays while read, closes on leaving and on scrolling away', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(SEED);
  await marksOn(page);
  const card = hoverCard(page);
  const gchq = mark(page, 'GCHQ');
  await gchq.scrollIntoViewIfNeeded();
  const box = (await gchq.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(120);
  await expect(card).toHaveCount(0); // not yet: the reader may only be passing over
  await expect(card).toBeVisible();
  // Moving onto the card keeps it open.
  const cardBox = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, cardBox.y + 5, { steps: 4 });
  await page.mouse.move(cardBox.x + 20, cardBox.y + 20, { steps: 4 });
  await page.waitForTimeout(600);
  await expect(card).toBeVisible();
  // Leaving both closes it.
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  // Scrolling the word out of view closes an open card.
  await gchq.hover();
  await expect(card).toBeVisible();
  await page.mouse.wheel(0, 3000);
  await expect(card).toBeHidden();
});

test('sits inside the viewport and never covers its word, near the top and the bottom', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 640 });
  await page.goto(SEED);
  const marks = await marksOn(page);
  const card = hoverCard(page);
  for (const where of ['top', 'bottom'] as const) {
    const m = marks.nth(where === 'top' ? 2 : 8);
    await m.evaluate((el, w) => {
      const r = el.getBoundingClientRect();
      scrollBy(0, r.top - (w === 'top' ? 40 : innerHeight - 50));
    }, where);
    await m.focus();
    await expect(card).toBeVisible();
    await page.waitForTimeout(100);
    const word = (await m.boundingBox())!;
    const c = (await card.boundingBox())!;
    const overlaps =
      word.y < c.y + c.height &&
      c.y < word.y + word.height &&
      word.x < c.x + c.width &&
      c.x < word.x + word.width;
    expect(overlaps, where).toBe(false);
    expect(c.y).toBeGreaterThanOrEqual(0);
    expect(c.y + c.height).toBeLessThanOrEqual(640);
    expect(c.x + c.width).toBeLessThanOrEqual(900);
    expect(
      where === 'top' ? c.y > word.y : c.y < word.y,
      `card goes ${where === 'top' ? 'below' : 'above'} the word`,
    ).toBe(true);
    await page.keyboard.press('Escape');
  }
});

test('keyboard: focus opens, Enter moves into the card, Tab and Escape hand focus back, the shortcut moves between highlights', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(SEED);
  const marks = await marksOn(page);
  const card = hoverCard(page);
  await page.locator('.headline').click();
  await page.keyboard.press('Alt+Shift+Period');
  const first = marks.first();
  await expect(first).toBeFocused();
  await expect(card).toBeVisible(); // focus opens it at once
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(first).toHaveAttribute('role', 'button');
  await expect(first).toHaveAttribute('aria-haspopup', 'dialog');
  await page.keyboard.press('Alt+Shift+Period');
  await expect(marks.nth(1)).toBeFocused();
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Alt+Shift+Comma');
  await expect(first).toBeFocused();
  // Enter moves focus into the dialog; Escape closes it and focus returns to the word.
  await page.keyboard.press('Enter');
  const focusedInCard = () =>
    page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'fact-context-ui');
  await expect.poll(focusedInCard).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(first).toBeFocused();
  // Tab walks through the card's links and close button, then back to the word.
  await page.keyboard.press('Enter');
  await expect.poll(focusedInCard).toBe(true);
  let back = false;
  for (let i = 0; i < 12 && !back; i++) {
    await page.keyboard.press('Tab');
    back = await first.evaluate((el) => document.activeElement === el);
  }
  expect(back).toBe(true);
  await expect(card).toBeHidden();
  // Plain Tab from a word goes to the next focusable thing, opening that word's card.
  await page.keyboard.press('Tab');
  await expect(marks.nth(1)).toBeFocused();
  await expect(card).toBeVisible();
});

test('follows the system’s dark mode and passes an accessibility check while open', async ({
  context,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(SEED);
  await marksOn(page);
  const card = hoverCard(page);
  const background = () => card.evaluate((c) => getComputedStyle(c).backgroundColor);
  await mark(page, 'NCSC').focus();
  await expect(card).toBeVisible();
  expect(await background()).toBe('rgb(255, 255, 255)');
  const results = await new AxeBuilder({ page }).include('fact-context-ui').include('fc-mark').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `[axe] hover card: ${results.violations.length} violations (${serious.length} serious/critical), ${results.passes.length} rules passed`,
  );
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await screenshot(page, testInfo, 'hovercard-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(32, 33, 36)');
  await screenshot(page, testInfo, 'hovercard-dark');
  const dark = await new AxeBuilder({ page }).include('fact-context-ui').analyze();
  expect(
    dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
});

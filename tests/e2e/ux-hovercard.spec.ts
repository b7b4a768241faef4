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
  expect(await card.isOpen()).toBe(false); // not yet: the reader may only be passing over
  await expect.poll(card.isVisible).toBe(true);
  // Moving onto the card keeps it open.
  const cardBox = await card.box();
  await page.mouse.move(box.x + box.width / 2, cardBox.y + 5, { steps: 4 });
  await page.mouse.move(cardBox.x + 20, cardBox.y + 20, { steps: 4 });
  await page.waitForTimeout(600);
  expect(await card.isVisible()).toBe(true);
  // Leaving both closes it.
  await page.mouse.move(5, 5);
  await expect.poll(card.isVisible).toBe(false);
  // Scrolling the word out of view closes an open card.
  await gchq.hover();
  await expect.poll(card.isVisible).toBe(true);
  await page.mouse.wheel(0, 3000);
  await expect.poll(card.isVisible).toBe(false);
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
    await expect.poll(card.isVisible).toBe(true);
    await page.waitForTimeout(100);
    const word = (await m.boundingBox())!;
    const c = await card.box();
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
  await expect.poll(card.isVisible).toBe(true); // focus opens it at once
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
  await expect.poll(card.isVisible).toBe(false);
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
  await expect.poll(card.isVisible).toBe(false);
  // Plain Tab from a word goes to the next focusable thing, opening that word's card.
  await page.keyboard.press('Tab');
  await expect(marks.nth(1)).toBeFocused();
  await expect.poll(card.isVisible).toBe(true);
});

test('follows the system’s dark mode and passes an accessibility check while open', async ({
  context,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(SEED);
  await marksOn(page);
  const card = hoverCard(page);
  const background = async () => (await card.state()).background;
  await mark(page, 'NCSC').focus();
  await expect.poll(card.isVisible).toBe(true);
  // The card's shadow root is closed: the page cannot reach into it.
  expect(await page.evaluate(() => document.querySelector('fact-context-ui')?.shadowRoot ?? null)).toBeNull();
  expect((await card.state()).closed).toBe(true);
  expect(await background()).toBe('rgb(255, 255, 255)');
  // axe cannot enter a closed root either: it checks a copy of the open card (same markup and stylesheets).
  const copy = await card.copyForAxe();
  const results = await new AxeBuilder({ page }).include(copy).include('fc-mark').analyze();
  await card.removeCopy();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  console.log(
    `[axe] hover card: ${results.violations.length} violations (${serious.length} serious/critical), ${results.passes.length} rules passed`,
  );
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await screenshot(page, testInfo, 'hovercard-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(32, 33, 36)');
  await screenshot(page, testInfo, 'hovercard-dark');
  const darkCopy = await card.copyForAxe();
  const dark = await new AxeBuilder({ page }).include(darkCopy).analyze();
  await card.removeCopy();
  expect(
    dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
});

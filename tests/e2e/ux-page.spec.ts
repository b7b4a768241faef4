/**
 * The page stays the reader's: no layout shift on differently built pages, selection, copy, links and page
 * scripts keep working, single-page navigation and late content are handled, frames and editable areas
 * are left alone, and hostile stylesheets or a strict CSP do not break highlights or cards.
 */
import { expect, test } from './fixtures';
import { blockBoxes, hoverCard, mark, marksOn, screenshot, SEED, unwrapMarks } from './ux-helpers';

const LAYOUTS = [
  { path: SEED, blocks: '.story-body p, .story-body h2, .headline' },
  { path: '/layouts/magazine.html', blocks: '.columns p, .columns blockquote, h1' },
  { path: '/layouts/blog.html', blocks: '.entry > div, .entry li, .post h2' },
];

test('highlights move no text block by more than 1 px on three differently built pages', async ({
  context,
}, testInfo) => {
  const page = await context.newPage();
  for (const { path, blocks } of LAYOUTS) {
    await page.goto(path);
    const marks = await marksOn(page);
    expect(await marks.count(), path).toBeGreaterThan(3);
    await screenshot(page, testInfo, `layout-${path.split('/').pop()}`);
    const withMarks = await blockBoxes(page, blocks);
    const markCount = await marks.count();
    expect(withMarks.length, path).toBeGreaterThan(3);
    await unwrapMarks(page);
    const without = await blockBoxes(page, blocks);
    const delta = Math.max(
      ...withMarks.flatMap((b, i) => [
        Math.abs(b.top - without[i].top),
        Math.abs(b.left - without[i].left),
        Math.abs(b.width - without[i].width),
        Math.abs(b.height - without[i].height),
      ]),
    );
    console.log(
      `[layout] ${path}: ${withMarks.length} blocks, ${markCount} marks removed, largest box change ${delta.toFixed(2)} px`,
    );
    expect(delta, path).toBeLessThanOrEqual(1);
  }
});

test('selection, copy, links and the page’s own scripts keep working around highlights', async ({
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('/layouts/magazine.html');
  await marksOn(page);
  const para = page.locator('.columns p').nth(1);
  await expect(para.locator('fc-mark').first()).toBeAttached();
  const expected =
    'The National Cyber Security Centre (NCSC) - part of Britain\'s spy agency GCHQ - said it was "confident the party took the necessary steps to deal with the attack".';
  // Select the whole paragraph as a reader would (triple click) and copy it.
  await para.click({ clickCount: 3, position: { x: 5, y: 5 } });
  expect((await page.evaluate(() => getSelection()!.toString())).trim()).toBe(expected);
  await page.keyboard.press('Control+C');
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(expected);
  // The page's own click handler on a paragraph still fires when the click lands on a highlight.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await expect.poll(hoverCard(page).isOpen).toBe(false);
  await page.locator('#clicky fc-mark').first().click();
  expect(
    await page.evaluate(() => (window as unknown as { paragraphClicks: number }).paragraphClicks),
  ).toBeGreaterThanOrEqual(1);
  // A highlight inside a link: the link is still the tab stop, and clicking it still follows it.
  const inLink = page.locator('#inlink fc-mark');
  await expect(inLink).toHaveAttribute('tabindex', '-1');
  await inLink.click();
  await expect(page).toHaveURL(/\/news\/labour-cyber-attack\.html$/);
});

test('single-page navigation replaces the highlights with the new story’s, cleanly', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/spa/index.html');
  const marks = await marksOn(page);
  await expect(mark(page, 'GCHQ')).toBeAttached();
  await page.locator('#next').click();
  await expect(page).toHaveURL(/\/spa\/nato-summit$/);
  await expect(mark(page, 'Germany')).toBeAttached({ timeout: 20_000 });
  const texts = await marks.allTextContents();
  for (const old of ['GCHQ', 'NCSC', 'Jeremy Corbyn', 'Blackpool']) expect(texts).not.toContain(old);
  // One run only: every paragraph holds each entity at most once.
  const duplicates = await page.evaluate(() =>
    [...document.querySelectorAll('.story-body p')].some((p) => {
      const ids = [...p.querySelectorAll('fc-mark')].map((m) => m.getAttribute('data-fc-entity'));
      return new Set(ids).size !== ids.length;
    }),
  );
  expect(duplicates).toBe(false);
  // The card shows the new story's entity.
  await mark(page, 'Germany').hover();
  await expect.poll(hoverCard(page).text).toContain('Germany');
});

test('content the page adds later is highlighted, without touching it twice', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/late/index.html');
  // The story arrives 2.5 s after load, long after the first look.
  await expect(mark(page, 'GCHQ')).toBeAttached({ timeout: 20_000 });
  await page.locator('#read-more').click();
  const added = page.locator('.story-body p').nth(6);
  await expect(added.locator('fc-mark', { hasText: 'Labour' })).toBeAttached({ timeout: 10_000 });
  await expect(page.locator('.story-body p').nth(8).locator('fc-mark', { hasText: 'GCHQ' })).toBeAttached();
  // Names only the added text holds are found by reading the page again.
  await expect(
    page.locator('.story-body p').nth(7).locator('fc-mark', { hasText: 'Blackpool' }),
  ).toBeAttached({ timeout: 10_000 });
  expect(await page.locator('fc-mark fc-mark').count()).toBe(0);
});

test('a 1 MB page is read in the worker: highlights in the story only, capped, and the page keeps working', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/news/heavy-labour-cyber-attack.html');
  // The worker reads a megabyte of HTML and ~400 K characters of text: give it time on a slow machine.
  await marksOn(page, 90_000);
  // Marking runs in slices: wait until it stops growing, then check where the marks are.
  await expect
    .poll(async () => page.locator('fc-mark').count(), { timeout: 30_000, intervals: [500, 1000] })
    .toBe(400);
  expect(await page.locator('.story-body fc-mark').count()).toBe(400);
  expect(await page.locator('aside.more fc-mark, .comments fc-mark').count()).toBe(0);
  // The page's own script still answers, and a card opens on the heavy page too.
  await page.locator('.headline').click();
  expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
  await mark(page, 'NCSC').hover();
  await expect.poll(hoverCard(page).text).toContain('National Cyber Security Centre');
});

/** Run in the page before its own scripts: redefine the DOM and the platform under everyone's feet, as some ad and framework scripts do. */
const REDEFINE_THE_DOM = `
  Element.prototype.getAttribute = function () { throw new Error('getAttribute is disabled on this page'); };
  Document.prototype.querySelectorAll = function () { throw new Error('querySelectorAll is disabled'); };
  Element.prototype.querySelectorAll = function () { throw new Error('querySelectorAll is disabled'); };
  Document.prototype.createTreeWalker = function () { throw new Error('createTreeWalker is disabled'); };
  Object.defineProperty(Element.prototype, 'outerHTML', { get() { return '<p>nothing here</p>'; } });
  window.requestIdleCallback = undefined;
  window.MutationObserver = undefined;
  JSON.stringify = function () { return '{}'; };
  JSON.parse = function () { return {}; };
  Array.prototype.map = function () { return []; };
  window.pageErrors = [];
  window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
`;

test('a page that redefines DOM methods, JSON and Array.map still gets highlights and cards, and sees no errors', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.addInitScript(REDEFINE_THE_DOM);
  await page.goto(SEED);
  // The content script lives in its own world: the page's redefinitions are not its.
  await marksOn(page);
  await mark(page, 'NCSC').hover();
  await expect.poll(hoverCard(page).text).toContain('National Cyber Security Centre');
  await page.locator('.headline').click();
  expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
});

test('only the top frame is touched, and editable areas and forms never are', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/frames/article.html');
  await marksOn(page);
  const frame = page.frameLocator('#widget');
  await expect(frame.locator('p').first()).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await frame.locator('fc-mark').count()).toBe(0);

  await page.goto('/editable/article.html');
  await marksOn(page);
  for (const sel of ['#editor', '#rich', '#letter'])
    expect(await page.locator(`${sel} fc-mark`).count(), sel).toBe(0);
  await expect(page.locator('#subject')).toHaveValue('Labour and the NCSC');
  await expect(page.locator('#body')).toHaveValue('Jeremy Corbyn and GCHQ');
  // Typing names into the editor adds no highlights there, even after the page settles.
  await page.locator('#editor p').click();
  await page.keyboard.press('End');
  await page.keyboard.type(
    ' More about Labour and GCHQ in a new line of notes that is long enough to count as content.',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type(
    'Jeremy Corbyn, Labour, NCSC, GCHQ and Blackpool, typed by the reader, stay plain text.',
  );
  await page.waitForTimeout(1500);
  expect(await page.locator('#editor fc-mark').count()).toBe(0);
  await expect(page.locator('#editor')).toContainText('stay plain text.');
});

for (const { name, path } of [
  { name: 'a hostile stylesheet', path: '/hostile/article.html' },
  { name: 'a strict Content-Security-Policy', path: '/csp/article.html' },
]) {
  test(`highlights and cards look right under ${name}`, async ({ context }, testInfo) => {
    const page = await context.newPage();
    const response = await page.goto(path);
    if (path.startsWith('/csp/'))
      expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    const marks = await marksOn(page);
    const texts = await marks.allTextContents();
    for (const n of ['NCSC', 'GCHQ', 'Labour', 'Jeremy Corbyn']) expect(texts).toContain(n);
    const ncsc = mark(page, 'NCSC');
    await expect(ncsc).toBeVisible();
    const look = await ncsc.evaluate((m) => {
      const s = getComputedStyle(m);
      return { display: s.display, background: s.backgroundColor, visibility: s.visibility };
    });
    expect(look).toEqual({ display: 'inline', background: 'rgba(255, 196, 0, 0.28)', visibility: 'visible' });
    await ncsc.hover();
    const card = hoverCard(page);
    await expect.poll(card.isVisible).toBe(true);
    await expect.poll(card.text).toContain('National Cyber Security Centre');
    const seen = await card.state();
    const cardLook = { ...seen, width: seen.box!.width, height: seen.box!.height };
    expect(cardLook.position).toBe('fixed');
    expect(cardLook.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(cardLook.width).toBeGreaterThan(200);
    expect(cardLook.height).toBeGreaterThan(60);
    await screenshot(page, testInfo, `card-${path.split('/')[1]}`);
  });
}

/**
 * `npm run demo`: the built extension on a bundled news page. Serves the demo site on 127.0.0.1, opens
 * Chromium with the extension (headed when a display exists), and saves screenshots of the highlights,
 * an open hover card and the popup into demo-output/.
 */
import { mkdirSync, mkdtempSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromeBuildPath, extensionLaunchArgs, findChromium } from './lib/chromium';
import { projectRoot } from './lib/node-assets';
import { startStaticServer } from './lib/static-server';

const outDir = resolve(projectRoot, 'demo-output');
const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or point CHROMIUM_PATH at a Chrome/Chromium binary, then run npm run demo again.',
  );
  process.exit(2);
}
if (!existsSync(join(chromeBuildPath, 'manifest.json'))) {
  console.error('The extension is not built: run npm run build (npm run demo does it for you).');
  process.exit(2);
}
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
mkdirSync(outDir, { recursive: true });

const { server, baseUrl } = await startStaticServer(resolve(projectRoot, 'fixtures/site'));
const profile = mkdtempSync(join(tmpdir(), 'fc-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: !headed,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: extensionLaunchArgs(),
  viewport: { width: 1100, height: 860 },
});
const saved: string[] = [];
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  const articleUrl = `${baseUrl}/news/labour-cyber-attack.html`;
  console.log(`Demo article: ${articleUrl}`);
  await page.goto(articleUrl);
  await page.locator('fc-mark').first().waitFor({ timeout: 30_000 });
  const count = await page.locator('fc-mark').count();
  console.log(`Highlighted ${count} mentions.`);

  const shot = async (name: string, take: (path: string) => Promise<unknown>) => {
    const path = join(outDir, name);
    await take(path);
    saved.push(path);
  };
  await page.locator('.headline').scrollIntoViewIfNeeded();
  await shot('1-page-highlights.png', (path) => page.screenshot({ path }));
  const ncsc = page.locator('fc-mark', { hasText: /^NCSC$/ }).first();
  await ncsc.scrollIntoViewIfNeeded();
  await ncsc.hover();
  // The card is in a closed shadow root (out of the page's and Playwright's reach): its word says it is open.
  await page.locator('fc-mark[aria-expanded="true"]').first().waitFor();
  await page.waitForTimeout(200);
  await shot('2-hover-card.png', (path) => page.screenshot({ path }));

  const tabId = await worker.evaluate(async (u: string) => {
    type Tabs = { tabs: { query(q: object): Promise<Array<{ url?: string; id?: number }>> } };
    return (await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({})).find((t) => t.url === u)
      ?.id;
  }, articleUrl);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.fc-cards').waitFor();
  await shot('3-popup.png', (path) => popup.screenshot({ path }));
  await popup.locator('#fc-timeline').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shot('4-popup-timeline-claims.png', (path) => popup.screenshot({ path }));
  const titles = await popup.locator('.fc-cards .fc-card__title').allTextContents();
  console.log(`The popup shows ${titles.length} cards: ${titles.join(', ')}`);
  writeFileSync(join(outDir, 'README.txt'), `Fact Context on ${articleUrl}\nCards: ${titles.join(', ')}\n`);
  console.log('\nScreenshots:');
  for (const path of saved) console.log(`  ${path}`);
  if (headed && process.argv.includes('--keep-open')) {
    console.log('\nThe browser stays open; close it to finish.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
  server.close();
}

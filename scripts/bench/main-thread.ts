/**
 * `npm run bench -- main-thread [runs]`: how long the built extension holds a heavy page's main thread.
 * A 1 MB news page (scripts/lib/big-page.ts) is loaded in Chromium with the extension and, as the baseline,
 * without it; long tasks (the browser's own > 50 ms measure) are recorded from the page's `load` event
 * until the highlights are in, so what the page costs to parse and lay out is not counted for either.
 * Needs a build (`npm run build`) and Chromium.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { bigNewsPage } from '../lib/big-page';
import { chromeBuildPath, extensionLaunchArgs, findChromium } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { median } from '../lib/timing';

/** Recorded in the page: long tasks that start after `load`. */
const OBSERVE_LONG_TASKS = `
  window.__fcLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__fcLongTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

interface Run {
  /** Longest task after load (0 when none exceeded 50 ms). */
  longestMs: number;
  /** Tasks over 50 ms after load. */
  count: number;
  /** From load until the first highlight (extension runs only). */
  toHighlightMs?: number;
  marks?: number;
}

async function measure(context: BrowserContext, url: string, withExtension: boolean): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.goto(url, { waitUntil: 'load' });
  const loadAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.duration ?? 0);
  let toHighlightMs: number | undefined;
  let marks: number | undefined;
  if (withExtension) {
    await page.locator('fc-mark').first().waitFor({ timeout: 120_000 });
    toHighlightMs = (await page.evaluate(() => performance.now())) - loadAt;
    // Let the rest of the pass (highlighting the remaining paragraphs) finish.
    await page.waitForTimeout(1500);
    marks = await page.locator('fc-mark').count();
  } else {
    await page.waitForTimeout(3000);
  }
  const tasks = await page.evaluate(
    () => (window as unknown as { __fcLongTasks: Array<{ start: number; ms: number }> }).__fcLongTasks,
  );
  await page.close();
  const after = tasks.filter((t) => t.start >= loadAt);
  return {
    longestMs: Math.max(0, ...after.map((t) => t.ms)),
    count: after.length,
    toHighlightMs,
    marks,
  };
}

/** Entry point for scripts/bench.ts. Optional first arg: runs per browser (default 3). */
export async function run(args: string[]): Promise<void> {
  const runs = Number(args[0] ?? 3) || 3;
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('skipped: no Chromium (set CHROMIUM_PATH or install chromium)');
    return;
  }
  if (!existsSync(join(chromeBuildPath, 'manifest.json'))) {
    console.log('skipped: the extension is not built (run npm run build first)');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'fc-bench-site-'));
  mkdirSync(join(root, 'news'));
  const html = bigNewsPage(1_000_000);
  writeFileSync(join(root, 'news', 'big.html'), html);
  const { server, baseUrl } = await startStaticServer(root);
  const url = `${baseUrl}/news/big.html`;
  const profiles: string[] = [];
  const open = async (withExtension: boolean) => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-bench-profile-'));
    profiles.push(dir);
    return chromium.launchPersistentContext(dir, {
      executablePath,
      headless: true,
      ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
      args: withExtension ? extensionLaunchArgs() : ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
  };
  try {
    const results: Record<'page' | 'extension', Run[]> = { page: [], extension: [] };
    for (const withExtension of [false, true]) {
      const context = await open(withExtension);
      try {
        if (withExtension) {
          if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
          await measure(context, url, true); // warm the worker: KB and models loaded once, as for a reader
        }
        for (let i = 0; i < runs; i++)
          results[withExtension ? 'extension' : 'page'].push(await measure(context, url, withExtension));
      } finally {
        await context.close();
      }
    }
    const f = (x: number) => x.toFixed(0);
    const longest = (r: Run[]) => median(r.map((x) => x.longestMs));
    const count = (r: Run[]) => median(r.map((x) => x.count));
    console.log(`page: ${(html.length / 1e6).toFixed(2)} MB of HTML, ${runs} loads each, medians`);
    console.log(
      `  page alone        longest task after load ${f(longest(results.page))} ms, tasks > 50 ms: ${count(results.page)}`,
    );
    console.log(
      `  with Fact Context longest task after load ${f(longest(results.extension))} ms, tasks > 50 ms: ${count(results.extension)}  (target: none over 50 ms)`,
    );
    console.log(
      `  first highlight ${f(median(results.extension.map((r) => r.toHighlightMs ?? NaN)))} ms after load, ${median(results.extension.map((r) => r.marks ?? 0))} marks`,
    );
    console.log(`  every run (longest ms): ${results.extension.map((r) => f(r.longestMs)).join(', ')}`);
  } finally {
    server.close();
    for (const dir of [root, ...profiles]) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a page cannot make the worker do, and what the reader's privacy choices mean: a tab's analyses and
 * history entries are rate-limited whatever its page does; a canonical link on another site does not key
 * the history; a private window leaves nothing behind; "Keep none" and "Clear reading history" clear.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_ANALYSES_PER_MINUTE, MAX_REMEMBERED_PER_MINUTE } from '@/lib/worker/analyse-page';
import { createEnrichmentStore } from '@/lib/ext/enrichment-store';
import type { PageResult, TabState } from '@/lib/ext/protocol';
import { loadSettings, saveSettings } from '@/lib/ext/storage';
import { startFreshBackground } from './fresh-background';
import { send, sendPage } from './send-page';

const SEED_HTML = readFileSync(
  new URL('../../../fixtures/site/news/labour-cyber-attack.html', import.meta.url),
  'utf8',
);
const SECTION_HTML = readFileSync(
  new URL('../../../fixtures/site/section/politics.html', import.meta.url),
  'utf8',
);
const VICTIM = 'https://victim.example/news/2019/11/12/labour-cyber-attack';
const ATTACKER = 'https://attacker.example/copy/labour';

const contentScript = (tabId: number, url: string, incognito = false) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url, incognito },
  frameId: 0,
});
const options = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/options.html' };

async function visit(
  tabId: number,
  url: string,
  html = SEED_HTML,
  { incognito = false, force = false } = {},
) {
  const reply = await sendPage(contentScript(tabId, url, incognito), url, html, { force });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as PageResult;
}
const tabState = async (tabId: number) => {
  const reply = await send('getTabState', { tabId }, options);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as TabState;
};
const historyCount = async () => {
  const reply = await send('getRelatedCounts', {}, options);
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value as { history: number }).history;
};

beforeEach(() => startFreshBackground('background-privacy'));

describe('a page cannot make the worker work without end', () => {
  it(`analyses a tab at most ${MAX_ANALYSES_PER_MINUTE} times a minute, unless the reader asks in the popup`, async () => {
    const url = 'https://spa.example/story';
    for (let i = 0; i < MAX_ANALYSES_PER_MINUTE; i++) await visit(1, url, '<p>x</p>');
    const refused = await sendPage(contentScript(1, url), url, '<p>x</p>');
    expect(!refused.ok && refused.error).toMatch(/more than 6 times in a minute/);
    expect((await tabState(1)).error).toMatch(/“Analyse” in this popup reads it now/);
    // Another tab is not held back by this one.
    expect((await visit(2, url, '<p>x</p>')).status).toBe('not-news');
    // The reader's own request goes through (the content script may not answer in this fake browser).
    await send(
      'analyzeTab',
      { tabId: 1 },
      { ...options, url: 'chrome-extension://test-extension-id/popup.html' },
    );
    expect((await visit(1, url, '<p>x</p>')).status).toBe('not-news');
  });

  it(`adds at most ${MAX_REMEMBERED_PER_MINUTE} history entries a minute from one tab`, async () => {
    for (let i = 0; i < MAX_REMEMBERED_PER_MINUTE + 2; i++)
      await visit(3, `https://loop.example/news/story-${i}`);
    expect(await historyCount()).toBe(MAX_REMEMBERED_PER_MINUTE);
  });
});

describe('history keys', () => {
  it('a canonical link to another site neither replaces nor hides that site’s entry', async () => {
    await visit(4, VICTIM);
    expect(await historyCount()).toBe(1);
    const forged = SEED_HTML.replace('</head>', `<link rel="canonical" href="${VICTIM}"></head>`);
    await visit(5, ATTACKER, forged);
    expect(await historyCount()).toBe(2);
    // "Forget this site" (turning it off) removes the victim's entry and leaves the attacker's.
    expect((await send('setSiteEnabled', { url: VICTIM, enabled: false }, options)).ok).toBe(true);
    await vi.waitFor(async () => expect(await historyCount()).toBe(1));
    expect((await send('setSiteEnabled', { url: ATTACKER, enabled: false }, options)).ok).toBe(true);
    await vi.waitFor(async () => expect(await historyCount()).toBe(0));
  });
});

describe('private windows', () => {
  it('an article read in a private window is analysed but not remembered, nor kept in session storage', async () => {
    expect((await visit(6, VICTIM, SEED_HTML, { incognito: true })).status).toBe('ready');
    expect((await tabState(6)).analysis?.entities.length).toBeGreaterThan(0);
    expect(await historyCount()).toBe(0);
    expect(await fakeBrowser.storage.session.get('tab:6')).toEqual({});
    // The same article in a normal window is remembered.
    await visit(7, VICTIM);
    expect(await historyCount()).toBe(1);
    expect(Object.keys(await fakeBrowser.storage.session.get('tab:7'))).toEqual(['tab:7']);
  });
});

describe('clearing is clearing', () => {
  it('"Keep none" deletes the history kept so far', async () => {
    await visit(8, VICTIM);
    expect(await historyCount()).toBe(1);
    await saveSettings({ ...(await loadSettings()), historySize: 0 });
    await vi.waitFor(async () => expect(await historyCount()).toBe(0));
  });

  it('"Clear reading history" also clears cached online answers and the request log', async () => {
    const store = await createEnrichmentStore();
    await store.put('wikipedia:Labour', { extract: 'x' }, 60_000);
    await store.logRequest({
      time: 1,
      host: 'en.wikipedia.org',
      url: 'https://en.wikipedia.org/x',
      status: 200,
    });
    expect(await store.requestLog()).toHaveLength(1);
    // The options page reads the log through the worker, never from the worker's database; a page may not.
    const log = await send('getRequestLog', {}, options);
    expect(log.ok && (log.value as Array<{ url: string }>).map((r) => r.url)).toEqual([
      'https://en.wikipedia.org/x',
    ]);
    expect(await send('getRequestLog', {}, contentScript(8, VICTIM))).toEqual({
      ok: false,
      error: 'This message is accepted only from Fact Context’s own pages.',
    });
    expect((await send('clearHistory', {}, options)).ok).toBe(true);
    expect(await store.requestLog()).toEqual([]);
    expect(await send('getRequestLog', {}, options)).toEqual({ ok: true, value: [] });
    expect(await store.get('wikipedia:Labour')).toBeUndefined();
    store.close();
  });

  it('a page read only because the reader insisted ("Analyse anyway") is not remembered', async () => {
    const result = await visit(9, 'https://section.example/politics', SECTION_HTML, { force: true });
    expect(result.status).toBe('ready');
    expect(await historyCount()).toBe(0);
  });
});

/**
 * When the worker goes online: never because a page was analysed, only when the reader opens a card, and
 * never for a tab in a private window. Wikipedia stands in as a local fixture server.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EntitySummary } from '@/lib/contract/types';
import { startBackground } from '@/lib/worker/background-service';
import { openRelatedStores } from '@/lib/ext/history-store';
import type { PageResult } from '@/lib/ext/protocol';
import { saveSettings } from '@/lib/ext/storage';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { loadNodeAsset } from '../../../scripts/lib/node-assets';
import { startFixtureServer, type FixtureServer } from '../../fixtures/kb-enrich/fixture-server';
import { send, sendPage } from './send-page';

const SEED_URL = 'http://127.0.0.1:4517/news/labour-cyber-attack.html';
const seedHtml = readFileSync(
  new URL('../../../fixtures/site/news/labour-cyber-attack.html', import.meta.url),
  'utf8',
);
const contentScript = (tabId: number, incognito = false) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url: SEED_URL, incognito },
  frameId: 0,
});
const popup = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/popup.html' };

let server: FixtureServer;
let fetched: string[] = [];
let privateTabs = new Set<number>();
let db = 0;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  fakeBrowser.reset();
  fetched = [];
  privateTabs = new Set();
  const dbName = `background-online-${++db}`;
  await saveSettings({ ...DEFAULT_SETTINGS, online: { ...DEFAULT_SETTINGS.online, wikipedia: true } });
  startBackground({
    loadAsset: loadNodeAsset,
    openStores: (historyLimit) => openRelatedStores({ dbName, historyLimit }),
    hasHostPermission: async () => true,
    logRequest: async () => undefined,
    isPrivateTab: async (tabId) => privateTabs.has(tabId),
    fetch: (url, init) => {
      fetched.push(url);
      return fetch(url, init);
    },
    onlineBaseUrls: { wikipedia: server.base, wikidata: server.base },
  });
});

async function analyse(tabId: number, incognito = false): Promise<EntitySummary> {
  const reply = await sendPage(contentScript(tabId, incognito), SEED_URL, seedHtml);
  const result = (reply as { ok: true; value: PageResult }).value;
  if (result.status !== 'ready') throw new Error('the seed page was not read as an article');
  return result.marks.entities.find((e) => e.kbId === 'gb-national-cyber-security-centre')!;
}

describe('online enrichment happens when a card is opened', () => {
  it('analysing a page sends nothing online, even with Wikipedia switched on', async () => {
    await analyse(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetched).toEqual([]);
  });

  it('opening a card fetches that card’s summary only, and the popup then shows it', async () => {
    const ncsc = await analyse(2);
    const reply = await send('openCard', { entityId: ncsc.id }, contentScript(2));
    const card = (reply as { ok: true; value: EntitySummary | null }).value?.card;
    expect(card?.extract?.text).toMatch(/test extract/);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toContain('/page/summary/National_Cyber_Security_Centre');
    const state = await send('getTabState', { tabId: 2 }, popup);
    const inPopup = (state as { ok: true; value: { analysis: { entities: EntitySummary[] } } }).value;
    expect(inPopup.analysis.entities.find((e) => e.id === ncsc.id)?.card?.extract).toBeDefined();
  });

  it('a card opened in a private window, from the page or from the popup, sends nothing', async () => {
    const ncsc = await analyse(3, true);
    expect(await send('openCard', { entityId: ncsc.id }, contentScript(3, true))).toEqual({
      ok: true,
      value: null,
    });
    privateTabs.add(3);
    expect(await send('openCard', { entityId: ncsc.id, tabId: 3 }, popup)).toEqual({ ok: true, value: null });
    expect(fetched).toEqual([]);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageMarks } from '@/lib/contract/marks';
import type { Analysis } from '@/lib/contract/types';
import { completeNearMisses } from '@/lib/worker/near-miss-update';
import type { PageResult, TabState } from '@/lib/ext/protocol';
import { sessionTabStates } from '@/lib/ext/storage';
import { startFreshBackground } from './fresh-background';
import { send, sendPage } from './send-page';

const URL_A = 'http://127.0.0.1:4517/news/opposition-campaign.html';
const URL_B = 'http://127.0.0.1:4517/news/opposition-campaign-2.html';
const STORY =
  "Britain's opposition leader Jeremy Corbin told supporters in London on Friday that the Labour Party would " +
  'fight every seat in the general election. Mr Corbin said Prime Minister Boris Johnson had failed the NHS.';
const html = `<html><head><meta property="og:type" content="article"><title>Opposition campaign</title></head>
<body><article><h1>Opposition starts its campaign</h1>${`<p>${STORY}</p>`.repeat(3)}</article></body></html>`;

const contentScript = (tabId: number, url: string) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url },
  frameId: 0,
});
const popup = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/popup.html' };
const tabState = async (tabId: number) => {
  const reply = await send('getTabState', { tabId }, popup);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as TabState;
};
const titles = (marks: PageMarks) => marks.entities.flatMap((e) => (e.card ? [e.card.title] : []));
const readyMarks = (reply: Awaited<ReturnType<typeof sendPage>>): PageMarks => {
  const result = (reply as { ok: true; value: PageResult }).value;
  if (result.status !== 'ready') throw new Error('the page was not read as an article');
  return result.marks;
};

let toTabs: Array<{ tabId: number; message: { type: string; payload: { url: string; marks: PageMarks } } }>;
beforeEach(() => {
  startFreshBackground('background-near-miss');
  toTabs = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: never) => {
    toTabs.push({ tabId, message });
    return { ok: true, value: null };
  }) as never);
});

describe('the first analysis after the worker starts leaves near misses for an update', () => {
  it('answers without the near miss, then updates the tab and the page with its card', async () => {
    const first = readyMarks(await sendPage(contentScript(7, URL_A), URL_A, html, { force: true }));
    expect(titles(first)).toContain('Boris Johnson');
    expect(titles(first)).not.toContain('Jeremy Corbyn');
    await vi.waitFor(() => expect(toTabs.map((m) => m.message.type)).toEqual(['updateMarks']), {
      timeout: 10_000,
    });
    const [{ tabId, message }] = toTabs;
    expect(tabId).toBe(7);
    expect(message.payload.url).toBe(URL_A);
    expect(titles(message.payload.marks)).toEqual(expect.arrayContaining(['Jeremy Corbyn', 'Boris Johnson']));
    const corbyn = message.payload.marks.entities.find((e) => e.card?.title === 'Jeremy Corbyn');
    expect(message.payload.marks.mentions.some((m) => m.entityId === corbyn?.id)).toBe(true);
    const state = await tabState(7);
    expect(state.analysis?.entities.some((e) => e.kbId === 'person-jeremy-corbyn')).toBe(true);
  }, 60_000);

  it('shows the cards first, then the claims and the timeline, and says so while they are coming', async () => {
    const states: TabState[] = [];
    vi.spyOn(sessionTabStates, 'set').mockImplementation(async (tabId, state) => {
      if (tabId === 5 && state.status === 'ready') states.push(state);
    });
    const dated = html.replace('</article>', '<p>Voters go to the polls on 12 December 2019.</p></article>');
    await sendPage(contentScript(5, URL_A), URL_A, dated, { force: true });
    const [first, last] = [states[0], states[states.length - 1]];
    expect(first.completing).toBe(true);
    expect(first.analysis?.entities.some((e) => e.card?.title === 'Boris Johnson')).toBe(true);
    expect(first.analysis?.claims).toEqual([]);
    expect(first.analysis?.timeline).toEqual([]);
    expect(last.completing).toBeUndefined();
    expect(last.analysis?.claims.some((c) => /failed the NHS/.test(c.text))).toBe(true);
    expect(last.analysis?.timeline.map((t) => t.date)).toContain('2019-12-12');
    const popupSees = await tabState(5);
    expect(popupSees.completing).toBeUndefined();
    expect(popupSees.analysis?.claims).toEqual(last.analysis?.claims);
    expect(popupSees.analysis?.timeline).toEqual(last.analysis?.timeline);
  }, 60_000);

  it('searches near misses at once once the worker is warm: no update follows', async () => {
    await sendPage(contentScript(8, URL_A), URL_A, html, { force: true });
    await vi.waitFor(() => expect(toTabs).toHaveLength(1), { timeout: 10_000 });
    const second = readyMarks(await sendPage(contentScript(9, URL_B), URL_B, html, { force: true }));
    expect(titles(second)).toContain('Jeremy Corbyn');
    await new Promise((r) => setTimeout(r, 50));
    expect(toTabs.filter((m) => m.tabId === 9)).toEqual([]);
  }, 60_000);
});

describe('completing the first analysis: the update replaces it unless the tab moved on', () => {
  const analysisWith = (entities: number, notes?: string[]): Analysis => ({
    article: { text: 'x', isNews: true, newsScore: 1 },
    entities: Array.from({ length: entities }, (_, i) => ({
      id: `e${i + 1}`,
      name: `Name ${i + 1}`,
      type: 'person' as const,
      confidence: 0.9,
      mentions: [],
    })),
    claims: [],
    timeline: [],
    related: [],
    ...(notes ? { notes } : {}),
  });
  const tabsShowing = (analysis: Analysis) => {
    let state: TabState = { status: 'ready', url: URL_A, analysis };
    return {
      current: () => state,
      set: async (_tabId: number, next: TabState) => void (state = next),
      shown: () => state.analysis,
      state: () => state,
    };
  };
  const job = (shown: Analysis, complete: () => Analysis) => ({
    tabId: 3,
    url: URL_A,
    shown,
    paragraphs: [],
    complete,
  });

  it('replaces the analysis when the update finds more', async () => {
    const shown = analysisWith(1);
    const tabs = tabsShowing(shown);
    const more = analysisWith(2);
    await completeNearMisses(
      { tabs: tabs as never },
      job(shown, () => more),
    );
    expect(tabs.shown()).toBe(more);
    expect(toTabs.map((m) => m.message.type)).toEqual(['updateMarks']);
  });

  it('shows an update that ran out of time with its note, as the first analysis would have', async () => {
    const shown = analysisWith(1);
    const tabs = tabsShowing(shown);
    const late = analysisWith(2, ['This page took too long to analyse.']);
    await completeNearMisses(
      { tabs: tabs as never },
      job(shown, () => late),
    );
    expect(tabs.shown()).toBe(late);
    expect(tabs.state().notes).toEqual(['This page took too long to analyse.']);
  });

  it('keeps the analysis when the tab shows a newer page, and stops saying an update is coming', async () => {
    const shown = analysisWith(1);
    const tabs = tabsShowing(shown);
    const newer = analysisWith(1);
    await tabs.set(3, { status: 'ready', url: URL_B, analysis: newer, completing: true });
    let redone = false;
    await completeNearMisses(
      { tabs: tabs as never },
      job(shown, () => ((redone = true), analysisWith(2))),
    );
    expect(tabs.shown()).toBe(newer);
    expect(tabs.state().completing).toBeUndefined();
    expect(redone).toBe(false);
    expect(toTabs).toEqual([]);
  });

  it('says the analysis is complete when the update finds nothing more, without touching the page', async () => {
    const shown = analysisWith(1);
    const tabs = tabsShowing(shown);
    await tabs.set(3, { status: 'ready', url: URL_A, analysis: shown, completing: true });
    await completeNearMisses(
      { tabs: tabs as never },
      job(shown, () => analysisWith(1)),
    );
    expect(tabs.shown()).toBe(shown);
    expect(tabs.state().completing).toBeUndefined();
    expect(toTabs).toEqual([]);
  });

  it('replaces the analysis when only its claims and timeline came later, and leaves the marks alone', async () => {
    const shown = analysisWith(1);
    const tabs = tabsShowing(shown);
    await tabs.set(3, { status: 'ready', url: URL_A, analysis: shown, completing: true });
    const whole: Analysis = {
      ...analysisWith(1),
      timeline: [{ date: '2024-03-01', text: 'on Friday', start: 0, end: 9 }],
    };
    await completeNearMisses(
      { tabs: tabs as never },
      job(shown, () => whole),
    );
    expect(tabs.shown()).toBe(whole);
    expect(tabs.state().completing).toBeUndefined();
    expect(toTabs).toEqual([]);
  });
});

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PAGE_HTML_CHARS } from '@/lib/analysis/validate';
import { ANALYSIS_INTERRUPTED, UPDATE_INTERRUPTED } from '@/lib/worker/tab-state';
import type { PageResult, TabState } from '@/lib/ext/protocol';
import { collapseWhitespace } from '@/lib/worker/page-marks';
import { startFreshBackground } from './fresh-background';
import { send, sendPage } from './send-page';

const html = (path: string) =>
  readFileSync(new URL(`../../../fixtures/site${path}`, import.meta.url), 'utf8');
const ORIGIN = 'http://127.0.0.1:4517';
const SEED_URL = `${ORIGIN}/news/labour-cyber-attack.html`;
const SECTION_URL = `${ORIGIN}/section/politics.html`;

const contentScript = (tabId: number, url: string, extra: object = {}) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url },
  frameId: 0,
  ...extra,
});
const popup = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/popup.html' };

const tabState = async (tabId: number) => {
  const reply = await send('getTabState', { tabId }, popup);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as TabState;
};

beforeEach(() => startFreshBackground('background-page'));

describe('the worker reads pages the content script serialised', () => {
  it('reads, extracts and analyses a news page, and returns the paragraphs for the highlights', async () => {
    const reply = await sendPage(
      contentScript(1, SEED_URL),
      SEED_URL,
      html('/news/labour-cyber-attack.html'),
      {
        partChars: 1000,
      },
    );
    expect(reply.ok).toBe(true);
    const result = (reply as { value: PageResult }).value;
    if (result.status !== 'ready') throw new Error('the seed page was not read as an article');
    // The page gets what it marks, small: where each mention is, and the cards behind them.
    const ncsc = result.marks.entities.find((e) => e.card?.title === 'National Cyber Security Centre');
    expect(ncsc && 'mentions' in ncsc).toBe(false);
    const ncscMarks = result.marks.mentions.filter((m) => m.entityId === ncsc?.id);
    expect(ncscMarks.map((m) => m.anchor.exact)).toContain('NCSC');
    // Each mark says where it is: its words, their context and their offset, in article order.
    const starts = result.marks.mentions.map((m) => m.anchor.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.marks.labels[ncsc!.id]).toMatch(/^National Cyber Security Centre/);
    // The popup gets the whole analysis.
    const { analysis } = await tabState(1);
    const text = collapseWhitespace(analysis!.article.text).text;
    for (const { anchor } of result.marks.mentions) {
      expect(text.slice(anchor.start, anchor.start + anchor.exact.length)).toBe(anchor.exact);
      expect(text.slice(0, anchor.start).endsWith(anchor.prefix)).toBe(true);
    }
    expect(analysis?.article.title).toBe('British security officials play down cyber attack on Labour');
    expect(analysis?.article.publishedAt?.slice(0, 16)).toBe('2019-11-13T14:38');
    expect((await tabState(1)).status).toBe('ready');
  });

  it('says why a section front is not an article, and the popup sees the same reasons', async () => {
    const reply = await sendPage(contentScript(2, SECTION_URL), SECTION_URL, html('/section/politics.html'));
    const result = (reply as { ok: true; value: PageResult }).value;
    expect(result.status).toBe('not-news');
    expect(result.status === 'not-news' && result.reasons.length).toBeGreaterThan(0);
    const state = await tabState(2);
    expect(state.status).toBe('not-news');
    expect(state.reasons).toEqual(result.status === 'not-news' ? result.reasons : []);
  });

  it('reads a section front anyway when the reader insists', async () => {
    const reply = await sendPage(contentScript(3, SECTION_URL), SECTION_URL, html('/section/politics.html'), {
      force: true,
    });
    expect(reply.ok && (reply.value as PageResult).status).toBe('ready');
  });

  it('leaves an article in German alone unless the reader insists, and says why', async () => {
    const german = html('/news/labour-cyber-attack.html')
      .replace('<html lang="en">', '<html lang="de">')
      .replace(
        /<div class="story-body">[\s\S]*?<\/div>/,
        `<div class="story-body">${'<p>Britische Sicherheitsbehörden haben am Dienstag mitgeteilt, dass ein versuchter Cyberangriff auf die oppositionelle Labour-Partei während des Wahlkampfs gescheitert sei. Das Zentrum für Cybersicherheit erklärte, die Partei habe die notwendigen Schritte unternommen.</p>'.repeat(8)}</div>`,
      );
    const reply = await sendPage(contentScript(9, SEED_URL), SEED_URL, german);
    const result = (reply as { ok: true; value: PageResult }).value;
    expect(result).toMatchObject({ status: 'not-news', language: 'de' });
    expect(result.status === 'not-news' && result.reasons[0]).toMatch(
      /^Not in English \(the page says de; \d+% English/,
    );
    expect((await tabState(9)).language).toBe('de');
    const forced = await sendPage(contentScript(9, SEED_URL), SEED_URL, german, { force: true });
    expect(forced.ok && (forced.value as PageResult).status).toBe('ready');
  });

  it('reads the first part of a page over the size limit, and tells the reader', async () => {
    const page = html('/news/labour-cyber-attack.html');
    const huge = page.replace('</body>', `<!--${'x'.repeat(MAX_PAGE_HTML_CHARS)}--></body>`);
    const reply = await sendPage(contentScript(4, SEED_URL), SEED_URL, huge, { partChars: 900_000 });
    expect(reply.ok && (reply.value as PageResult).status).toBe('ready');
    expect((await tabState(4)).notes?.[0]).toMatch(/very large.*only its first part was read/);
  });

  it('says so when parts are missing, and a new page from the tab replaces the old one', async () => {
    const sender = contentScript(7, SEED_URL);
    await send('pagePart', { pageId: 'a', index: 0, html: '<p>first half' }, sender);
    let reply = await send('analyzePage', { url: SEED_URL, pageId: 'a', parts: 2 }, sender);
    expect(!reply.ok && reply.error).toMatch(/incomplete \(1 of 2 parts missing\)\. Reload the page/);
    expect((await tabState(7)).status).toBe('error');
    await send('pagePart', { pageId: 'b', index: 0, html: html('/news/labour-cyber-attack.html') }, sender);
    reply = await send('analyzePage', { url: SEED_URL, pageId: 'a', parts: 1 }, sender);
    expect(!reply.ok && reply.error).toMatch(/did not arrive/);
    // Another tab's parts never mix with this tab's page.
    await send('pagePart', { pageId: 'c', index: 0, html: '<p>other tab</p>' }, contentScript(8, SEED_URL));
    await send('pagePart', { pageId: 'c', index: 0, html: html('/news/labour-cyber-attack.html') }, sender);
    reply = await send('analyzePage', { url: SEED_URL, pageId: 'c', parts: 1 }, sender);
    expect(reply.ok && (reply.value as PageResult).status).toBe('ready');
  });

  it('refuses hostile or malformed requests with a reason, and answers nothing it does not know', async () => {
    const ok = { url: SEED_URL, pageId: 'p1', parts: 0 };
    const cases: Array<[string, unknown, object, RegExp]> = [
      ['pagePart', { pageId: 'p1', index: 0, html: 42 }, contentScript(5, SEED_URL), /must be a string/],
      ['pagePart', { pageId: 'p1', index: -1, html: 'x' }, contentScript(5, SEED_URL), /index runs from 0/],
      ['pagePart', { pageId: '<script>', index: 0, html: 'x' }, contentScript(5, SEED_URL), /short word/],
      [
        'pagePart',
        { pageId: 'p1', index: 0, html: 'x'.repeat(1_000_001) },
        contentScript(5, SEED_URL),
        /at most 1 M/,
      ],
      ['analyzePage', { ...ok, url: 'javascript:alert(1)' }, contentScript(5, SEED_URL), /http\(s\) address/],
      ['analyzePage', { ...ok, parts: 1e9 }, contentScript(5, SEED_URL), /0 to 1000 parts/],
      ['analyzePage', null, contentScript(5, SEED_URL), /must be an object/],
      ['analyzePage', ok, contentScript(5, SEED_URL, { frameId: 3 }), /content script/],
      ['analyzePage', ok, { ...contentScript(5, SEED_URL), id: 'another-extension' }, /content script/],
      ['pagePart', { pageId: 'p1', index: 0, html: 'x' }, popup, /content script/],
      ['analyzePage', ok, popup, /content script/],
    ];
    for (const [type, payload, sender, error] of cases) {
      const reply = await send(type, payload, sender);
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(error);
    }
    // No message carries a ready-made article: nobody gets an analysis of text they made up.
    expect(await send('analyze', { article: { text: 'x' } }, contentScript(5, SEED_URL))).toBeUndefined();
  });

  it('an empty or broken page gives a clear not-an-article answer, never an exception', async () => {
    for (const broken of [
      '',
      '<html><frameset><frame src="a.html"></frameset></html>',
      '<<<>>><p',
      '\u0000\uFFFD',
    ]) {
      const reply = await sendPage(contentScript(6, SEED_URL), SEED_URL, broken);
      expect(reply.ok).toBe(true);
      expect((reply as { value: PageResult }).value.status).toBe('not-news');
    }
  });
});

describe('a worker the browser restarted mid-analysis', () => {
  it('an analysis the new worker never started is reported as interrupted, not as running for ever', async () => {
    // What the old worker left in session storage before the browser stopped it.
    await fakeBrowser.storage.session.set({
      'tab:41': { status: 'analysing', url: SEED_URL, since: Date.now() - 5_000 },
    });
    const state = await tabState(41);
    expect(state.status).toBe('error');
    expect(state.error).toBe(ANALYSIS_INTERRUPTED);
    expect(state.url).toBe(SEED_URL);
    // The page's resend (the content script retries once) is analysed as usual.
    const reply = await sendPage(
      contentScript(41, SEED_URL),
      SEED_URL,
      html('/news/labour-cyber-attack.html'),
    );
    expect(reply.ok && (reply.value as PageResult).status).toBe('ready');
    expect((await tabState(41)).status).toBe('ready');
  });

  it('a first analysis whose update was lost says what it lacks, and the popup stops waiting for it', async () => {
    const analysis = {
      article: { text: 'A short story.', isNews: true, newsScore: 1 },
      entities: [],
      claims: [],
      timeline: [],
      related: [],
    };
    await fakeBrowser.storage.session.set({
      'tab:42': { status: 'ready', url: SEED_URL, analysis, completing: true },
    });
    const state = await tabState(42);
    expect(state.status).toBe('ready');
    expect(state.completing).toBeUndefined();
    expect(state.notes).toEqual([UPDATE_INTERRUPTED]);
  });
});

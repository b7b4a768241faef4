// @vitest-environment happy-dom
/**
 * The content script's session against a stub worker: where it watches the page for added content (only
 * where the extension is on), and how it survives the worker restarting in the middle of an analysis.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startContentSession, type CardLayer } from '@/lib/content/content-session';
import type { PageResult } from '@/lib/ext/protocol';
import { saveSettings } from '@/lib/ext/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const ARTICLE_URL = 'https://news.example/2024/05/01/labour-cyber-attack';
const HOME_URL = 'https://news.example/';

/** Counts MutationObservers that are watching (observe() called, disconnect() not yet). */
let watching = 0;
const RealObserver = window.MutationObserver;
class CountingObserver extends RealObserver {
  private on = false;
  override observe(target: Node, options?: MutationObserverInit) {
    if (!this.on) watching++;
    this.on = true;
    super.observe(target, options);
  }
  override disconnect() {
    if (this.on) watching--;
    this.on = false;
    super.disconnect();
  }
}

const noLayer = async (): Promise<CardLayer> => ({
  show: () => undefined,
  focus: () => undefined,
  hide: () => undefined,
  contains: () => false,
  destroy: () => undefined,
});

/** What the stub worker was asked, and how it answers analyzePage (default: not news). */
let sent: Array<{ type: string; payload: unknown }> = [];
let answer: (n: number) => Promise<unknown> = async () => ({ ok: true, value: NOT_NEWS });
const NOT_NEWS: PageResult = { status: 'not-news', reasons: ['stub'] };
const READY: PageResult = {
  status: 'ready',
  marks: { entities: [], targets: [], anchors: [] } as unknown as Extract<
    PageResult,
    { status: 'ready' }
  >['marks'],
};

let controller: AbortController;
const start = (extra: { notNewsWatchMs?: number } = {}) =>
  startContentSession({ doc: document, signal: controller.signal, createCardLayer: noLayer, ...extra });
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

function page(url: string, article: boolean) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.head.innerHTML = article ? '<meta property="og:type" content="article">' : '';
  document.body.innerHTML = article
    ? `<article><h1>Labour hit by attack</h1>${'<p>The NCSC said the attack on Labour failed.</p>'.repeat(6)}</article>`
    : '<nav><a href="/">Home</a></nav><div id="feed"></div>';
}

beforeEach(async () => {
  fakeBrowser.reset();
  window.MutationObserver = CountingObserver as typeof MutationObserver;
  watching = 0;
  sent = [];
  controller = new AbortController();
  let analyses = 0;
  fakeBrowser.runtime.sendMessage = (async (message: { type: string; payload: unknown }) => {
    sent.push(message);
    if (message.type === 'analyzePage') return answer(++analyses);
    return { ok: true, value: null };
  }) as typeof fakeBrowser.runtime.sendMessage;
});
afterEach(() => {
  controller.abort();
  window.MutationObserver = RealObserver;
});

const save = (patch: Partial<Settings>) => saveSettings({ ...DEFAULT_SETTINGS, ...patch });

describe('content session: the page is watched only where the extension is on', () => {
  it('on a site the reader turned off, nothing is sent and no observer runs', async () => {
    page(ARTICLE_URL, true);
    await save({ sites: { mode: 'news', enabledFor: [], disabledFor: ['news.example'] } });
    await start();
    await settle(20);
    expect(watching).toBe(0);
    expect(sent.map((m) => m.type)).toEqual(['pageStatus']);
  });

  it('with the extension off everywhere (and this site not allowed), no observer runs', async () => {
    page(ARTICLE_URL, true);
    await save({ sites: { mode: 'off', enabledFor: [], disabledFor: [] } });
    await start();
    expect(watching).toBe(0);
  });

  it('on a page that is not an article, the observer waits a short while for a late story, then stops', async () => {
    page(HOME_URL, false);
    await start({ notNewsWatchMs: 80 });
    expect(watching).toBe(1); // a story a script renders late still gets its look
    await settle(200);
    expect(watching).toBe(0);
  });

  it('a story a script renders late, inside that while, is still read', async () => {
    page(HOME_URL, false);
    await start({ notNewsWatchMs: 10_000 });
    expect(sent.some((m) => m.type === 'analyzePage')).toBe(false);
    const story = document.createElement('article');
    story.innerHTML = '<p>The NCSC said the attack on Labour had failed, and GCHQ agreed.</p>'.repeat(12);
    document.body.append(story);
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'analyzePage')).toBe(true), {
      timeout: 5_000,
    });
  });

  it('on an analysed article the observer runs, and stops when the reader turns the site off', async () => {
    page(ARTICLE_URL, true);
    answer = async () => ({ ok: true, value: READY });
    await start();
    expect(sent.some((m) => m.type === 'analyzePage')).toBe(true);
    expect(watching).toBe(1);
    await save({ sites: { mode: 'news', enabledFor: [], disabledFor: ['news.example'] } });
    await settle(20);
    expect(watching).toBe(0);
  });
});

describe('content session: a worker restart during an analysis', () => {
  it('the page is sent again, once, when the worker went away mid-analysis', async () => {
    page(ARTICLE_URL, true);
    answer = async (n) => {
      if (n === 1) throw new Error('The message port closed before a response was received.');
      return { ok: true, value: READY };
    };
    await start();
    const analyses = sent.filter((m) => m.type === 'analyzePage');
    expect(analyses).toHaveLength(2);
    // The second try is a new page id: the new worker has none of the first one's parts.
    const ids = analyses.map((m) => (m.payload as { pageId: string }).pageId);
    expect(new Set(ids).size).toBe(2);
    expect(watching).toBe(1); // the retry's result was used
  });

  it('the worker lost the parts (it restarted between them): sent again once', async () => {
    page(ARTICLE_URL, true);
    answer = async (n) =>
      n === 1
        ? {
            ok: false,
            error: 'The page did not arrive (the browser may have restarted the worker). Reload the page.',
          }
        : { ok: true, value: READY };
    await start();
    expect(sent.filter((m) => m.type === 'analyzePage')).toHaveLength(2);
  });

  it('retried once only, and not at all for a refusal that a retry cannot change', async () => {
    page(ARTICLE_URL, true);
    answer = async () => {
      throw new Error('The message port closed before a response was received.');
    };
    await start();
    expect(sent.filter((m) => m.type === 'analyzePage')).toHaveLength(2);
    sent = [];
    controller.abort();
    controller = new AbortController();
    answer = async () => ({
      ok: false,
      error: 'This page asked to be analysed more than 6 times in a minute.',
    });
    await start();
    expect(sent.filter((m) => m.type === 'analyzePage')).toHaveLength(1);
  });
});

describe('content session: marks the worker updates after its first answer', () => {
  const marksFor = (entityId: string, exact: string, prefix: string, suffix: string) => ({
    entities: [{ id: entityId, name: exact, type: 'organization', confidence: 0.9 }],
    labels: { [entityId]: `${exact}: context card available` },
    mentions: [{ entityId, anchor: { exact, prefix, suffix, start: 0 } }],
  });
  const marked = () =>
    [...document.querySelectorAll('[data-fc-entity]')].map((m) => [
      m.getAttribute('data-fc-entity'),
      m.textContent,
    ]);
  const fromWorker = (message: unknown) =>
    (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(message, {
      id: fakeBrowser.runtime.id,
    });

  it('replaces the marks of the page it was sent for, and ignores an update for another page', async () => {
    page(ARTICLE_URL, true);
    answer = async () => ({
      ok: true,
      value: { status: 'ready', marks: marksFor('e1', 'NCSC', 'The ', ' said the attack') },
    });
    await start();
    await vi.waitFor(() => expect(marked().length).toBeGreaterThan(0));
    expect(new Set(marked().map(([id, text]) => `${id}:${text}`))).toEqual(new Set(['e1:NCSC']));
    await fromWorker({
      type: 'updateMarks',
      payload: { url: 'https://news.example/other-story', marks: marksFor('e9', 'Labour', 'on ', ' failed') },
    });
    expect(new Set(marked().map(([id]) => id))).toEqual(new Set(['e1']));
    const [reply] = await fromWorker({
      type: 'updateMarks',
      payload: { url: ARTICLE_URL, marks: marksFor('e2', 'Labour', 'attack on ', ' failed') },
    });
    expect(reply).toEqual({ ok: true, value: null });
    await vi.waitFor(() =>
      expect(new Set(marked().map(([id, text]) => `${id}:${text}`))).toEqual(new Set(['e2:Labour'])),
    );
  });

  it('refuses marks in the wrong shape', async () => {
    page(ARTICLE_URL, true);
    answer = async () => ({ ok: true, value: READY });
    await start();
    const [reply] = await fromWorker({
      type: 'updateMarks',
      payload: { url: ARTICLE_URL, marks: { entities: 3 } },
    });
    expect(reply).toMatchObject({ ok: false });
  });
});

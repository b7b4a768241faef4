import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createMessageListener,
  isExtensionPage,
  isOwnContentScript,
  route,
  type Handlers,
} from '@/lib/ext/messaging';
import { CONTENT_TO_WORKER, OPTIONS_TO_WORKER, POPUP_TO_WORKER, WORKER_TO_CONTENT } from '@/lib/ext/protocol';

describe('createMessageListener', () => {
  beforeEach(() => fakeBrowser.reset());
  const sender = {
    id: fakeBrowser.runtime.id,
    tab: { id: 7, url: 'https://news.example/a' },
    frameId: 0,
  } as never;
  const fromPopup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') } as never;
  const popupRoute = (getTabState: Handlers<typeof POPUP_TO_WORKER>['getTabState']) =>
    route({
      from: () => true,
      refusal: () => 'refused',
      messages: POPUP_TO_WORKER,
      handlers: { getTabState } as Handlers<typeof POPUP_TO_WORKER>,
    });

  it('dispatches a known message with its checked payload and wraps the value', async () => {
    const listener = createMessageListener(
      popupRoute(({ tabId }) => ({ status: 'unknown', url: `tab ${tabId}` })),
    );
    await expect(
      listener({ type: 'getTabState', payload: { tabId: 3, extra: '<img>' } }, sender),
    ).resolves.toEqual({
      ok: true,
      value: { status: 'unknown', url: 'tab 3' },
    });
  });

  it('answers a payload that fails its message’s check with the reason, and never runs the handler', async () => {
    let ran = 0;
    const listener = createMessageListener(popupRoute(() => (ran++, { status: 'unknown' })));
    for (const payload of [{}, { tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, null, 'x']) {
      const reply = await listener({ type: 'getTabState', payload }, sender);
      expect(reply).toEqual({ ok: false, error: "Invalid 'getTabState': tabId must be a tab number." });
      expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    }
    expect(ran).toBe(0);
  });

  it('turns thrown errors into {ok: false, error} replies that serialise', async () => {
    const listener = createMessageListener(
      popupRoute(() => {
        throw new Error('The tab closed.');
      }),
    );
    const reply = await listener({ type: 'getTabState', payload: { tabId: 1 } }, sender);
    expect(reply).toEqual({ ok: false, error: 'The tab closed.' });
  });

  it('routes a message by its sender and refuses a sender no route accepts', async () => {
    const listener = createMessageListener(
      route({
        from: isExtensionPage,
        refusal: () => 'pages only',
        messages: POPUP_TO_WORKER,
        handlers: { openCard: ({ tabId }: { tabId: number }) => ({ id: `page ${tabId}` }) } as never,
      }),
      route({
        from: isOwnContentScript,
        refusal: () => 'content only',
        messages: CONTENT_TO_WORKER,
        handlers: {
          openCard: ({ entityId }: { entityId: string }) => ({ id: `content ${entityId}` }),
        } as never,
      }),
    );
    const open = { type: 'openCard', payload: { entityId: 'e1', tabId: 4 } };
    expect(await listener(open, fromPopup)).toEqual({ ok: true, value: { id: 'page 4' } });
    expect(await listener(open, sender)).toEqual({ ok: true, value: { id: 'content e1' } });
    expect(await listener(open, { id: 'another-extension' } as never)).toEqual({
      ok: false,
      error: 'pages only',
    });
    // The popup must say which tab: its check differs from the content script's.
    expect(await listener({ type: 'openCard', payload: { entityId: 'e1' } }, fromPopup)).toEqual({
      ok: false,
      error: "Invalid 'openCard': tabId must be a tab number.",
    });
  });

  it('ignores hostile or unknown messages without replying', () => {
    const listener = createMessageListener(popupRoute(() => ({ status: 'unknown' })));
    for (const message of [
      null,
      'getTabState',
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'unknown' },
      // Known to the protocol, but this listener has no handler for it.
      { type: 'analyzeTab', payload: { tabId: 1, force: true } },
      [1],
    ]) {
      expect(listener(message, sender)).toBeUndefined();
    }
  });
});

describe('the protocol’s checks', () => {
  const maps = { ...CONTENT_TO_WORKER, ...POPUP_TO_WORKER, ...OPTIONS_TO_WORKER, ...WORKER_TO_CONTENT };

  it('gives every message a check that refuses a payload of the wrong shape or reads nothing from it', () => {
    let refused = 0;
    for (const [type, spec] of Object.entries(maps)) {
      for (const hostile of [42, 'x', [1], { tabId: 'all', entityId: 7, url: 1 }]) {
        const checked = spec.check(hostile);
        if (checked.ok) expect([{}, { force: false }], type).toContainEqual(checked.value);
        else refused++;
      }
    }
    expect(refused).toBeGreaterThan(30);
  });

  it('keeps what a page sends within bounds', () => {
    const status = CONTENT_TO_WORKER.pageStatus.check({
      status: 'not-news',
      reasons: ['a', 1, ...Array(30).fill('b')],
    });
    expect(status.ok && status.value.reasons).toHaveLength(20);
    expect(CONTENT_TO_WORKER.pageStatus.check({ status: 'ready' })).toEqual({
      ok: false,
      error: "A page status is 'not-news' or 'disabled'.",
    });
    const card = CONTENT_TO_WORKER.openCard.check({ entityId: 'x'.repeat(500) });
    expect(card.ok && card.value.entityId).toHaveLength(40);
    expect(POPUP_TO_WORKER.setSiteEnabled.check({ url: 'https://a.example/', enabled: 'yes' }).ok).toBe(
      false,
    );
    expect(WORKER_TO_CONTENT.runAnalysis.check({ force: 'true' })).toEqual({
      ok: true,
      value: { force: false },
    });
  });
});

describe('sender checks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts the content script only from a tab’s top frame of this extension', () => {
    const id = fakeBrowser.runtime.id;
    expect(isOwnContentScript({ id, tab: { id: 1 } as never, frameId: 0 })).toBe(true);
    expect(isOwnContentScript({ id, tab: { id: 1 } as never, frameId: 3 })).toBe(false);
    expect(isOwnContentScript({ id: 'other-extension', tab: { id: 1 } as never, frameId: 0 })).toBe(false);
    expect(isOwnContentScript({ id })).toBe(false);
  });

  it('accepts extension pages only from this extension’s own URLs', () => {
    const id = fakeBrowser.runtime.id;
    const page = fakeBrowser.runtime.getURL('/popup.html');
    expect(isExtensionPage({ id, url: page })).toBe(true);
    expect(
      isExtensionPage({
        id,
        url: 'https://evil.example/popup.html',
        tab: { url: 'https://evil.example/' } as never,
      }),
    ).toBe(false);
    expect(isExtensionPage({ id: 'other', url: page })).toBe(false);
  });
});

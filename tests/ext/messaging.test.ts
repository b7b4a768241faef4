import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener, isExtensionPage, isOwnContentScript } from '@/lib/ext/messaging';
import type { BackgroundProtocol } from '@/lib/ext/protocol';

describe('createMessageListener', () => {
  beforeEach(() => fakeBrowser.reset());
  const sender = {
    id: fakeBrowser.runtime.id,
    tab: { id: 7, url: 'https://news.example/a' },
    frameId: 0,
  } as never;

  it('dispatches a known message and wraps the value', async () => {
    const listener = createMessageListener<BackgroundProtocol>({
      getTabState: ({ tabId }) => ({ status: 'unknown', url: `tab ${tabId}` }),
    });
    await expect(listener({ type: 'getTabState', payload: { tabId: 3 } }, sender)).resolves.toEqual({
      ok: true,
      value: { status: 'unknown', url: 'tab 3' },
    });
  });

  it('turns thrown errors into {ok: false, error} replies that serialise', async () => {
    const listener = createMessageListener<BackgroundProtocol>({
      getTabState: () => {
        throw new Error('tabId must be a tab number.');
      },
    });
    const reply = await listener({ type: 'getTabState', payload: {} }, sender);
    expect(reply).toEqual({ ok: false, error: 'tabId must be a tab number.' });
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('ignores hostile or unknown messages without replying', () => {
    const listener = createMessageListener<BackgroundProtocol>({
      getTabState: () => ({ status: 'unknown' }),
    });
    for (const message of [
      null,
      'getTabState',
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'unknown' },
      [1],
    ]) {
      expect(listener(message, sender)).toBeUndefined();
    }
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

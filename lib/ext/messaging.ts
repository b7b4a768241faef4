/**
 * Typed sending and handling of the protocol in ./protocol.ts. Handlers return values or throw;
 * the wire carries `{ok, value}` or `{ok: false, error}` because Errors do not serialise.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol, ReplyOf, Reply, RequestOf } from './protocol';

type Sender = Browser.runtime.MessageSender;
type Handlers<P> = {
  [K in keyof P]?: (payload: RequestOf<P, K>, sender: Sender) => Promise<ReplyOf<P, K>> | ReplyOf<P, K>;
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unwrap<T>(reply: unknown, type: string): T {
  if (!isRecord(reply) || typeof reply.ok !== 'boolean') {
    throw new Error(`No valid reply to '${type}': is the extension's background running? Reload the page.`);
  }
  if (!reply.ok) throw new Error(String(reply.error ?? 'Unknown error'));
  return reply.value as T;
}

/** Send a message to the background worker and return its reply (throws the reply's error). */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ReplyOf<BackgroundProtocol, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }), type);
}

/** Send a message to a tab's content script (top frame) and return its reply. */
export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ReplyOf<ContentProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }), type);
}

/**
 * Build a runtime.onMessage listener that dispatches to typed handlers. Unknown or malformed messages are
 * ignored (no reply), so other listeners and hostile pages get nothing.
 */
export function createMessageListener<P>(handlers: Handlers<P>) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (!isRecord(message) || typeof message.type !== 'string' || !Object.hasOwn(handlers, message.type)) {
      return undefined;
    }
    const handler = handlers[message.type as keyof P] as
      ((payload: unknown, sender: Sender) => Promise<unknown> | unknown) | undefined;
    if (!handler) return undefined;
    return (async () => {
      try {
        return { ok: true as const, value: await handler(message.payload, sender) };
      } catch (error) {
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}

/** Is the sender one of this extension's own pages (popup, options), not a content script or another extension? */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('/');
  return (
    typeof sender.url === 'string' && sender.url.startsWith(base) && !sender.tab?.url?.startsWith('http')
  );
}

/** Is the sender this extension's content script in the top frame of a web page tab? */
export function isOwnContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return (
    sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0
  );
}

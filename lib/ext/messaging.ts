/**
 * Typed sending and checked handling of the protocol in ./protocol.ts. Handlers return values or throw;
 * the wire carries `{ok, value}` or `{ok: false, error}` because Errors do not serialise.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  WORKER_TO_CONTENT,
  type BackgroundProtocol,
  type ContentProtocol,
  type MessageMap,
  type ProtocolOf,
  type ReplyOf,
  type Reply,
  type RequestOf,
} from './protocol';
import { isRecord } from '@/lib/contract/is-record';

/** Who sent a message, as the browser says. */
export type Sender = Browser.runtime.MessageSender;

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

/** Handlers for one direction of the protocol: each gets the checked payload and the sender. */
export type Handlers<M extends MessageMap> = {
  [K in keyof M]: (
    payload: RequestOf<ProtocolOf<M>, K>,
    sender: Sender,
  ) => Promise<ReplyOf<ProtocolOf<M>, K>> | ReplyOf<ProtocolOf<M>, K>;
};

/** One direction of the protocol as a listener takes it: who may send, what, and who answers. */
export interface Route<M extends MessageMap> {
  /** Is this sender allowed to send these messages? */
  from: (sender: Sender) => boolean;
  /** The error a sender that is not allowed gets. */
  refusal: (type: string) => string;
  messages: M;
  handlers: Handlers<M>;
}

/** A route whose message map is no longer known to the type system (a listener takes several). */
type AnyRoute = Route<MessageMap>;
/** Erase a route's message map, so one listener can take routes for several directions. */
export const route = <M extends MessageMap>(r: Route<M>): AnyRoute => r as unknown as AnyRoute;

/**
 * Build a runtime.onMessage listener over the routes of the directions a process listens to. A message is
 * handled by the first route that has it and accepts its sender, after its payload passed the message's
 * check; a known message from a sender no route accepts, or with a payload that fails its check, is answered
 * with an error. Unknown or malformed messages are ignored (no reply), so other listeners and hostile pages
 * get nothing.
 */
export function createMessageListener(...routes: AnyRoute[]) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (!isRecord(message) || typeof message.type !== 'string') return undefined;
    const type = message.type;
    const known = routes.filter((r) => Object.hasOwn(r.messages, type) && Object.hasOwn(r.handlers, type));
    if (!known.length) return undefined;
    return (async () => {
      try {
        const chosen = known.find((r) => r.from(sender));
        if (!chosen) throw new Error(known[0]!.refusal(type));
        const checked = chosen.messages[type]!.check(message.payload);
        if (!checked.ok) throw new Error(`Invalid '${type}': ${checked.error}`);
        return { ok: true as const, value: await chosen.handlers[type]!(checked.value as never, sender) };
      } catch (error) {
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}

/** The content script's listener for what the worker (the popup, through it) asks of the page. */
export function createContentListener(handlers: Handlers<typeof WORKER_TO_CONTENT>) {
  return createMessageListener(
    route({
      from: (sender) => sender.id === browser.runtime.id,
      refusal: () => 'Only Fact Context may ask this page.',
      messages: WORKER_TO_CONTENT,
      handlers,
    }),
  );
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

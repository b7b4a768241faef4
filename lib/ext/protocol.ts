/**
 * The one message protocol between the content script, the background worker and the extension pages: a
 * message map per direction, each message with the check its payload must pass before any handler sees it.
 * Payloads come from other processes and are untrusted; a check returns the payload in a safe shape or says
 * what was wrong. Replies carry errors as data.
 */
import type { Analysis, EntitySummary } from '@/lib/contract/types';
import type { PageMarks } from '@/lib/contract/marks';
import { isRecord } from '@/lib/contract/is-record';
import { validatePagePart, validatePageRequest, type Checked } from '@/lib/analysis/validate';
import type { RequestLogEntry } from '@/lib/kb/enrich';
import type { Settings } from '@/lib/settings';

/** What the popup shows for a tab. */
export type TabStatus = 'unknown' | 'analysing' | 'ready' | 'not-news' | 'disabled' | 'error';

/** The background's knowledge of one tab. */
export interface TabState {
  status: TabStatus;
  url?: string;
  analysis?: Analysis;
  /** For 'not-news': why detection said no. */
  reasons?: string[];
  /** For 'not-news': the article's language when it is an article in another language than English. */
  language?: string;
  /** For 'error': what went wrong and what to do. */
  error?: string;
  /** How long the analysis took in the worker (ms). */
  elapsedMs?: number;
  /** For 'analysing': when it started (ms since the epoch), so the popup can tell a long wait from a lost one. */
  since?: number;
  /** For 'ready': what the reader should know about a partial reading (e.g. a page too large to read whole). */
  notes?: string[];
  /** For 'ready': the popup sections the reader's settings switched on when the worker read the page. */
  sections?: { claims: boolean; timeline: boolean; related: boolean };
  /**
   * For 'ready': an update is on its way (the worker's first analysis after it starts shows the cards, then
   * completes the timeline, claims, related coverage and near misses): the popup asks again shortly.
   */
  completing?: boolean;
}

/** What related coverage remembers, for the options page. */
export interface RelatedCounts {
  /** Articles in the reading history. */
  history: number;
  /** Items from subscribed feeds. */
  feed: number;
}

/** The outcome of polling one feed, for the options page. */
export interface FeedCheck {
  url: string;
  status: 'updated' | 'not-modified' | 'failed' | 'not-due';
  items?: number;
  error?: string;
}

/** What the worker made of a page: the analysis, or why the page was not taken for an article. */
export type PageResult =
  { status: 'ready'; marks: PageMarks } | { status: 'not-news'; reasons: string[]; language?: string };

/** A reply: the value, or an error message a person can act on. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * One message: the check its payload must pass (beside the message, so no handler sees an unchecked
 * payload) and, as a type only, its request and reply.
 */
export interface MessageSpec<Req, Rep> {
  check: (raw: unknown) => Checked<Req>;
  /** Never set: carries the reply type. */
  readonly reply?: Rep;
  /** Never set: carries the request type. */
  readonly request?: Req;
}

/** A map of message names to their specs: one direction of the protocol. */
export type MessageMap = Record<string, MessageSpec<unknown, unknown>>;

const message = <Req, Rep>(check: (raw: unknown) => Checked<Req>): MessageSpec<Req, Rep> => ({ check });

const fail = (error: string) => ({ ok: false as const, error });
const pass = <T>(value: T) => ({ ok: true as const, value });

/** A payload that carries nothing: absent or an object. */
const checkEmpty = (raw: unknown): Checked<Record<string, never>> =>
  raw === undefined || raw === null || isRecord(raw) ? pass({}) : fail('This message carries no payload.');

/** A tab the reader's page asks about. */
function checkTabId(raw: unknown): Checked<number> {
  const tabId = isRecord(raw) ? raw.tabId : undefined;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)
    return fail('tabId must be a tab number.');
  return pass(tabId);
}

/** Longest entity id a message may name (the KB's ids are far shorter). */
const MAX_ENTITY_ID = 40;

/** An entity of the tab's analysis, named by its id. */
function checkEntityId(raw: unknown, needs: string): Checked<string> {
  const entityId =
    isRecord(raw) && typeof raw.entityId === 'string' ? raw.entityId.slice(0, MAX_ENTITY_ID) : '';
  return entityId ? pass(entityId) : fail(`${needs} needs {entityId: string}.`);
}

/** Most reasons a page status may carry. */
const MAX_REASONS = 20;

function checkPageStatus(
  raw: unknown,
): Checked<{ status: 'not-news' | 'disabled'; url?: string; reasons: string[] }> {
  if (!isRecord(raw)) return fail('A page status must be an object.');
  if (raw.status !== 'not-news' && raw.status !== 'disabled')
    return fail("A page status is 'not-news' or 'disabled'.");
  if (raw.reasons !== undefined && !Array.isArray(raw.reasons))
    return fail('Reasons must be a list of strings.');
  const reasons = ((raw.reasons as unknown[] | undefined) ?? [])
    .filter((r): r is string => typeof r === 'string')
    .slice(0, MAX_REASONS);
  return pass({ status: raw.status, url: typeof raw.url === 'string' ? raw.url : undefined, reasons });
}

/** Marks for a page, in the shape the content script reads (the worker's own message, checked all the same). */
function checkMarksUpdate(raw: unknown): Checked<{ url: string; marks: PageMarks }> {
  const marks = isRecord(raw) ? raw.marks : undefined;
  if (!isRecord(raw) || typeof raw.url !== 'string' || !isRecord(marks))
    return fail('updateMarks needs {url: string, marks: {entities, labels, mentions}}.');
  if (!Array.isArray(marks.entities) || !Array.isArray(marks.mentions) || !isRecord(marks.labels))
    return fail('updateMarks needs marks with entities and mentions lists and a labels object.');
  return pass({ url: raw.url, marks: marks as unknown as PageMarks });
}

/** Content script → worker: the page, its status, and the cards the reader opens. */
export const CONTENT_TO_WORKER = {
  /**
   * One part of the page's HTML (as the browser rendered it). A page goes in parts because copying one
   * large message holds the page's main thread; a new `pageId` starts over.
   */
  pagePart: message<{ pageId: string; index: number; html: string }, null>(validatePagePart),
  /**
   * The parts of `pageId` are all sent: read the page and analyse it for the sender's tab if it is an
   * article or `force` is set. Parsing and extraction happen in the worker, off the page's main thread.
   */
  analyzePage: message<{ url: string; pageId: string; parts: number; force?: boolean }, PageResult>(
    validatePageRequest,
  ),
  /** This page was not analysed (not news, or the site is off); the worker takes the URL from the tab. */
  pageStatus: message<{ status: 'not-news' | 'disabled'; url?: string; reasons?: string[] }, null>(
    checkPageStatus,
  ),
  /**
   * The reader opened an entity's card on the page. The worker asks the online sources the reader switched
   * on (never for a private tab) and replies the entity with its enriched card, or null when nothing is on
   * or nothing trustworthy was found.
   */
  openCard: message<{ entityId: string }, EntitySummary | null>((raw) => {
    const id = checkEntityId(raw, 'openCard');
    return id.ok ? pass({ entityId: id.value }) : id;
  }),
  /**
   * "Wrong card?" on an entity's card on the page: the worker remembers that this name on this site is not
   * that entry, takes the card off the tab's analysis and replies the tab's new state.
   */
  reportWrongCard: message<{ entityId: string }, TabState>((raw) => {
    const id = checkEntityId(raw, 'reportWrongCard');
    return id.ok ? pass({ entityId: id.value }) : id;
  }),
};

/** Popup → worker: a tab's state, analysing it, switching its site, its cards and related coverage. */
export const POPUP_TO_WORKER = {
  /** The state of a tab (cached analysis first). */
  getTabState: message<{ tabId: number }, TabState>((raw) => {
    const tab = checkTabId(raw);
    return tab.ok ? pass({ tabId: tab.value }) : tab;
  }),
  /** Ask the tab's content script to analyse, with `force` even a page that is not news. */
  analyzeTab: message<{ tabId: number; force: boolean }, TabState>((raw) => {
    const tab = checkTabId(raw);
    return tab.ok ? pass({ tabId: tab.value, force: isRecord(raw) && raw.force === true }) : tab;
  }),
  /** Switch the extension on or off for a site. */
  setSiteEnabled: message<{ url: string; enabled: boolean }, Settings>((raw) =>
    isRecord(raw) && typeof raw.url === 'string' && typeof raw.enabled === 'boolean'
      ? pass({ url: raw.url, enabled: raw.enabled })
      : fail('setSiteEnabled needs {url: string, enabled: boolean}.'),
  ),
  /** The reader opened an entity's card in the popup: as the content script's `openCard`, for `tabId`. */
  openCard: message<{ entityId: string; tabId: number }, EntitySummary | null>((raw) => {
    const id = checkEntityId(raw, 'openCard');
    if (!id.ok) return id;
    const tab = checkTabId(raw);
    return tab.ok ? pass({ entityId: id.value, tabId: tab.value }) : tab;
  }),
  /**
   * Search the news indexes the reader switched on (GDELT, Google News) for other reports of the tab's
   * article; replies the tab's state with the results ranked into its related coverage.
   */
  searchRelated: message<{ tabId: number }, TabState>((raw) => {
    const tab = checkTabId(raw);
    return tab.ok ? pass({ tabId: tab.value }) : tab;
  }),
  /** "Wrong card?" in the popup: as the content script's `reportWrongCard`, for `tabId`. */
  reportWrongCard: message<{ entityId: string; tabId: number }, TabState>((raw) => {
    const id = checkEntityId(raw, 'reportWrongCard');
    if (!id.ok) return id;
    const tab = checkTabId(raw);
    return tab.ok ? pass({ entityId: id.value, tabId: tab.value }) : tab;
  }),
};

/** Options page → worker: what the worker keeps (history, feeds, the request log). */
export const OPTIONS_TO_WORKER = {
  /** How many articles and feed items related coverage remembers. */
  getRelatedCounts: message<Record<string, never>, RelatedCounts>(checkEmpty),
  /** Forget the whole reading history (feed items stay), online answers and the request log; replies the new counts. */
  clearHistory: message<Record<string, never>, RelatedCounts>(checkEmpty),
  /** Poll the subscribed feeds that are due now (a new subscription is). */
  checkFeeds: message<Record<string, never>, FeedCheck[]>(checkEmpty),
  /** Every online request logged so far, oldest first (enrichment, news search and feeds share the log). */
  getRequestLog: message<Record<string, never>, RequestLogEntry[]>(checkEmpty),
};

/** Worker → content script: what the popup asks of the page. */
export const WORKER_TO_CONTENT = {
  /** Analyse this page again; with force, whatever detection said ("Analyse anyway"). */
  runAnalysis: message<{ force: boolean }, null>((raw) =>
    pass({ force: isRecord(raw) && raw.force === true }),
  ),
  /**
   * New marks for the page at `url`: the worker's first analysis after a cold start left near misses for later
   * (lib/worker/near-miss-update.ts), and completing them changed what the page shows.
   */
  updateMarks: message<{ url: string; marks: PageMarks }, null>(checkMarksUpdate),
  /** Scroll to and focus the first highlighted mention of an entity. */
  scrollToEntity: message<{ entityId: string }, boolean>((raw) => {
    const id = checkEntityId(raw, 'scrollToEntity');
    return id.ok ? pass({ entityId: id.value }) : id;
  }),
};

/** The request and reply types of a message map. */
export type ProtocolOf<M> = {
  [K in keyof M]: M[K] extends MessageSpec<infer Q, infer R> ? { request: Q; reply: R } : never;
};

export type ContentToWorker = ProtocolOf<typeof CONTENT_TO_WORKER>;
export type PopupToWorker = ProtocolOf<typeof POPUP_TO_WORKER>;
export type OptionsToWorker = ProtocolOf<typeof OPTIONS_TO_WORKER>;
/** Messages handled by the content script. */
export type ContentProtocol = ProtocolOf<typeof WORKER_TO_CONTENT>;

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

/** Messages the extension's pages (popup and options) send the worker. */
export type ExtensionPageToWorker = PopupToWorker & OptionsToWorker;

/**
 * Everything the worker handles, as a sender sees it: a message both the content script and the pages
 * send (`openCard`) takes either request.
 */
export type BackgroundProtocol = {
  [K in keyof ContentToWorker | keyof ExtensionPageToWorker]: {
    request:
      | (K extends keyof ContentToWorker ? RequestOf<ContentToWorker, K> : never)
      | (K extends keyof ExtensionPageToWorker ? RequestOf<ExtensionPageToWorker, K> : never);
    reply:
      | (K extends keyof ContentToWorker ? ReplyOf<ContentToWorker, K> : never)
      | (K extends keyof ExtensionPageToWorker ? ReplyOf<ExtensionPageToWorker, K> : never);
  };
};

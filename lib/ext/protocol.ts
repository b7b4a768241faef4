/**
 * The one message protocol between the content script, the background worker and the extension pages.
 * Each message has a request and a reply type; replies carry errors as data.
 */
import type { Analysis, EntitySummary } from '@/lib/contract/types';
import type { PageMarks } from '@/lib/contract/marks';
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
  /** For 'ready': what the reader should know about a partial reading (e.g. a page too large to read whole). */
  notes?: string[];
  /** For 'ready': the popup sections the reader's settings switched on when the worker read the page. */
  sections?: { claims: boolean; timeline: boolean; related: boolean };
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

/** Messages handled by the background worker. */
export interface BackgroundProtocol {
  /**
   * Content script → worker: one part of the page's HTML (as the browser rendered it). A page goes in
   * parts because copying one large message holds the page's main thread; a new `pageId` starts over.
   */
  pagePart: { request: { pageId: string; index: number; html: string }; reply: null };
  /**
   * Content script → worker: the parts of `pageId` are all sent: read the page and analyse it for the
   * sender's tab if it is an article or `force` is set. Parsing and extraction happen here, off the page's
   * main thread.
   */
  analyzePage: {
    request: { url: string; pageId: string; parts: number; force?: boolean };
    reply: PageResult;
  };
  /** Content script → worker: this page was not analysed (not news, or the site is off). */
  pageStatus: { request: { status: 'not-news' | 'disabled'; url: string; reasons?: string[] }; reply: null };
  /** Extension page → worker: the state of a tab (cached analysis first). */
  getTabState: { request: { tabId: number }; reply: TabState };
  /** Extension page → worker: ask the tab's content script to analyse even a page that is not news. */
  analyzeTab: { request: { tabId: number; force: boolean }; reply: TabState };
  /** Extension page → worker: switch the extension on or off for a site. */
  setSiteEnabled: { request: { url: string; enabled: boolean }; reply: Settings };
  /** Extension page → worker: how many articles and feed items related coverage remembers. */
  getRelatedCounts: { request: Record<string, never>; reply: RelatedCounts };
  /** Extension page → worker: forget the whole reading history (feed items stay); replies the new counts. */
  clearHistory: { request: Record<string, never>; reply: RelatedCounts };
  /**
   * The reader opened an entity's card: from the content script (its own tab) or the popup (`tabId`).
   * The worker asks the online sources the reader switched on (never for a private tab) and replies the
   * entity with its enriched card, or null when nothing is on or nothing trustworthy was found.
   */
  openCard: { request: { entityId: string; tabId?: number }; reply: EntitySummary | null };
  /**
   * Popup → worker: search the news indexes the reader switched on (GDELT, Google News) for other reports
   * of the tab's article; replies the tab's state with the results ranked into its related coverage.
   */
  searchRelated: { request: { tabId: number }; reply: TabState };
  /** Extension page → worker: poll the subscribed feeds that are due now (a new subscription is). */
  checkFeeds: { request: Record<string, never>; reply: FeedCheck[] };
}

/** Messages handled by the content script. */
export interface ContentProtocol {
  /** Analyse this page again; with force, whatever detection said ("Analyse anyway"). */
  runAnalysis: { request: { force: boolean }; reply: null };
  /** Scroll to and focus the first highlighted mention of an entity. */
  scrollToEntity: { request: { entityId: string }; reply: boolean };
}

/** A message on the wire: its type and payload. */
export type Message<P, K extends keyof P = keyof P> = K extends keyof P
  ? { type: K } & { payload: P[K] extends { request: infer R } ? R : never }
  : never;

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

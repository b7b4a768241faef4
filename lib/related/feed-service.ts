/**
 * The worker's feed polling: one alarm (FEED_ALARM) set for when the next subscribed feed falls due, polls
 * only while the reader has feeds switched on, every request logged for the reader, items handed to
 * related coverage. Browser APIs are passed in, so tests run it against fakes and a local server.
 */
import { fetchSameHost, type RequestLogEntry } from '@/lib/kb/enrich';
import type { RememberedArticle } from '@/lib/related/types';
import { feedOrigin, type Settings } from '@/lib/settings';
import { createFeedPoller, FEED_ALARM, type FeedPollResult, type FeedStateStore } from './feed-poller';

/** The earliest an alarm may fire after now (browsers clamp shorter delays anyway). */
export const MIN_ALARM_DELAY_MS = 60_000;

/** The part of browser.alarms the service uses. */
export interface AlarmsApi {
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
}

/** What the feed service is given. */
export interface FeedServiceDeps {
  alarms: AlarmsApi;
  /** Is the extension allowed to reach this origin pattern ("https://feeds.example/*")? */
  hasHostPermission: (origin: string) => Promise<boolean>;
  states: FeedStateStore;
  /** Record one online request for the reader (the enrichment store's request log in the worker). */
  log: (entry: RequestLogEntry) => Promise<void>;
  /** New or changed feed items. */
  onItems: (items: RememberedArticle[]) => Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
  intervalMinutes?: number;
  timeoutMs?: number;
  maxBytes?: number;
}

/** Polls the reader's feeds on one alarm. */
export interface FeedService {
  /** The FEED_ALARM fired (or the reader asked): poll the due feeds and set the alarm for the next one. */
  poll(settings: Settings): Promise<FeedPollResult[]>;
  /**
   * Settings changed or the worker started: set the alarm for the earliest due feed (a new feed: in a
   * minute), or clear it when feeds are off or none are subscribed. Fetches nothing itself.
   */
  schedule(settings: Settings): Promise<void>;
}

const wantsFeeds = (settings: Settings) => settings.online.feeds && settings.feeds.length > 0;

/** Create the feed service; nothing is fetched until `poll`. */
export function createFeedService(deps: FeedServiceDeps): FeedService {
  const now = deps.now ?? Date.now;
  const doFetch =
    deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  /**
   * Every feed request goes through here: permission checked first (no request without it), no cookies,
   * redirects followed only within the feed's host and its granted permission, each hop logged.
   */
  const loggedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const { hostname, host } = new URL(url);
    if (!(await deps.hasHostPermission(feedOrigin(url))))
      throw new Error(
        `no permission to reach ${hostname}; subscribe to the feed again on the options page to allow it`,
      );
    const log = (entry: RequestLogEntry) => deps.log(entry).catch(() => undefined);
    const time = now();
    let answered = false;
    try {
      const result = await fetchSameHost(url, {
        fetch: (next, guarded) => doFetch(next, { ...init, ...guarded }),
        allowed: async (next) =>
          new URL(next).host === host && (await deps.hasHostPermission(feedOrigin(next))),
        now,
        signal: init?.signal ?? undefined,
        headers: init?.headers as Record<string, string> | undefined,
        log: (entry) => {
          answered = true;
          return log(entry);
        },
      });
      if (!result.ok) throw new Error(result.reason);
      return result.response;
    } catch (error) {
      if (!answered)
        await log({ time, host: hostname, url, status: init?.signal?.aborted ? 'timeout' : 'network-error' });
      throw error;
    }
  };
  const poller = createFeedPoller({
    onItems: (_feedUrl, items) => deps.onItems(items),
    fetch: loggedFetch as typeof fetch,
    now,
    states: deps.states,
    intervalMinutes: deps.intervalMinutes,
    timeoutMs: deps.timeoutMs,
    maxBytes: deps.maxBytes,
  });

  const setAlarm = async (when: number | undefined) => {
    if (when === undefined) return void (await deps.alarms.clear(FEED_ALARM));
    await deps.alarms.create(FEED_ALARM, { when: Math.max(when, now() + MIN_ALARM_DELAY_MS) });
  };

  return {
    async poll(settings) {
      if (!wantsFeeds(settings)) {
        await deps.alarms.clear(FEED_ALARM);
        return [];
      }
      const { results, nextWakeAt } = await poller.pollDue(settings.feeds);
      await setAlarm(nextWakeAt);
      return results;
    },
    async schedule(settings) {
      if (!wantsFeeds(settings)) return void (await deps.alarms.clear(FEED_ALARM));
      const states = await deps.states.load();
      const due = Math.min(...settings.feeds.map((url) => states[url]?.nextPollAt ?? 0));
      const existing = await deps.alarms.get(FEED_ALARM);
      // An alarm already set for that time (or sooner, but not in the past) stays: no extra wake-ups.
      if (existing && existing.scheduledTime <= Math.max(due, now() + MIN_ALARM_DELAY_MS)) return;
      await setAlarm(due);
    },
  };
}

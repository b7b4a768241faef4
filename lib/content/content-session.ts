/**
 * The content script's whole job on one page: decide whether to run, hand the rendered page to the
 * worker (which reads and analyses it), highlight mentions (also in content added later) and open cards
 * on hover or focus. Single-page navigations start over cleanly. Every listener is tied to the session's AbortSignal,
 * and teardown leaves the page as it was.
 */
import { browser } from 'wxt/browser';
import {
  attachHoverCards,
  findArticleRoot,
  highlightMentionsInSlices,
  removeAllHighlights,
  watchAdditions,
  type AdditionsWatch,
  type CardLayer,
  type CardLayerEvents,
  type HighlightHandle,
  type PageMarks,
} from '@/lib/content';
import type { EntitySummary } from '@/lib/contract/types';
import { quickNewsGate } from '@/lib/page/detect';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { createContentListener, sendToBackground } from '../ext/messaging';
import { sendRenderedPage } from './page-sender';
import { loadSettings, watchSettings } from '../ext/storage';

export type { CardLayer, CardLayerEvents } from '@/lib/content';

/** What the entrypoint hands the session: the page, its lifetime and a factory for the card layer. */
export interface ContentSessionOptions {
  doc: Document;
  signal: AbortSignal;
  createCardLayer: (events: CardLayerEvents) => Promise<CardLayer>;
  /** Subscribe to single-page-app navigations (WXT's `wxt:locationchange`, which needs the ctx to start). */
  onLocationChange?: (listener: () => void) => void;
  /** How long a page that is not an article is watched for a story rendered late (ms; tests shorten it). */
  notNewsWatchMs?: number;
}

/** How long a single-page app gets to swap in its new content after the URL changed (ms). */
const SETTLE_AFTER_NAVIGATION_MS = 600;
/** Text a page must add before a "not news" verdict is looked at again (characters). */
const RECHECK_AFTER_CHARS = 600;
/** Text a page must add to an analysed article before it is read again for new names (about a paragraph). */
const REREAD_AFTER_CHARS = 200;
/** How many times late content may trigger a fresh pass on one URL. */
const MAX_RECHECKS = 3;
/**
 * How long a page that is not an article is watched for a story its scripts render late (ms). After that,
 * or once its rechecks are spent, nothing watches it: the observer runs only where the extension is on.
 */
const NOT_NEWS_WATCH_MS = 15_000;

/**
 * Did the analysis fail because the worker went away (the browser restarted it mid-way), so that sending the
 * page again can work? Refusals (a rate limit, an invalid page) are not retried.
 */
function isWorkerRestart(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /message port closed|message channel closed|receiving end does not exist|could not establish connection|no valid reply|did not arrive|arrived incomplete|extension context invalidated/i.test(
    message,
  );
}

/** Wait for an idle moment, so our slices of work never hold the main thread together with the page's. */
function idle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve, 0),
  );
}

/**
 * The settings that change what the worker says about the page, or what is highlighted (the worker applies
 * them, so a change is a new pass; a hover-delay change needs none).
 */
const whatIsShown = ({ features: f }: Settings) =>
  JSON.stringify([f.highlights, f.entityTypes, f.claims, f.timeline, f.related]);

/** Is this document the top frame? Frames are left alone (the article is in the top frame). */
function isTopFrame(doc: Document): boolean {
  try {
    return doc.defaultView === doc.defaultView?.top;
  } catch {
    return false; // a cross-origin parent: we are a frame
  }
}

/** Start the session on the current page. Resolves once the first pass is done. */
export async function startContentSession({
  doc,
  signal,
  createCardLayer,
  onLocationChange,
  notNewsWatchMs = NOT_NEWS_WATCH_MS,
}: ContentSessionOptions): Promise<void> {
  if (!isTopFrame(doc) || !doc.body) return;
  removeAllHighlights(doc); // leftovers from a previous instance (extension reloaded)
  let settings = await loadSettings();
  const handles: HighlightHandle[] = [];
  let page: PageMarks | undefined; // what the worker said to mark on this page
  let root: Element | undefined;
  let notNewsAt: string | undefined; // URL that detection said no to
  let addedChars = 0;
  let rechecks = 0;
  let running: Promise<void> | undefined;
  let again: boolean | undefined; // a run requested while one was in progress (value: force)
  const url = () => doc.location?.href ?? '';

  /** Entities whose online facts were asked for on this page (once each). */
  const askedOnline = new Set<string>();
  /**
   * The reader opened a card: with a card source on, the worker fetches its online facts (this is the
   * only time enrichment goes online); the open card is redrawn when they arrive.
   */
  const fetchOnline = async (entity: EntitySummary, mark: HTMLElement, layer: CardLayer) => {
    const marks = page;
    if (!marks || (!settings.online.wikipedia && !settings.online.wikidata) || askedOnline.has(entity.id))
      return;
    askedOnline.add(entity.id);
    const enriched = await sendToBackground('openCard', { entityId: entity.id }).catch(() => null);
    if (!enriched || page !== marks || signal.aborted) return;
    marks.entities = marks.entities.map((e) => (e.id === enriched.id ? enriched : e));
    if (cards.openMark() === mark) layer.show(enriched, mark.getBoundingClientRect(), mark);
  };

  /**
   * "Wrong card?" on a hover card: the worker remembers it (that name on this site is not that entry) and
   * answers the tab's new state; the entity here takes its new, card-less form at once, and the open card
   * is redrawn as a name the offline KB does not hold.
   */
  const reportWrongCard = async (entity: EntitySummary, mark: HTMLElement) => {
    const marks = page;
    if (!marks || !entity.card) return;
    const state = await sendToBackground('reportWrongCard', { entityId: entity.id }).catch(() => null);
    const fixed = state?.analysis?.entities.find((e) => e.id === entity.id);
    if (!fixed || page !== marks || signal.aborted) return;
    const { mentions: _mentions, ...summary } = fixed;
    marks.entities = marks.entities.map((e) => (e.id === entity.id ? summary : e));
    const label = `${summary.name}: not in the offline knowledge base`;
    marks.labels[entity.id] = label;
    ours(() => {
      for (const m of handles.flatMap((h) => h.marks))
        if (m.getAttribute('data-fc-entity') === entity.id) m.setAttribute('aria-description', label);
    });
    if (cards.openMark() === mark) shownLayer?.show(summary, mark.getBoundingClientRect(), mark);
  };
  let shownLayer: CardLayer | undefined;

  const cards = attachHoverCards({
    doc,
    signal,
    entityOf: (mark) => page?.entities.find((e) => e.id === mark.getAttribute('data-fc-entity')),
    marks: () => handles.flatMap((h) => h.marks),
    hoverDelayMs: () => settings.features.hoverDelayMs,
    onWrongCard: (entity, mark) => void reportWrongCard(entity, mark),
    createLayer: async (events) => {
      const layer = await createCardLayer(events);
      shownLayer = layer;
      return {
        ...layer,
        show(entity, anchor, mark) {
          layer.show(entity, anchor, mark);
          void fetchOnline(entity, mark, layer);
        },
      };
    },
  });

  const onAdded = (added: Element[]) => {
    if (signal.aborted || !isSiteEnabled(url(), settings)) return;
    if (root && !root.isConnected) return void run(false); // the page replaced the article
    const chars = added.reduce((n, el) => n + (el.textContent?.length ?? 0), 0);
    if (page && root) {
      // New text in the story is read again (a paragraph or more): marks come only from the worker's reading.
      const inside = added.filter((el) => el !== root && root!.contains(el));
      if (inside.length) addedChars += chars;
    } else if (notNewsAt === url()) {
      addedChars += chars;
    } else return;
    if (addedChars >= (page ? REREAD_AFTER_CHARS : RECHECK_AFTER_CHARS) && rechecks < MAX_RECHECKS) {
      rechecks++;
      addedChars = 0;
      void run(false);
    }
  };
  /** The page's additions are watched only while the extension is on for it (see `watch`). */
  let additions: AdditionsWatch | undefined;
  let watchTimer: ReturnType<typeof setTimeout> | undefined;
  /** Our own DOM changes, kept out of what the watcher reports. */
  const ours = <T>(change: () => T): T => (additions ? additions.ours(change) : change());
  /**
   * Watch the page for added content (`for` ms, or until stopped), or stop watching. Called after each pass:
   * an analysed article is watched; a page that is not one only briefly, for a late story; an off site never.
   */
  const watch = (on: boolean, forMs?: number) => {
    clearTimeout(watchTimer);
    if (on && !signal.aborted) {
      additions ??= watchAdditions(doc.body, onAdded, { signal });
      if (forMs !== undefined) watchTimer = setTimeout(() => watch(false), forMs);
    } else {
      additions?.stop();
      additions = undefined;
    }
  };
  signal.addEventListener('abort', () => watch(false));

  const clearHighlights = () => {
    cards.close(false);
    ours(() => {
      for (const h of handles.splice(0)) h.remove();
    });
  };
  const teardown = () => {
    clearHighlights();
    askedOnline.clear();
    page = undefined;
    root = undefined;
  };

  const report = (status: 'not-news' | 'disabled', reasons?: string[]) =>
    sendToBackground('pageStatus', { status, url: url(), reasons }).catch(() => null);

  /** Not an article (yet): watched a while for a late story, while rechecks are left. */
  const notNews = () => {
    notNewsAt = url();
    watch(rechecks < MAX_RECHECKS, notNewsWatchMs);
  };
  const send = (insist: boolean) =>
    sendRenderedPage(doc, url(), insist, {
      sendPart: (part) => sendToBackground('pagePart', part),
      analyze: (request) => sendToBackground('analyzePage', request),
      pause: idle,
      stopped: () => signal.aborted,
    });

  const pass = async (force: boolean) => {
    teardown();
    if (!isSiteEnabled(url(), settings)) {
      watch(false);
      return void (await report('disabled'));
    }
    const insist = force || settings.sites.mode === 'all';
    if (!insist && !quickNewsGate(doc, url())) {
      notNews();
      return void (await report('not-news', ['No sign of an article']));
    }
    // The page as the browser rendered it goes to the worker, which parses, judges and extracts it there;
    // here it is only written out, in slices between which the page has the main thread. A worker the
    // browser restarted mid-way has lost the page: it is sent once more (a new page id), then given up.
    const result = await send(insist).catch((error: unknown) => {
      if (signal.aborted || !isWorkerRestart(error)) throw error;
      return send(insist);
    });
    if (signal.aborted || !result) return;
    if (result.status === 'not-news') return notNews();
    notNewsAt = undefined;
    watch(true);
    await markPage(result.marks);
  };

  /** Keep what the worker said to mark and mark it (unless the reader turned highlights off). */
  const markPage = async (marks: PageMarks) => {
    page = marks;
    if (!settings.features.highlights) return;
    await idle();
    if (signal.aborted || page !== marks) return;
    // The worker applied the settings and chose the mentions; here they are only found in the live page.
    const marking = highlightMentionsInSlices(doc.body, marks.mentions, marks.labels, {
      pause: idle,
      runSlice: ours,
    });
    handles.push(marking);
    await marking.done;
    root = findArticleRoot(doc, marking.marks);
  };

  /** One pass at a time; a request during a pass runs once more after it (the page changed meanwhile). */
  const run = (force: boolean): Promise<void> => {
    if (running) {
      again = (again ?? false) || force;
      return running;
    }
    running = (async () => {
      try {
        await pass(force);
      } catch (error) {
        // Never let an error escape into the page; the popup shows the worker's view of it.
        console.debug('[Fact Context]', error);
      } finally {
        running = undefined;
        if (again !== undefined && !signal.aborted) {
          const f = again;
          again = undefined;
          void run(f);
        }
      }
    })();
    return running;
  };

  const onMessage = createContentListener({
    runAnalysis: async ({ force }) => {
      await run(force === true);
      return null;
    },
    // The worker completed what its first reading left for later: the page's marks are replaced by these.
    updateMarks: async ({ url: pageUrl, marks }) => {
      await running; // a pass still marking the first answer finishes first
      if (signal.aborted || !page || pageUrl !== url()) return null;
      clearHighlights();
      askedOnline.clear(); // entity ids are the new analysis's
      await markPage(marks);
      return null;
    },
    scrollToEntity: ({ entityId }) => {
      const mark = handles
        .flatMap((h) => h.marks)
        .find((m) => m.isConnected && m.getAttribute('data-fc-entity') === entityId);
      if (!mark) return false;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      return true;
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = watchSettings((next) => {
    const before = settings;
    settings = next;
    const enabled = isSiteEnabled(url(), next);
    if (!enabled) {
      watch(false);
      if (isSiteEnabled(url(), before)) {
        teardown();
        void report('disabled');
      }
    } else if (!isSiteEnabled(url(), before) || whatIsShown(before) !== whatIsShown(next)) {
      void run(false);
    }
  });
  signal.addEventListener('abort', () => {
    teardown();
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
  });

  let navTimer: ReturnType<typeof setTimeout> | undefined;
  onLocationChange?.(() => {
    // The URL changes before (or while) the app swaps the story in: take the old marks down now, read the new page once it settles.
    clearHighlights();
    rechecks = 0;
    addedChars = 0;
    clearTimeout(navTimer);
    navTimer = setTimeout(() => void run(false), SETTLE_AFTER_NAVIGATION_MS);
  });
  signal.addEventListener('abort', () => clearTimeout(navTimer));

  await run(false);
}

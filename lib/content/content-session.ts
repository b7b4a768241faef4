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
  type CardLayer,
  type CardLayerEvents,
  type HighlightHandle,
  type PageMarks,
} from '@/lib/content';
import type { EntitySummary } from '@/lib/contract/types';
import { quickNewsGate } from '@/lib/page/detect';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { createMessageListener, sendToBackground } from '../ext/messaging';
import { sendRenderedPage } from './page-sender';
import type { ContentProtocol } from '../ext/protocol';
import { loadSettings, watchSettings } from '../ext/storage';

export type { CardLayer, CardLayerEvents } from '@/lib/content';

/** What the entrypoint hands the session: the page, its lifetime and a factory for the card layer. */
export interface ContentSessionOptions {
  doc: Document;
  signal: AbortSignal;
  createCardLayer: (events: CardLayerEvents) => Promise<CardLayer>;
  /** Subscribe to single-page-app navigations (WXT's `wxt:locationchange`, which needs the ctx to start). */
  onLocationChange?: (listener: () => void) => void;
}

/** How long a single-page app gets to swap in its new content after the URL changed (ms). */
const SETTLE_AFTER_NAVIGATION_MS = 600;
/** Text a page must add before a "not news" verdict is looked at again (characters). */
const RECHECK_AFTER_CHARS = 600;
/** Text a page must add to an analysed article before it is read again for new names (about a paragraph). */
const REREAD_AFTER_CHARS = 200;
/** How many times late content may trigger a fresh pass on one URL. */
const MAX_RECHECKS = 3;

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

  const cards = attachHoverCards({
    doc,
    signal,
    entityOf: (mark) => page?.entities.find((e) => e.id === mark.getAttribute('data-fc-entity')),
    marks: () => handles.flatMap((h) => h.marks),
    hoverDelayMs: () => settings.features.hoverDelayMs,
    createLayer: async (events) => {
      const layer = await createCardLayer(events);
      return {
        ...layer,
        show(entity, anchor, mark) {
          layer.show(entity, anchor, mark);
          void fetchOnline(entity, mark, layer);
        },
      };
    },
  });

  const additions = watchAdditions(
    doc.body,
    (added) => {
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
    },
    { signal },
  );

  const clearHighlights = () => {
    cards.close(false);
    additions.ours(() => {
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

  const pass = async (force: boolean) => {
    teardown();
    if (!isSiteEnabled(url(), settings)) return void (await report('disabled'));
    const insist = force || settings.sites.mode === 'all';
    if (!insist && !quickNewsGate(doc, url())) {
      notNewsAt = url();
      return void (await report('not-news', ['No sign of an article']));
    }
    // The page as the browser rendered it goes to the worker, which parses, judges and extracts it there;
    // here it is only written out, in slices between which the page has the main thread.
    const result = await sendRenderedPage(doc, url(), insist, {
      sendPart: (part) => sendToBackground('pagePart', part),
      analyze: (request) => sendToBackground('analyzePage', request),
      pause: idle,
      stopped: () => signal.aborted,
    });
    if (signal.aborted || !result) return;
    if (result.status === 'not-news') {
      notNewsAt = url();
      return;
    }
    notNewsAt = undefined;
    const marks = (page = result.marks);
    if (!settings.features.highlights) return;
    await idle();
    if (signal.aborted || page !== marks) return;
    // The worker applied the settings and chose the mentions; here they are only found in the live page.
    const marking = highlightMentionsInSlices(doc.body, marks.mentions, marks.labels, {
      pause: idle,
      runSlice: additions.ours,
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

  const onMessage = createMessageListener<ContentProtocol>({
    runAnalysis: async ({ force }) => {
      await run(force === true);
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

import Fuse from 'fuse.js';
import { useMemo, useState } from 'preact/hooks';
import { byCentrality } from '@/lib/analysis/centrality';
import type { Analysis, AnalysisEntity, EntitySummary } from '@/lib/contract/types';
import type { TabState } from '@/lib/ext/protocol';
import { cardAnchor, ClaimList } from './ClaimList';
import { EntityCard } from './EntityCard';
import { RelatedList } from './RelatedList';
import { formatPartialDate, Timeline } from './Timeline';

/** Props of {@link PopupView}. */
export interface PopupViewProps {
  /** The tab's state from the background, or undefined while it is being asked for. */
  state: TabState | undefined;
  /** Which sections the reader wants (the worker's `sections`, applied with the analysis). */
  show: { claims: boolean; timeline: boolean; related: boolean };
  /** Ask for an analysis of a page detection said no to. */
  onAnalyseAnyway: () => void;
  /** Switch the extension on or off for this tab's site. */
  onSiteEnabled: (enabled: boolean) => void;
  /** Scroll the page to an entity's first highlighted mention. */
  onSelectEntity: (entity: EntitySummary) => void;
  /** Open the options page. */
  onOpenOptions: () => void;
  /** The reader marked an entity's card wrong (not shown again for that name on this site). */
  onWrongCard?: (entity: EntitySummary) => void;
  /** Searches elsewhere for this story (opened only when clicked). */
  searchLinks?: Array<{ label: string; url: string }>;
  /** The analysis has run too long (the worker may have been stopped): say so, and offer to try again. */
  slow?: boolean;
}

/** Entities most worth a card first: the story's subjects (headline, lead, mentions, speakers), not by type. */
function rankEntities(analysis: Analysis | undefined): AnalysisEntity[] {
  if (!analysis) return [];
  return byCentrality(analysis.entities, {
    title: analysis.article.title,
    text: analysis.article.text,
    claims: analysis.claims,
  });
}

function Status({ title, children }: { title: string; children?: preact.ComponentChildren }) {
  return (
    <section class="fc-status" role="status" aria-live="polite">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** A section an update is still completing, rather than one that found nothing. */
function Reading({ what }: { what: string }) {
  return (
    <p class="fc-muted" role="status">
      Reading {what}…
    </p>
  );
}

/** The toolbar popup: the tab's article, its cards, timeline, claims and related coverage, or a clear state. */
/** A language tag as the reader's browser names it ('de' → 'German'); 'und' → 'another language'. */
function languageName(tag: string): string {
  if (tag === 'und') return 'another language';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function PopupView({
  state,
  show,
  onAnalyseAnyway,
  onSiteEnabled,
  onSelectEntity,
  onOpenOptions,
  onWrongCard,
  searchLinks,
  slow,
}: PopupViewProps) {
  const [query, setQuery] = useState('');
  const entities = useMemo(() => rankEntities(state?.analysis), [state?.analysis]);
  const fuse = useMemo(
    () =>
      new Fuse(entities, {
        keys: ['name', 'card.title', 'card.description', 'mentions.text'],
        threshold: 0.35,
        ignoreLocation: true,
      }),
    [entities],
  );
  const visible = query.trim() ? fuse.search(query.trim()).map((r) => r.item) : entities;
  const footer = (
    <footer class="fc-popup__footer">
      {state && state.status !== 'disabled' && state.status !== 'unknown' ? (
        <button type="button" class="fc-link-button" onClick={() => onSiteEnabled(false)}>
          Turn off on this site
        </button>
      ) : (
        <span />
      )}
      <button type="button" class="fc-link-button" onClick={onOpenOptions}>
        Options
      </button>
    </footer>
  );

  if (state?.status === 'analysing' && slow) {
    return (
      <main class="fc-popup">
        <Status title="This is taking longer than it should">
          <p>
            Fact Context has been reading this page for over a minute. The page may be very large, or the
            browser stopped the extension’s background worker half-way. You can wait here, or try again.
          </p>
          <button type="button" onClick={onAnalyseAnyway}>
            Try again
          </button>
        </Status>
        {footer}
      </main>
    );
  }
  if (!state || state.status === 'analysing') {
    return (
      <main class="fc-popup" aria-busy="true">
        <Status title="Analysing this article…">
          <p class="fc-muted">Reading it on your computer; nothing is sent anywhere.</p>
        </Status>
        {footer}
      </main>
    );
  }
  if (state.status === 'disabled') {
    return (
      <main class="fc-popup">
        <Status title="Fact Context is off on this site">
          <p>
            Nothing on this site is read or highlighted. Turn it on to see context cards for articles here.
          </p>
          <button type="button" onClick={() => onSiteEnabled(true)}>
            Turn on for this site
          </button>
        </Status>
        {footer}
      </main>
    );
  }
  if (state.status === 'not-news' || state.status === 'unknown') {
    const language = state.status === 'not-news' ? state.language : undefined;
    return (
      <main class="fc-popup">
        <Status
          title={
            language
              ? 'Not in English'
              : state.status === 'not-news'
                ? 'Not a news article'
                : 'Nothing analysed on this page yet'
          }
        >
          <p>
            {language
              ? `This article is in ${languageName(language)}. Fact Context’s entity and claim models read English, so it leaves other languages alone unless you ask.`
              : state.status === 'not-news'
                ? 'Fact Context only reads news articles unasked.'
                : 'This page has not been analysed (it may have loaded before the extension, or it cannot be read).'}
          </p>
          {state.reasons?.length ? <p class="fc-muted">Why: {state.reasons.slice(0, 3).join('; ')}</p> : null}
          <button type="button" onClick={onAnalyseAnyway}>
            Analyse anyway
          </button>
        </Status>
        {footer}
      </main>
    );
  }
  if (state.status === 'error' || !state.analysis) {
    return (
      <main class="fc-popup">
        <Status title="Something went wrong">
          <p>{state.error ?? 'No analysis for this page.'}</p>
          <p>
            What to do: reload the page and open this popup again, or press “Try again”. If it keeps happening
            on this site, turn Fact Context off here; other sites are not affected.
          </p>
          <button type="button" onClick={onAnalyseAnyway}>
            Try again
          </button>
        </Status>
        {footer}
      </main>
    );
  }
  const { article, claims, timeline, related } = state.analysis;
  // Right after the worker starts, the cards come first and an update brings the rest (TabState.completing).
  const pending = (list: readonly unknown[]) => state.completing === true && !list.length;
  const pubDate = article.publishedAt?.slice(0, 10);
  const meta = [article.publisher, article.byline].filter(Boolean).join(' · ');
  return (
    <main class="fc-popup">
      <header class="fc-article">
        <h1 class="fc-article__title">{article.title ?? 'Untitled article'}</h1>
        <p class="fc-muted fc-article__meta">
          {meta}
          {meta && pubDate ? ' · ' : ''}
          {pubDate ? <time dateTime={article.publishedAt}>{formatPartialDate(pubDate)}</time> : null}
        </p>
        {state.notes?.map((note) => (
          <p key={note} class="fc-muted" role="note">
            {note}
          </p>
        ))}
      </header>
      <section aria-labelledby="fc-in-article">
        <div class="fc-section-head">
          <h2 id="fc-in-article">In this article</h2>
          <input
            type="search"
            class="fc-filter"
            placeholder="Filter cards"
            aria-label="Filter cards"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </div>
        {visible.length ? (
          <ul class="fc-cards">
            {visible.map((e) => (
              <li key={e.id} id={cardAnchor(e.id)}>
                <EntityCard entity={e} onSelect={onSelectEntity} onWrongCard={onWrongCard} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="fc-muted">{entities.length ? 'No card matches the filter.' : 'No entities found.'}</p>
        )}
      </section>
      {show.timeline ? (
        <section aria-labelledby="fc-timeline">
          <h2 id="fc-timeline">Timeline</h2>
          {pending(timeline) ? <Reading what="the dates" /> : <Timeline entries={timeline} />}
        </section>
      ) : null}
      {show.claims ? (
        <section aria-labelledby="fc-claims">
          <h2 id="fc-claims">Claims</h2>
          {pending(claims) ? (
            <Reading what="the quotes and claims" />
          ) : (
            <ClaimList claims={claims} entities={entities} />
          )}
        </section>
      ) : null}
      {show.related ? (
        <section aria-labelledby="fc-related">
          <h2 id="fc-related">Related coverage</h2>
          {pending(related) ? (
            <Reading what="related coverage" />
          ) : (
            <RelatedList items={related} searchLinks={searchLinks} />
          )}
        </section>
      ) : null}
      {footer}
    </main>
  );
}

import { useState } from 'preact/hooks';
import type { SuggestedFeed } from '@/lib/settings';

/** What the options page knows about one subscribed feed since its last poll. */
export interface FeedStatus {
  /** When it last answered (ms since epoch). */
  lastSuccessAt?: number;
  /** Why the last poll failed, when it did. */
  lastError?: string;
  /** Items in its last answer. */
  itemCount?: number;
}

/** Props of {@link FeedList}. */
export interface FeedListProps {
  /** Subscribed feed URLs. */
  feeds: string[];
  /** Publishers' feeds offered with one click. */
  suggested: readonly SuggestedFeed[];
  /** Poll outcomes by feed URL. */
  states?: Record<string, FeedStatus>;
  /** Subscribe (the caller asks the browser for the feed's site first, inside this click). */
  onSubscribe: (url: string) => void;
  /** Unsubscribe. */
  onUnsubscribe: (url: string) => void;
  /** The outcome of the last subscription (e.g. the browser refused the site). */
  notice?: string;
}

/** A feed address a reader typed, made absolute, or undefined when it is not an http(s) address. */
function feedUrlFrom(input: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function describe(status: FeedStatus | undefined): string {
  if (!status) return 'not checked yet';
  if (status.lastError) return `last check failed: ${status.lastError}`;
  if (status.lastSuccessAt)
    return `checked ${new Date(status.lastSuccessAt).toLocaleString()}${status.itemCount === undefined ? '' : `, ${status.itemCount} items`}`;
  return 'not checked yet';
}

/** The reader's RSS/Atom feeds for related coverage: subscribed ones with their state, add by address or pick one. */
export function FeedList({ feeds, suggested, states, onSubscribe, onUnsubscribe, notice }: FeedListProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const subscribe = (e: Event) => {
    e.preventDefault();
    const url = feedUrlFrom(draft);
    if (!url) return setProblem(`“${draft.trim()}” is not a feed address: paste one starting with https://.`);
    setProblem(undefined);
    setDraft('');
    onSubscribe(url);
  };
  const unsubscribed = suggested.filter((s) => !feeds.includes(s.url));
  return (
    <div class="fc-feeds">
      <p>
        Feeds are fetched whole from their own sites and matched on your computer. Each one asks your browser
        for its site when you subscribe.
      </p>
      {feeds.length ? (
        <ul class="fc-feeds__list" aria-label="Your feeds">
          {feeds.map((url) => (
            <li key={url}>
              <code>{url}</code> <span class="fc-muted">({describe(states?.[url])})</span>{' '}
              <button type="button" onClick={() => onUnsubscribe(url)} aria-label={`Unsubscribe from ${url}`}>
                Unsubscribe
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="fc-muted">No feeds: related coverage comes from your reading history only.</p>
      )}
      <form onSubmit={subscribe}>
        <label>
          Feed address{' '}
          <input
            type="url"
            placeholder="https://example.com/rss.xml"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">Subscribe</button>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
      {unsubscribed.length ? (
        <>
          <h4>Suggested feeds</h4>
          <ul class="fc-feeds__suggested">
            {unsubscribed.map((s) => (
              <li key={s.url}>
                {s.publisher} — {s.section}{' '}
                <button
                  type="button"
                  onClick={() => onSubscribe(s.url)}
                  aria-label={`Subscribe to ${s.publisher} ${s.section}`}
                >
                  Subscribe
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notice ? (
        <p role="status" class="fc-notice">
          {notice}
        </p>
      ) : null}
    </div>
  );
}

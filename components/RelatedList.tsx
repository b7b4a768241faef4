import type { RelatedItem } from '@/lib/contract/types';
import { httpUrl } from '@/lib/url/http-url';
import { formatPartialDate } from './Timeline';

/** Props of {@link RelatedList}. */
export interface RelatedListProps {
  /** Other reports of the same story, best first. */
  items: RelatedItem[];
  /** Searches elsewhere the reader can open (nothing is requested until clicked). */
  searchLinks?: Array<{ label: string; url: string }>;
}

/** Related coverage (history, feeds, online searches): outlet, headline, date and why each is related. */
export function RelatedList({ items, searchLinks = [] }: RelatedListProps) {
  return (
    <div class="fc-related">
      {items.length ? (
        <ul class="fc-related__list">
          {items.map((r) => {
            // Items come from feeds and online searches: only an http(s) address becomes a link.
            const href = httpUrl(r.url);
            const day = r.publishedAt?.slice(0, 10);
            return (
              <li key={r.url}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {r.title}
                  </a>
                ) : (
                  <span>{r.title}</span>
                )}
                <span class="fc-muted">
                  {r.publisher ? ` — ${r.publisher}` : ''}
                  {day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? (
                    <>
                      {' · '}
                      <time dateTime={day}>{formatPartialDate(day)}</time>
                    </>
                  ) : null}{' '}
                  · {r.why}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="fc-muted">No related coverage in your reading history or feeds yet.</p>
      )}
      {searchLinks.length ? (
        <p class="fc-related__search">
          Search elsewhere:{' '}
          {searchLinks.map((l, i) => (
            <span key={l.url}>
              {i ? ' · ' : ''}
              <a href={l.url} target="_blank" rel="noopener noreferrer">
                {l.label}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

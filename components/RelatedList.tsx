import type { RelatedItem } from '@/lib/analysis/types';

/** Props of {@link RelatedList}. */
export interface RelatedListProps {
  /** Other reports of the same story, best first. */
  items: RelatedItem[];
  /** Searches elsewhere the reader can open (nothing is requested until clicked). */
  searchLinks?: Array<{ label: string; url: string }>;
}

/** Related coverage from the reader's own history and feeds, with why each is related. */
export function RelatedList({ items, searchLinks = [] }: RelatedListProps) {
  return (
    <div class="fc-related">
      {items.length ? (
        <ul class="fc-related__list">
          {items.map((r) => (
            <li key={r.url}>
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {r.title}
              </a>
              <span class="fc-muted">
                {r.publisher ? ` — ${r.publisher}` : ''} · {r.why}
              </span>
            </li>
          ))}
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

import { MONTH_SHORT_NAMES } from '@/lib/contract/calendar';
import type { TimelineEntry } from '@/lib/contract/types';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  /** Resolved dates; shown in date order. */
  entries: TimelineEntry[];
}

/**
 * '2019-12-12' → '12 Dec 2019'; '2019-11' → 'Nov 2019'; '2019' stays; with precision 'week'
 * (`date` is that week's Monday) → 'week of 9 Dec 2019'.
 */
export function formatPartialDate(date: string, precision?: TimelineEntry['precision']): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTH_SHORT_NAMES[Number(m) - 1] ?? m;
  const text = d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
  return precision === 'week' && d ? `week of ${text}` : text;
}

/** The dates the article refers to, resolved on its own clock, in date order; the publication date is marked. */
export function Timeline({ entries }: TimelineProps) {
  if (!entries.length) return <p class="fc-muted">No dates found.</p>;
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start);
  return (
    <ol class="fc-timeline">
      {sorted.map((t) => (
        <li
          class={t.isPublication ? 'fc-timeline__item fc-timeline__item--pub' : 'fc-timeline__item'}
          key={`${t.date}-${t.start}`}
          aria-current={t.isPublication ? 'date' : undefined}
        >
          <time dateTime={t.date}>{formatPartialDate(t.date, t.precision)}</time>
          <span class="fc-timeline__label">
            {t.isPublication ? 'This article was published' : (t.label ?? t.text)}
            {!t.isPublication && t.label ? <span class="fc-muted"> “{t.text}”</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

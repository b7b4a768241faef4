import type { TimelineEntry } from '@/lib/analysis/types';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  /** Resolved dates, in date order. */
  entries: TimelineEntry[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2019-12-12' → '12 Dec 2019'; '2019-11' → 'Nov 2019'; '2019' stays. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The dates the article refers to, resolved on its own clock; the publication date is marked. */
export function Timeline({ entries }: TimelineProps) {
  if (!entries.length) return <p class="fc-muted">No dates found.</p>;
  return (
    <ol class="fc-timeline">
      {entries.map((t) => (
        <li class={t.isPublication ? 'fc-timeline__item fc-timeline__item--pub' : 'fc-timeline__item'} key={`${t.date}-${t.start}`}>
          <time dateTime={t.date}>{formatPartialDate(t.date)}</time>
          <span class="fc-timeline__label">
            {t.isPublication ? 'This article' : (t.label ?? t.text)}
          </span>
          {!t.isPublication && t.label ? <span class="fc-muted"> “{t.text}”</span> : null}
        </li>
      ))}
    </ol>
  );
}

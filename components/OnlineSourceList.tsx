import { ONLINE_SOURCES, type OnlineSources } from '@/lib/settings';

/** Props of {@link OnlineSourceList}. */
export interface OnlineSourceListProps {
  /** Which sources are on. */
  online: OnlineSources;
  /** The reader switched a source; the caller asks the browser for its hosts before storing it on. */
  onToggle: (source: keyof OnlineSources, enabled: boolean) => void;
  /** The outcome of the last switch (e.g. the browser refused the permission). */
  notice?: string;
}

/** Each online source with exactly what it sends, where, and what it never sends; all off by default. */
export function OnlineSourceList({ online, onToggle, notice }: OnlineSourceListProps) {
  return (
    <div class="fc-sources">
      <p>
        Everything works offline on the built-in knowledge base. Each source below is off until you switch it
        on; switching one on asks your browser to let Fact Context reach that source’s site, and nothing else.
      </p>
      <ul class="fc-sources__list">
        {ONLINE_SOURCES.map((s) => (
          <li key={s.key} class="fc-source-item">
            <label>
              <input
                type="checkbox"
                checked={online[s.key]}
                aria-describedby={`fc-src-${s.key}`}
                onChange={(e) => onToggle(s.key, (e.target as HTMLInputElement).checked)}
              />{' '}
              {s.name}
            </label>
            <dl id={`fc-src-${s.key}`} class="fc-source-item__detail">
              <dt>Sends</dt>
              <dd>{s.sends}</dd>
              <dt>Never sends</dt>
              <dd>{s.neverSends}</dd>
              <dt>Sites</dt>
              <dd>{s.origins.length ? <code>{s.origins.join(', ')}</code> : s.sites}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {notice ? (
        <p role="status" class="fc-notice">
          {notice}
        </p>
      ) : null}
    </div>
  );
}

/** One online request as the options page lists it. */
export interface LoggedRequest {
  /** When it started (ms since epoch). */
  time: number;
  host: string;
  url: string;
  /** HTTP status, or what happened instead ('timeout', 'network-error', 'redirect-hidden'). */
  status: number | string;
  /** For a redirect: where the site sent the request, and whether it was followed. */
  redirectedTo?: string;
  followed?: boolean;
}

/** What the answer column says: the status, and for a redirect where it pointed and what was done. */
function answer(r: LoggedRequest): string {
  if (r.status === 'redirect-hidden')
    return 'redirected elsewhere, target hidden by the browser: not followed';
  const status = typeof r.status === 'number' ? `HTTP ${r.status}` : `no answer (${r.status})`;
  if (!r.redirectedTo) return status;
  return `${status} → ${r.redirectedTo} (${r.followed ? 'followed: same site' : 'not followed: another site'})`;
}

/** Props of {@link RequestLog}. */
export interface RequestLogProps {
  /** Requests, oldest first (the log is bounded). */
  requests: LoggedRequest[];
  /** How many are shown, newest first (default 20). */
  limit?: number;
}

/** Every request Fact Context made to another site for the reader (feeds, enrichment), newest first. */
export function RequestLog({ requests, limit = 20 }: RequestLogProps) {
  const shown = requests.slice(-limit).reverse();
  return (
    <div class="fc-request-log">
      {shown.length ? (
        <table>
          <caption>Online requests, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Site</th>
              <th scope="col">Address</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={`${r.time}-${i}`}>
                <td>
                  <time dateTime={new Date(r.time).toISOString()}>{new Date(r.time).toLocaleString()}</time>
                </td>
                <td>{r.host}</td>
                <td>
                  <code>{r.url}</code>
                </td>
                <td>{answer(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="fc-muted">No online requests yet: nothing has left this computer.</p>
      )}
    </div>
  );
}

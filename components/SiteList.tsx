import { useEffect, useState } from 'preact/hooks';
import { normaliseSitePattern } from '@/lib/settings';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  /** DOM id of the text area (its label points at it). */
  id: string;
  /** The field's label. */
  label: string;
  /** Site patterns as stored ('example.com', '*.example.com'). */
  sites: string[];
  /** Called with the cleaned list when the field loses focus. */
  onChange: (sites: string[]) => void;
}

/** A one-site-per-line list; what is not a site name is named and left out, wildcards ('*.') kept. */
export function SiteList(props: SiteListProps) {
  const [draft, setDraft] = useState(props.sites.join('\n'));
  // Settings changed elsewhere (import, the popup's site switch): show them.
  useEffect(() => setDraft(props.sites.join('\n')), [props.sites.join('\n')]);
  const [rejected, setRejected] = useState<string[]>([]);
  const commit = () => {
    const lines = draft
      .split(/[\n,]+/)
      .map((l) => l.trim())
      .filter(Boolean);
    const good = lines.map(normaliseSitePattern).filter(Boolean);
    setRejected(lines.filter((l) => !normaliseSitePattern(l)));
    props.onChange([...new Set(good)]);
    setDraft([...new Set(good)].join('\n'));
  };
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
        onBlur={commit}
      />
      {rejected.length ? <p role="alert">Not a site name, ignored: {rejected.join(', ')}</p> : null}
    </div>
  );
}

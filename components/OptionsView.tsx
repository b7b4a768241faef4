import { useState } from 'preact/hooks';
import type { Credit } from '@/lib/about/credits';
import type { EntityType } from '@/lib/analysis/types';
import { normaliseSitePattern, type Settings, type SiteMode } from '@/lib/settings';

/** Props of {@link OptionsView}. */
export interface OptionsViewProps {
  /** Current settings. */
  settings: Settings;
  /** Save changed settings. */
  onChange: (next: Settings) => void;
  /** Problems found when settings were read (corrupt values replaced by defaults). */
  problems: string[];
  /** Extension version for the About section. */
  version: string;
  /** Data sources and libraries to credit. */
  credits: { data: Credit[]; libraries: Credit[] };
}

const MODES: Array<{ value: SiteMode; label: string }> = [
  { value: 'news', label: 'News articles only (recommended)' },
  { value: 'all', label: 'Every page' },
  { value: 'off', label: 'Off, except on the sites I allow' },
];
const TYPES: Array<{ key: EntityType; label: string }> = [
  { key: 'organization', label: 'Organisations' },
  { key: 'person', label: 'People' },
  { key: 'place', label: 'Places' },
  { key: 'event', label: 'Events' },
  { key: 'other', label: 'Other names' },
];

function SiteList(props: { id: string; label: string; sites: string[]; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState(props.sites.join('\n'));
  const [rejected, setRejected] = useState<string[]>([]);
  const commit = () => {
    const lines = draft.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean);
    const good = lines.map(normaliseSitePattern).filter(Boolean);
    setRejected(lines.filter((l) => !normaliseSitePattern(l)));
    props.onChange([...new Set(good)]);
    setDraft([...new Set(good)].join('\n'));
  };
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <textarea id={props.id} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} onBlur={commit} />
      {rejected.length ? <p role="alert">Not a site name, ignored: {rejected.join(', ')}</p> : null}
    </div>
  );
}

function CreditTable({ credits }: { credits: Credit[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Licence</th>
          <th scope="col">Used for</th>
        </tr>
      </thead>
      <tbody>
        {credits.map((c) => (
          <tr key={c.name}>
            <td>
              {c.url ? (
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {c.name}
                </a>
              ) : (
                c.name
              )}
            </td>
            <td>{c.licence}</td>
            <td>{c.use}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The options page: sites, what to show, privacy, about. */
export function OptionsView({ settings, onChange, problems, version, credits }: OptionsViewProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const setFeature = (patch: Partial<Settings['features']>) => set({ features: { ...settings.features, ...patch } });
  return (
    <main class="fc-options">
      <h1>Fact Context options</h1>
      {problems.length ? (
        <div class="fc-notice" role="alert">
          <p>Some saved settings could not be read and were reset:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">Sites</h2>
        <fieldset>
          <legend>Where Fact Context runs</legend>
          {MODES.map((m) => (
            <label key={m.value}>
              <input
                type="radio"
                name="mode"
                value={m.value}
                checked={settings.sites.mode === m.value}
                onChange={() => set({ sites: { ...settings.sites, mode: m.value } })}
              />{' '}
              {m.label}
            </label>
          ))}
        </fieldset>
        <SiteList
          id="opt-allow"
          label="Always on for these sites (one per line; *.example.com includes subdomains)"
          sites={settings.sites.enabledFor}
          onChange={(enabledFor) => set({ sites: { ...settings.sites, enabledFor } })}
        />
        <SiteList
          id="opt-deny"
          label="Never on these sites"
          sites={settings.sites.disabledFor}
          onChange={(disabledFor) => set({ sites: { ...settings.sites, disabledFor } })}
        />
      </section>
      <section aria-labelledby="opt-show">
        <h2 id="opt-show">What to show</h2>
        <label>
          <input type="checkbox" checked={settings.features.highlights} onChange={(e) => setFeature({ highlights: (e.target as HTMLInputElement).checked })} />{' '}
          Highlight names in the article
        </label>
        <fieldset>
          <legend>Cards for</legend>
          {TYPES.map((t) => (
            <label key={t.key}>
              <input
                type="checkbox"
                checked={settings.features.entityTypes[t.key]}
                onChange={(e) =>
                  setFeature({ entityTypes: { ...settings.features.entityTypes, [t.key]: (e.target as HTMLInputElement).checked } })
                }
              />{' '}
              {t.label}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" checked={settings.features.timeline} onChange={(e) => setFeature({ timeline: (e.target as HTMLInputElement).checked })} />{' '}
          Timeline
        </label>
        <label>
          <input type="checkbox" checked={settings.features.claims} onChange={(e) => setFeature({ claims: (e.target as HTMLInputElement).checked })} />{' '}
          Claims and who made them
        </label>
        <label>
          <input type="checkbox" checked={settings.features.related} onChange={(e) => setFeature({ related: (e.target as HTMLInputElement).checked })} />{' '}
          Related coverage
        </label>
        <label>
          Hover delay (ms){' '}
          <input
            type="number"
            min={0}
            max={2000}
            step={50}
            value={settings.features.hoverDelayMs}
            onChange={(e) => setFeature({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
          />
        </label>
      </section>
      <section aria-labelledby="opt-privacy">
        <h2 id="opt-privacy">Privacy</h2>
        <p>
          Everything runs in your browser on a built-in knowledge base. No page text, address or name leaves your
          computer.
        </p>
      </section>
      <section aria-labelledby="opt-about">
        <h2 id="opt-about">About</h2>
        <p>Fact Context {version}</p>
        <h3>Data sources</h3>
        <CreditTable credits={credits.data} />
        <h3>Libraries</h3>
        <CreditTable credits={credits.libraries} />
      </section>
    </main>
  );
}

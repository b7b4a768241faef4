import type { Credit } from '@/lib/about/credits';
import type { EntityType } from '@/lib/contract/types';
import type { OnlineSources, Settings, SiteMode } from '@/lib/settings';
import { CreditTable } from './CreditTable';
import { FeedList, type FeedListProps } from './FeedList';
import { OnlineSourceList } from './OnlineSourceList';
import { ReadingHistory } from './ReadingHistory';
import { RequestLog, type LoggedRequest } from './RequestLog';
import { SettingsTransfer, type SettingsTransferProps } from './SettingsTransfer';
import { SiteList } from './SiteList';
import { WrongCardList, type WrongCardListProps } from './WrongCardList';

/** Props of {@link OptionsView}. */
export interface OptionsViewProps {
  /** Current settings. */
  settings: Settings;
  /** Save changed settings. */
  onChange: (next: Settings) => void;
  /** Problems found when settings were read (corrupt values replaced by defaults). */
  problems: string[];
  /** Why the last change was not saved (the browser refused the write), or undefined. */
  saveError?: string;
  /** Try saving the settings shown again. */
  onRetrySave?: () => void;
  /** Extension version for the About section. */
  version: string;
  /** Data sources and libraries to credit. */
  credits: { data: Credit[]; libraries: Credit[] };
  /** The reader switched an online source (the caller asks for its host permission first). */
  onOnlineSourceChange: (source: keyof OnlineSources, enabled: boolean) => void;
  /** Outcome of the last online-source switch. */
  onlineNotice?: string;
  /** Export and import of settings. */
  transfer: SettingsTransferProps;
  /** Reading history: how many articles it holds, and how to clear it (absent when no store exists). */
  history?: { count?: number; onClear?: () => void };
  /** Subscribed news feeds for related coverage (absent: the build polls no feeds). */
  feeds?: FeedListProps;
  /** Online requests made for the reader, oldest first (absent: not shown). */
  requestLog?: LoggedRequest[];
  /** Cards the reader marked wrong, with undo (absent: not shown). */
  wrongCards?: WrongCardListProps;
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

/** The options page: sites, what to show, online sources, data (history, import/export), about. */
export function OptionsView(props: OptionsViewProps) {
  const { settings, onChange, problems, version, credits, saveError, onRetrySave } = props;
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const setFeature = (patch: Partial<Settings['features']>) =>
    set({ features: { ...settings.features, ...patch } });
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
      <div class="fc-save-status" role="status" aria-live="polite">
        {saveError ? (
          <div class="fc-notice">
            <p>
              Your last change is shown here but was not saved. {saveError} Nothing you set is lost while this
              page stays open.
            </p>
            {onRetrySave ? (
              <button type="button" onClick={onRetrySave}>
                Save again
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
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
          <input
            type="checkbox"
            checked={settings.features.highlights}
            onChange={(e) => setFeature({ highlights: (e.target as HTMLInputElement).checked })}
          />{' '}
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
                  setFeature({
                    entityTypes: {
                      ...settings.features.entityTypes,
                      [t.key]: (e.target as HTMLInputElement).checked,
                    },
                  })
                }
              />{' '}
              {t.label}
            </label>
          ))}
        </fieldset>
        <label>
          <input
            type="checkbox"
            checked={settings.features.timeline}
            onChange={(e) => setFeature({ timeline: (e.target as HTMLInputElement).checked })}
          />{' '}
          Timeline
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.features.claims}
            onChange={(e) => setFeature({ claims: (e.target as HTMLInputElement).checked })}
          />{' '}
          Claims and who made them
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.features.related}
            onChange={(e) => setFeature({ related: (e.target as HTMLInputElement).checked })}
          />{' '}
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
      <section aria-labelledby="opt-online">
        <h2 id="opt-online">Online sources</h2>
        <OnlineSourceList
          online={settings.online}
          onToggle={props.onOnlineSourceChange}
          notice={props.onlineNotice}
        />
        {props.feeds ? (
          <>
            <h3>News feeds</h3>
            <FeedList {...props.feeds} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="opt-data">
        <h2 id="opt-data">Data</h2>
        <ReadingHistory
          size={settings.historySize}
          onSizeChange={(historySize) => set({ historySize })}
          count={props.history?.count}
          onClear={props.history?.onClear}
        />
        {props.wrongCards ? (
          <>
            <h3>Cards you marked wrong</h3>
            <WrongCardList {...props.wrongCards} />
          </>
        ) : null}
        {props.requestLog ? (
          <>
            <h3>Online requests</h3>
            <RequestLog requests={props.requestLog} />
          </>
        ) : null}
        <h3>Your settings</h3>
        <p>Settings sync where your browser syncs. Keep a copy or move them to another browser as a file.</p>
        <SettingsTransfer {...props.transfer} />
      </section>
      <section aria-labelledby="opt-about">
        <h2 id="opt-about">About</h2>
        <p>Fact Context {version}</p>
        <h3>Data sources</h3>
        <CreditTable credits={credits.data} caption="Data sources and their licences" />
        <h3>Libraries</h3>
        <CreditTable credits={credits.libraries} caption="Libraries and their licences" />
      </section>
    </main>
  );
}

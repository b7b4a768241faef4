/** Props of {@link SettingsTransfer}. */
export interface SettingsTransferProps {
  /** Save the current settings as a JSON file. */
  onExport: () => void;
  /** Read settings from a file the reader chose. */
  onImport: (file: File) => void;
  /** The outcome of the last import, to show beside the buttons. */
  notice?: { kind: 'ok' | 'error'; text: string; details?: string[] };
}

/** Export and import of settings as a JSON file (to keep a copy or move to another browser). */
export function SettingsTransfer({ onExport, onImport, notice }: SettingsTransferProps) {
  return (
    <div class="fc-transfer">
      <button type="button" onClick={onExport}>
        Export settings…
      </button>{' '}
      <label class="fc-file-button">
        Import settings…
        <input
          type="file"
          accept="application/json,.json"
          class="fc-visually-hidden"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = '';
          }}
        />
      </label>
      {notice ? (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          class={`fc-notice fc-notice--${notice.kind}`}
        >
          <p>{notice.text}</p>
          {notice.details?.length ? (
            <ul>
              {notice.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Props of {@link ReadingHistory}. */
export interface ReadingHistoryProps {
  /** How many articles the history keeps at most (from settings). */
  size: number;
  /** Change the size. */
  onSizeChange: (size: number) => void;
  /** How many articles it holds now; undefined while unknown. */
  count?: number;
  /** Forget every article; undefined when this build keeps no history store. */
  onClear?: () => void;
}

/** The local reading history used for related coverage: its size, what it holds, and a way to clear it. */
export function ReadingHistory({ size, onSizeChange, count, onClear }: ReadingHistoryProps) {
  return (
    <div class="fc-history">
      <p>
        To find related coverage, Fact Context remembers the titles, addresses and names found in news
        articles you read, on this computer only. Pages you had analysed although they are no news article are
        not remembered.
      </p>
      <p>
        In private windows Fact Context still shows its cards, but remembers nothing you read there and looks
        nothing up online.
      </p>
      <label>
        Keep at most{' '}
        <input
          type="number"
          min={0}
          max={20000}
          step={100}
          value={size}
          onChange={(e) => onSizeChange(Number((e.target as HTMLInputElement).value))}
        />{' '}
        articles (0 keeps none)
      </label>
      <p role="status">
        {count === undefined ? 'Reading history: not available.' : `Reading history: ${count} articles.`}
      </p>
      {onClear ? (
        <button type="button" onClick={onClear} disabled={count === 0}>
          Clear reading history
        </button>
      ) : null}
      {onClear ? (
        <p class="fc-muted">
          Clearing also forgets answers from online sources and the list of online requests.
        </p>
      ) : null}
    </div>
  );
}

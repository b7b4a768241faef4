import type { WrongCardReport } from '@/lib/settings';

/** Props of {@link WrongCardList}. */
export interface WrongCardListProps {
  /** The cards the reader marked wrong, oldest first. */
  reports: WrongCardReport[];
  /** Show that card again for that name on that site. */
  onUndo: (report: WrongCardReport) => void;
}

/** The cards the reader marked wrong ("Wrong card?"), each with an undo. */
export function WrongCardList({ reports, onUndo }: WrongCardListProps) {
  if (!reports.length)
    return <p class="fc-muted">None. “Wrong card?” on a card stops that card for that name on that site.</p>;
  return (
    <ul class="fc-wrong-cards">
      {reports.map((r) => (
        <li key={`${r.site}|${r.name}|${r.kbId}`}>
          “{r.name}” on {r.site} is not {r.title}{' '}
          <button
            type="button"
            class="fc-link-button"
            aria-label={`Undo: show ${r.title} again for “${r.name}” on ${r.site}`}
            onClick={() => onUndo(r)}
          >
            Undo
          </button>
        </li>
      ))}
    </ul>
  );
}

import type { Claim } from '@/lib/analysis/types';

/** Props of {@link ClaimList}. */
export interface ClaimListProps {
  /** Claims to list; shown most check-worthy first. */
  claims: Claim[];
  /** Maximum number of claims to show. */
  limit?: number;
}

const KIND_LABEL: Record<Claim['kind'], string> = {
  quote: 'Quote',
  reported: 'Reported',
  statistic: 'Statistic',
  other: 'Claim',
};

/** A fact-checker search for the claim's words; nothing is requested until the reader clicks. */
function factCheckUrl(claim: Claim): string {
  const q = claim.text.length > 180 ? claim.text.slice(0, 180) : claim.text;
  return `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(q)};hl=en`;
}

/** Who said what: claims with their speakers and check-worthiness, most check-worthy first. */
export function ClaimList({ claims, limit = 20 }: ClaimListProps) {
  const sorted = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness).slice(0, limit);
  if (!sorted.length) return <p class="fc-muted">No quotes or claims found.</p>;
  return (
    <ol class="fc-claims">
      {sorted.map((c) => (
        <li class="fc-claim" key={`${c.start}-${c.end}`}>
          <p class="fc-claim__text">{c.kind === 'quote' ? `“${c.text}”` : c.text}</p>
          <p class="fc-claim__meta">
            <span class="fc-claim__speaker">{c.speaker?.name ?? 'Unattributed'}</span>
            {' · '}
            {KIND_LABEL[c.kind]}
            {' · '}
            <span title="How much this sentence is worth checking (0–100)">
              check-worthiness {Math.round(c.checkworthiness * 100)}
            </span>
            {' · '}
            <a href={factCheckUrl(c)} target="_blank" rel="noopener noreferrer">
              Search fact-checks
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}

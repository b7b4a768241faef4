import type { Claim, EntitySummary } from '@/lib/contract/types';

/** Props of {@link ClaimList}. */
export interface ClaimListProps {
  /** Claims to list: grouped by speaker, most check-worthy first. */
  claims: Claim[];
  /** The article's entities: a speaker that is one of them links to its card. */
  entities?: EntitySummary[];
  /** Maximum number of claims to show. */
  limit?: number;
}

const KIND_LABEL: Record<Claim['kind'], string> = {
  quote: 'Quote',
  reported: 'Reported',
  statistic: 'Statistic',
  other: 'Claim',
};

/** At or above this check-worthiness a claim is labelled "worth checking" (the model's calibrated 50%). */
const WORTH_CHECKING = 0.5;

/** The id of an entity's card in the popup, for links from its speaker heading. */
export const cardAnchor = (entityId: string): string => `fc-card-${entityId}`;

/** A fact-checker search for the claim's words: a plain https link; nothing is requested until the reader clicks. */
function factCheckUrl(claim: Claim): string {
  const q = claim.text.length > 180 ? claim.text.slice(0, 180) : claim.text;
  return `https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(q)};hl=en`;
}

interface SpeakerGroup {
  key: string;
  name: string;
  entity?: EntitySummary;
  claims: Claim[];
}

/** Claims grouped by speaker (the entity, else the name as written); groups ordered by their best claim. */
function groupBySpeaker(claims: Claim[], entities: EntitySummary[] = []): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  const sorted = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  for (const claim of sorted) {
    const entity = claim.speaker?.entityId
      ? entities.find((e) => e.id === claim.speaker!.entityId)
      : undefined;
    const key = entity ? `e:${entity.id}` : `n:${claim.speaker?.name.toLowerCase() ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, name: entity?.name ?? claim.speaker?.name ?? 'Unattributed', entity, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

/** Who said what: claims grouped by speaker, each speaker linked to their card, the checkable ones labelled. */
export function ClaimList({ claims, entities = [], limit = 20 }: ClaimListProps) {
  const shown = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness).slice(0, limit);
  if (!shown.length) return <p class="fc-muted">No quotes or claims found.</p>;
  return (
    <ul class="fc-claims">
      {groupBySpeaker(shown, entities).map((g) => (
        <li class="fc-claim-group" key={g.key}>
          <h3 class="fc-claim__speaker">
            {g.entity ? <a href={`#${cardAnchor(g.entity.id)}`}>{g.name}</a> : g.name}
          </h3>
          <ol class="fc-claim-group__claims">
            {g.claims.map((c) => (
              <li class="fc-claim" key={`${c.start}-${c.end}`}>
                <p class="fc-claim__text">{c.kind === 'quote' ? `“${c.text}”` : c.text}</p>
                <p class="fc-claim__meta">
                  {KIND_LABEL[c.kind]}
                  {c.checkworthiness >= WORTH_CHECKING ? (
                    <>
                      {' · '}
                      <span
                        class="fc-claim__label"
                        title="States something a fact-checker could check: a number, a comparison, a cause, an event or a policy"
                      >
                        worth checking
                      </span>
                    </>
                  ) : null}
                  {' · '}
                  <a href={factCheckUrl(c)} target="_blank" rel="noopener noreferrer">
                    Search fact-checks
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}

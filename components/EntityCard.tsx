import type { EntitySummary } from '@/lib/contract/types';
import { nameSearchUrl } from '@/lib/url/reference-links';
import { httpUrl } from '@/lib/url/http-url';

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  /** The entity to show; its card when linked, else its name and type only. */
  entity: EntitySummary;
  /** Heading level for the title, to fit the surrounding document outline. */
  headingLevel?: 2 | 3 | 4;
  /** Show the "why this card" line. */
  showWhy?: boolean;
  /** Called when the reader activates the card (e.g. to scroll to its first mention). */
  onSelect?: (entity: EntitySummary) => void;
  /** The reader says the card names the wrong thing ("Wrong card?"); absent: no such button. */
  onWrongCard?: (entity: EntitySummary) => void;
}

const TYPE_LABEL: Record<EntitySummary['type'], string> = {
  organization: 'Organisation',
  person: 'Person',
  place: 'Place',
  event: 'Event',
  other: 'Other',
};

/** One entity's context card: what it is, key facts, links and where the facts come from. */
export function EntityCard({
  entity,
  headingLevel = 3,
  showWhy = true,
  onSelect,
  onWrongCard,
}: EntityCardProps) {
  const card = entity.card;
  const Heading = `h${headingLevel}` as 'h3';
  const title = card?.title ?? entity.name;
  // Online sources fill some of these: only http(s) addresses become links.
  const links = (card?.links ?? []).flatMap((l) => {
    const url = httpUrl(l.url);
    return url ? [{ label: l.label, url }] : [];
  });
  const extractUrl = httpUrl(card?.extract?.url);
  return (
    <article class="fc-card" data-entity-id={entity.id} data-kb-id={entity.kbId} aria-label={title}>
      <header class="fc-card__head">
        <Heading class="fc-card__title">
          {onSelect ? (
            <button type="button" class="fc-card__select" onClick={() => onSelect(entity)}>
              {title}
            </button>
          ) : (
            title
          )}
        </Heading>
        <span class={`fc-type fc-type--${entity.type}`}>
          {card?.subtitle ??
            (entity.unsure
              ? 'Not linked: unsure which entry'
              : `${TYPE_LABEL[entity.type]} — not in the offline knowledge base`)}
        </span>
      </header>
      {card?.description ? <p class="fc-card__desc">{card.description}</p> : null}
      {!card ? <NotInKnowledgeBase name={entity.name} unsure={entity.unsure} /> : null}
      {card?.facts.length ? (
        <dl class="fc-facts">
          {card.facts.map((f) => (
            <div class="fc-fact" key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {card?.extract ? (
        <blockquote class="fc-extract">
          {card.extract.text}
          <footer>
            {extractUrl ? (
              <a href={extractUrl} target="_blank" rel="noopener noreferrer">
                {card.extract.source}
              </a>
            ) : (
              card.extract.source
            )}
            , {card.extract.licence}
          </footer>
        </blockquote>
      ) : null}
      {links.length ? (
        <ul class="fc-links">
          {links.map((l) => (
            <li key={l.url}>
              <a href={l.url} target="_blank" rel="noopener noreferrer">
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {card ? (
        <p class="fc-source">
          Source: {card.source} ({card.licence})
        </p>
      ) : null}
      {showWhy && card?.why?.length ? <p class="fc-why">Why this card: {card.why.join('; ')}</p> : null}
      {card && onWrongCard ? (
        <button
          type="button"
          class="fc-link-button fc-card__wrong"
          aria-label={`Wrong card? ${title} is not what this article means by ${entity.name}`}
          onClick={() => onWrongCard(entity)}
        >
          Wrong card?
        </button>
      ) : null}
    </article>
  );
}

/**
 * A name the offline knowledge base lacks, or where the linker was unsure: said as it is, never a guessed
 * card, with a search the reader may open (no request is made until then).
 */
function NotInKnowledgeBase({ name, unsure }: { name: string; unsure?: boolean }) {
  const search = httpUrl(nameSearchUrl(name));
  return (
    <>
      <p class="fc-card__desc fc-muted">
        {unsure
          ? `The offline knowledge base has an entry called “${name}”, but none that fits here with enough confidence (another kind of thing, or several of that name), so no facts are shown rather than a guess.`
          : 'No entry for this name in the offline knowledge base, so no facts are shown rather than a guess.'}
      </p>
      {search ? (
        <ul class="fc-links">
          <li>
            <a href={search} target="_blank" rel="noopener noreferrer">
              Search the web for “{name}”
            </a>
          </li>
        </ul>
      ) : null}
    </>
  );
}

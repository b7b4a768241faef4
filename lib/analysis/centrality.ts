/**
 * How central an entity is to this article, for the order of its cards: a reader's sense of what the story
 * is about, not the kind of thing. A sports report leads with its coach and clubs; the countries it passes
 * through come later. Signals: named in the headline, named in the lead, how often the article names it,
 * whether it speaks in the story; a card the KB can fill breaks ties.
 */
import type { AnalysisEntity, Claim } from '../contract/types';

/** What the ranking reads besides the entities. */
export interface CentralityInput {
  title?: string;
  text: string;
  claims?: ReadonlyArray<Pick<Claim, 'speaker'>>;
}

/** The lead: the article's opening, where a news story says who and what. */
const LEAD_CHARS = 400;

/** A score for each entity id: higher is more central. */
export function centrality(entities: readonly AnalysisEntity[], input: CentralityInput): Map<string, number> {
  const title = (input.title ?? '').toLowerCase();
  const speakers = new Map<string, number>();
  for (const c of input.claims ?? [])
    if (c.speaker?.entityId) speakers.set(c.speaker.entityId, (speakers.get(c.speaker.entityId) ?? 0) + 1);
  const leadEnd = leadEndOf(input.text);
  const out = new Map<string, number>();
  for (const e of entities) {
    // Its names as written (not descriptions such as 'the party'), and its card's title.
    const names = new Set(
      [...e.mentions.map((m) => m.text).filter((n) => /^[\p{Lu}\p{N}]/u.test(n)), e.name, e.card?.title ?? '']
        .filter((n) => n.length > 1)
        .map((n) => n.toLowerCase()),
    );
    const inTitle = [...names].some((n) => containsWord(title, n));
    const inLead = e.mentions.some((m) => m.start < leadEnd);
    const count = e.mentions.length;
    const said = speakers.get(e.id) ?? 0;
    out.set(
      e.id,
      (inTitle ? 3 : 0) +
        (inLead ? 2 : 0) +
        Math.log2(1 + count) +
        (said ? 1.5 + 0.25 * Math.min(4, said) : 0) +
        (e.card ? 0.25 : 0),
    );
  }
  return out;
}

/** Entities in order of centrality; ties by first mention. */
export function byCentrality<T extends AnalysisEntity>(entities: readonly T[], input: CentralityInput): T[] {
  const score = centrality(entities, input);
  return [...entities].sort(
    (a, b) =>
      (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) ||
      (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/** End of the lead: the end of the first paragraph of some length, or LEAD_CHARS. */
function leadEndOf(text: string): number {
  let end = text.indexOf('\n\n', 120);
  if (end < 0 || end > LEAD_CHARS * 2) end = LEAD_CHARS;
  return end;
}

function containsWord(haystack: string, needle: string): boolean {
  let i = haystack.indexOf(needle);
  while (i >= 0) {
    const before = haystack.charAt(i - 1);
    const after = haystack.charAt(i + needle.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    i = haystack.indexOf(needle, i + 1);
  }
  return false;
}

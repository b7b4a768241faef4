/**
 * The one pipeline: an extracted Article in, the Analysis contract out. Pure and synchronous; the
 * background worker, CLI, benchmarks and evaluations all come through here.
 */
import type { Linker, LinkContext, LinkResult } from '@/lib/kb';
import { linkProbability, MIN_LINK_SCORE } from '@/lib/kb/calibration';
import { normaliseAlias } from '@/lib/kb/normalise';
import { extractClaims, type CheckworthinessModel } from '@/lib/nlp/claims';
import { extractTimeline } from '@/lib/nlp/dates';
import { groupEntities, mergeMentions, resolveCoreference, withHeadlineNames } from '@/lib/nlp/entities';
import { isCompassWord } from '@/lib/nlp/entities/span-repair';
import { findEventPhrases } from '@/lib/nlp/event-phrases';
import { splitSentences } from '@/lib/nlp/sentences';
import type { Tagger } from '@/lib/nlp/tagger';
import type { Analysis, AnalysisEntity, Article, RelatedItem } from '../contract/types';
import { isCommonAcronym } from './common-acronym';
import { readNamesInContext } from './name-context';
import { otherWalkOfLife } from './walk-of-life';
import {
  isDishNamedAfterPlace,
  isDrinkNamedAfterPlace,
  isFoodAndDrinkText,
  isNamedAfterAPlace,
} from './drink-named-after-place';
import {
  atSentenceStart,
  dropNameFragments,
  dropNotNames,
  isAccentFoldedWord,
  isNotANameBefore,
  isWordOfTheText,
  unlinkLoneGivenNames,
} from './not-a-name';
import { isPublisherShortName } from './publisher-name';
import { dropNoCardNationalities } from './no-card-mentions';

export { isCredit } from './name-context';

/** What analyze() needs: the linker over the embedded KB and the trained models. */
export interface AnalyzeDeps {
  linker: Linker;
  tagger?: Tagger;
  claimsModel?: CheckworthinessModel;
  /** Finds related coverage for a finished analysis (reading history, feeds); optional. */
  findRelated?: (analysis: Analysis) => RelatedItem[];
  /** Time budget (ms): past it, the stages not yet run are skipped and the result says so. */
  budgetMs?: number;
  /** The clock the budget is kept on (tests pass their own). */
  now?: () => number;
  /** Maps the linker's score to the probability the link is right (default: the fitted calibration). */
  linkProbability?: (score: number) => number;
  /** Links below this probability get no card (default MIN_LINK_PROBABILITY; the calibration fit passes 0). */
  minLinkProbability?: number;
  /** When set, names needing a near-miss search get no card now and are reported here (see LinkContext). */
  deferNearMisses?: (name: string) => void;
  /**
   * When true, the timeline, the claims and related coverage are left out (empty, with no note): the worker's
   * first analysis after it starts shows the cards without waiting for them, and an update completes it.
   */
  deferStages?: boolean;
}

/** What a stage skipped for lack of time is called in the note the reader sees. */
type Stage = 'timeline' | 'claims' | 'related coverage';

/**
 * Below this probability that the link is right an entity gets no card (NIL rather than a wrong card): the
 * probability the calibration in lib/kb/calibration.ts gives the linker score it abstains below.
 */
const MIN_LINK_PROBABILITY = linkProbability(MIN_LINK_SCORE);

/** Analyse one article: entities linked to the KB with cards, claims with speakers, a timeline, related coverage. */
export function analyze(article: Article, deps: AnalyzeDeps): Analysis {
  const { text } = article;
  const { linker } = deps;
  const probability = deps.linkProbability ?? linkProbability;
  const minProbability = deps.minLinkProbability ?? MIN_LINK_PROBABILITY;
  /** The linker's answer with its score read as a probability, or undefined below the threshold. */
  const calibrated = (link: LinkResult | undefined): LinkResult | undefined => {
    if (!link) return undefined;
    const p = probability(link.confidence);
    return p >= minProbability ? { ...link, confidence: p } : undefined;
  };
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const skipped: Stage[] = [];
  /** Is there time left for `stage`? A page that made an earlier stage slow gives up the later ones. */
  const inTime = (stage: Stage) => {
    const ok = deps.budgetMs === undefined || now() - started <= deps.budgetMs;
    if (!ok) skipped.push(stage);
    return ok;
  };
  const sentences = splitSentences(text);
  const spotted = linker.spot(text);
  const tagged = deps.tagger ? deps.tagger.tag(text) : [];
  const candidates = mergeMentions(
    text,
    spotted,
    tagged,
    (id) => linker.get(id)?.type,
    Boolean(deps.tagger),
    (id, surface) => {
      const e = linker.get(id);
      return e && { prior: e.prior ?? 0, ownName: normaliseAlias(e.name) === normaliseAlias(surface) };
    },
  );
  // Credits, citation labels, languages, the first word of a longer name: read in place before grouping.
  const read = readNamesInContext(text, candidates, (c) => {
    const spot = spotted.find((s) => s.start === c.start && s.end === c.end);
    const id = spot?.candidates[0] ?? c.kbCandidates?.[0];
    return (id ? linker.get(id)?.kind : undefined) === 'country';
  });
  const noCardAt = new Set(read.noCard);
  // 'a glass of Champagne', 'the Shiraz': a wine or a cheese named after a place, in a text about them.
  const foodText = read.candidates.some((c) => isNamedAfterAPlace(c.text)) && isFoodAndDrinkText(text);
  // 'Brussels sprouts', 'Dijon mustard': a dish named after a place, wherever it stands.
  for (const c of read.candidates) {
    if (
      c.type !== 'person' &&
      (isDrinkNamedAfterPlace(text, c.start, c.end, foodText) || isDishNamedAfterPlace(text, c.end))
    )
      noCardAt.add(c.start);
  }
  // "Congressman Meadows" in the text is the headline's "Mark Meadows" (the headline is not in the text).
  const headlinePeople =
    deps.tagger && article.title
      ? deps.tagger
          .tag(article.title.slice(0, 300))
          .filter((s) => s.type === 'PER')
          .map((s) => s.text)
      : [];
  const groups = withHeadlineNames(groupEntities(text, read.candidates, headlinePeople), headlinePeople);

  const context: LinkContext = {
    publishedAt: article.publishedAt,
    publisher: article.publisher,
    url: article.url,
    text,
    coMentionedIds: [...new Set(spotted.flatMap((s) => s.candidates.slice(0, 1)))],
    ...(deps.deferNearMisses ? { deferNearMiss: deps.deferNearMisses } : {}),
  };

  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const whyByKbId = new Map<string, string[]>();
  const foldedWords = new Set<string>();
  let entities: AnalysisEntity[] = groups.map((group, i) => {
    // A group named only where the name stands for something else (see name-context) is left without a card.
    // So is a word that what follows makes a date or a label ('Nov. 24', 'Level 3'): no town called Nov.
    // A bare compass word ('the South', 'the Southeast') names no one place; 'your GP' is no party's initials.
    const noCard =
      group.mentions.every((m) => noCardAt.has(m.start) || isCompassWord(m.text)) ||
      isCommonAcronym(text, group.mentions) ||
      group.mentions.every((m) =>
        isNotANameBefore(
          m.text,
          text.slice(m.end, m.end + 4),
          atSentenceStart(text, m.start, sentenceStarts),
          text.slice(Math.max(0, m.start - 24), m.start),
        ),
      );
    // 'the Globe' on the California Globe's page is the publisher: its entry or none, never a namesake.
    const publisherShort = isPublisherShortName(group.names, article.publisher);
    const names = publisherShort ? [article.publisher!] : group.names;
    const link = noCard
      ? undefined
      : linker.link(
          { names, type: publisherShort ? 'organization' : group.type, mentions: group.mentions },
          context,
        );
    const calibratedLink = calibrated(link);
    // 'God' is not 'Göd': an ordinary word that meets a KB name only once its accents are folded away.
    // 'Shell jumpers' heading a post about 'the shell': a word the text itself writes in lowercase.
    const folded =
      calibratedLink &&
      (group.mentions.every((m) =>
        isAccentFoldedWord(m.text, linker.get(calibratedLink.kbId)?.name ?? m.text),
      ) ||
        isWordOfTheText(text, group.mentions, sentenceStarts));
    if (folded) foldedWords.add(`e${i + 1}`);
    // 'state Sen. Jim Davis' is not the basketball player of that name: a namesake from another walk of life.
    const candidate = calibratedLink && !folded ? linker.get(calibratedLink.kbId) : undefined;
    const namesake = candidate?.type === 'person' && otherWalkOfLife(text, group.mentions, candidate);
    const linked = folded || namesake ? undefined : calibratedLink;
    const kbEntity = linked ? candidate : undefined;
    if (linked && !whyByKbId.has(linked.kbId)) whyByKbId.set(linked.kbId, linked.why);
    return {
      id: `e${i + 1}`,
      name: kbEntity?.name ?? group.name,
      // The tagger's reading stays; a MISC name takes its entry's type ('British' is the UK, 'COP26' an event),
      // and so does the publisher named short ('the Times' read as a person).
      type: (group.type === 'other' || publisherShort) && kbEntity ? kbEntity.type : group.type,
      kbId: linked?.kbId,
      confidence: linked?.confidence ?? (link ? probability(link.confidence) : 0.3),
      mentions: group.mentions,
    };
  });

  // A MISC name linked to a country ('British') is a nationality: the country's card, not one of its names.
  groups.forEach((group, i) => {
    const e = entities[i];
    if (group.type === 'other' && e.kbId && linker.get(e.kbId)?.type === 'place')
      e.mentions = e.mentions.map((m) => ({ ...m, form: 'nationality' as const }));
  });
  // Such a word is not an unknown name either: no card at all.
  entities = entities.filter((e) => !foldedWords.has(e.id));
  entities = dropNoCardNationalities(entities, noCardAt);
  entities = mergeSameKbId(entities);
  context.coMentionedIds = entities.flatMap((e) => (e.kbId ? [e.kbId] : []));
  entities = resolveCoreference(text, entities, (id) => linker.get(id)?.kind);
  entities = addEventReferences(text, entities, linker, context, whyByKbId, calibrated);
  entities = dropNameFragments(dropNotNames(text, entities, sentenceStarts));
  const { tagger } = deps;
  if (tagger?.isGivenName)
    unlinkLoneGivenNames(
      entities,
      (w) => tagger.isGivenName!(w),
      (id) => linker.get(id)?.name,
    );
  // 'Vancouver had 63%' read as a person: the KB has the name (as a place), so the card must not say it has none.
  const spottedAt = new Set(spotted.filter((s) => s.candidates.length).map((s) => `${s.start}:${s.end}`));
  for (const entity of entities) {
    if (!entity.kbId && entity.mentions.some((m) => spottedAt.has(`${m.start}:${m.end}`)))
      entity.unsure = true;
    if (!entity.kbId) continue;
    const card = linker.card(entity.kbId, context);
    const why = whyByKbId.get(entity.kbId);
    entity.card = why && !card.why?.length ? { ...card, why } : card;
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  entities.forEach((e, i) => (e.id = `e${i + 1}`));

  const later = deps.deferStages === true;
  const timeline = !later && inTime('timeline') ? extractTimeline(text, article.publishedAt, sentences) : [];
  const claims =
    !later && deps.claimsModel && inTime('claims')
      ? extractClaims(text, sentences, entities, deps.claimsModel, { quotes: article.hints?.quotes })
      : [];

  const analysis: Analysis = {
    article: {
      url: article.url,
      isNews: article.isNews,
      newsScore: article.newsScore,
      title: article.title,
      publisher: article.publisher,
      byline: article.byline,
      ...(article.agency ? { agency: article.agency } : {}),
      publishedAt: article.publishedAt,
      modifiedAt: article.modifiedAt,
      language: article.language,
      canonicalUrl: article.canonicalUrl,
      text,
    },
    entities,
    claims,
    timeline,
    related: [],
  };
  if (!later && deps.findRelated && inTime('related coverage')) analysis.related = deps.findRelated(analysis);
  if (skipped.length)
    analysis.notes = [
      `This page took too long to analyse; Fact Context stopped before the ${skipped.join(', ')} and shows what it found so far.`,
    ];
  return analysis;
}

/** Two groups that linked to the same KB entity are one entity ("Britain" and "British"). */
function mergeSameKbId(entities: AnalysisEntity[]): AnalysisEntity[] {
  const byKb = new Map<string, AnalysisEntity>();
  const out: AnalysisEntity[] = [];
  for (const e of entities) {
    const key = e.kbId;
    const first = key ? byKb.get(key) : undefined;
    if (!first) {
      if (key) byKb.set(key, e);
      out.push(e);
      continue;
    }
    first.mentions = [...first.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    first.confidence = Math.max(first.confidence, e.confidence);
  }
  return out;
}

/**
 * Generic event references ('the general election', 'the December 12 election') become mentions of the real
 * event the linker resolves them to, on the article's clock; unresolved ones are left out (NIL).
 */
function addEventReferences(
  text: string,
  entities: AnalysisEntity[],
  linker: Linker,
  context: LinkContext,
  whyByKbId: Map<string, string[]>,
  calibrated: (link: LinkResult | undefined) => LinkResult | undefined,
): AnalysisEntity[] {
  const taken = entities.flatMap((e) => e.mentions);
  const overlaps = (m: { start: number; end: number }) =>
    taken.some((t) => m.start < t.end && t.start < m.end);
  const out = [...entities];
  for (const phrase of findEventPhrases(text)) {
    if (overlaps(phrase)) continue;
    const link = calibrated(linker.link({ names: [phrase.text], type: 'event' }, context));
    if (!link) continue;
    const kbEntity = linker.get(link.kbId);
    if (!kbEntity) continue;
    let entity = out.find((e) => e.kbId === link.kbId);
    if (!entity) {
      entity = {
        id: `e${out.length + 1}`,
        name: kbEntity.name,
        type: kbEntity.type,
        kbId: link.kbId,
        confidence: link.confidence,
        mentions: [],
      };
      out.push(entity);
      whyByKbId.set(link.kbId, link.why);
    }
    entity.mentions = [...entity.mentions, phrase].sort((a, b) => a.start - b.start);
    entity.confidence = Math.max(entity.confidence, link.confidence);
  }
  return out;
}

/**
 * The one pipeline: an extracted Article in, the Analysis contract out. Pure and synchronous; the
 * content script, popup, CLI, benchmarks and evaluations all come through here.
 */
import type { Linker, LinkContext } from '@/lib/kb';
import { extractClaims, type CheckworthinessModel } from '@/lib/nlp/claims';
import { extractTimeline } from '@/lib/nlp/dates';
import { groupEntities, mergeMentions, resolveCoreference } from '@/lib/nlp/entities';
import { findEventPhrases } from '@/lib/nlp/event-phrases';
import { splitSentences } from '@/lib/nlp/sentences';
import type { Tagger } from '@/lib/nlp/tagger';
import type { Analysis, AnalysisEntity, Article, RelatedItem } from './types';

/** What analyze() needs: the linker over the embedded KB and the trained models. */
export interface AnalyzeDeps {
  linker: Linker;
  tagger?: Tagger;
  claimsModel?: CheckworthinessModel;
  /** Finds related coverage for a finished analysis (reading history, feeds); optional. */
  findRelated?: (analysis: Analysis) => RelatedItem[];
}

/** Below this link confidence an entity gets no card (NIL rather than a wrong card). */
export const MIN_LINK_CONFIDENCE = 0.5;

/** Analyse one article: entities linked to the KB with cards, claims with speakers, a timeline, related coverage. */
export function analyze(article: Article, deps: AnalyzeDeps): Analysis {
  const { text } = article;
  const { linker } = deps;
  const sentences = splitSentences(text);
  const spotted = linker.spot(text);
  const tagged = deps.tagger ? deps.tagger.tag(text) : [];
  const candidates = mergeMentions(text, spotted, tagged, (id) => linker.get(id)?.type);
  const groups = groupEntities(text, candidates);

  const context: LinkContext = {
    publishedAt: article.publishedAt,
    publisher: article.publisher,
    url: article.url,
    text,
    coMentionedIds: [...new Set(spotted.flatMap((s) => s.candidates.slice(0, 1)))],
  };

  const whyByKbId = new Map<string, string[]>();
  let entities: AnalysisEntity[] = groups.map((group, i) => {
    const link = linker.link({ names: group.names, type: group.type }, context);
    const linked = link && link.confidence >= MIN_LINK_CONFIDENCE ? link : undefined;
    const kbEntity = linked ? linker.get(linked.kbId) : undefined;
    if (linked && !whyByKbId.has(linked.kbId)) whyByKbId.set(linked.kbId, linked.why);
    return {
      id: `e${i + 1}`,
      name: kbEntity?.name ?? group.name,
      type: kbEntity?.type ?? group.type,
      kbId: linked?.kbId,
      confidence: link?.confidence ?? 0.3,
      mentions: group.mentions,
    };
  });

  entities = mergeSameKbId(entities);
  context.coMentionedIds = entities.flatMap((e) => (e.kbId ? [e.kbId] : []));
  entities = resolveCoreference(text, entities, (id) => linker.get(id)?.kind);
  entities = addEventReferences(text, entities, linker, context, whyByKbId);
  for (const entity of entities) {
    if (!entity.kbId) continue;
    const card = linker.card(entity.kbId, context);
    const why = whyByKbId.get(entity.kbId);
    entity.card = why && !card.why?.length ? { ...card, why } : card;
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  entities.forEach((e, i) => (e.id = `e${i + 1}`));

  const timeline = extractTimeline(text, article.publishedAt, sentences);
  const claims = deps.claimsModel
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
  if (deps.findRelated) analysis.related = deps.findRelated(analysis);
  return analysis;
}

/** Two groups that linked to the same KB entity are one entity ("Britain" and "British"). */
function mergeSameKbId(entities: AnalysisEntity[]): AnalysisEntity[] {
  const byKb = new Map<string, AnalysisEntity>();
  const out: AnalysisEntity[] = [];
  for (const e of entities) {
    const first = e.kbId ? byKb.get(e.kbId) : undefined;
    if (!first) {
      if (e.kbId) byKb.set(e.kbId, e);
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
): AnalysisEntity[] {
  const taken = entities.flatMap((e) => e.mentions);
  const overlaps = (m: { start: number; end: number }) =>
    taken.some((t) => m.start < t.end && t.start < m.end);
  const out = [...entities];
  for (const phrase of findEventPhrases(text)) {
    if (overlaps(phrase)) continue;
    const link = linker.link({ names: [phrase.text], type: 'event' }, context);
    if (!link || link.confidence < MIN_LINK_CONFIDENCE) continue;
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

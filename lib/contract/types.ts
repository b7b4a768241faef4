/**
 * The Analysis contract (../shared/DESIGN.md): what the CLI prints with --json, what the popup renders,
 * and what evaluations score. Field names here are fixed; new fields may be added.
 * Offsets are UTF-16 indices into `article.text`.
 */

/** Entity kinds a reader sees on a card. */
export type EntityType = 'organization' | 'person' | 'place' | 'event' | 'other';

/** A span of `article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A labelled fact on a card, e.g. {label: 'Part of', value: 'GCHQ'}. */
export interface CardFact {
  label: string;
  value: string;
}

/** A link on a card (official site, Wikipedia). */
export interface CardLink {
  label: string;
  url: string;
}

/** What a reader is shown about one entity: the project's own words and facts, with their source. */
export interface Card {
  title: string;
  subtitle?: string;
  description?: string;
  facts: CardFact[];
  links: CardLink[];
  /** Where the facts come from, e.g. 'ParlGov; Fact Context seed data'. */
  source: string;
  /** Licence line for the facts, e.g. 'CC0 1.0'. */
  licence: string;
  /** Why this card was chosen ("matched alias 'NCSC'; UK context"). */
  why?: string[];
  /** Online extract (opt-in enrichment), shown with its attribution. */
  extract?: { text: string; source: string; licence: string; url: string };
  /** Online photo (opt-in enrichment): a thumbnail URL and where it comes from. */
  photo?: { url: string; source: string };
}

/** A mention of an entity in the article text. */
export interface Mention extends Span {
  text: string;
  /** Set when the mention is not a name of the entity but a word for its people: 'British' for the United Kingdom. */
  form?: 'nationality';
}

/** One entity the article mentions, linked to the KB when we are sure enough. */
export interface AnalysisEntity {
  id: string;
  name: string;
  type: EntityType;
  kbId?: string;
  confidence: number;
  mentions: Mention[];
  card?: Card;
  /** No card although the knowledge base has an entry of this name: none fits this mention well enough. */
  unsure?: true;
}

/** An entity without its mentions: what a page needs to show the entity's card (mentions can be many). */
export type EntitySummary = Omit<AnalysisEntity, 'mentions'>;

/** A quote, reported statement or statistic, with who made it. */
export interface Claim extends Span {
  text: string;
  kind: 'quote' | 'reported' | 'statistic' | 'other';
  speaker?: { name: string; entityId?: string };
  /** 0..1, from the trained check-worthiness model. */
  checkworthiness: number;
}

/** A dated moment the article refers to, resolved on the article's own clock. */
export interface TimelineEntry extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  text: string;
  label?: string;
  /** True for the article's own publication date. */
  isPublication?: boolean;
  /** How precise the date is ('week': `date` is the Monday of that week). */
  precision?: 'year' | 'month' | 'week' | 'day';
}

/** Another report of the same story. */
export interface RelatedItem {
  title: string;
  url: string;
  publisher?: string;
  publishedAt?: string;
  score: number;
  why: string;
}

/** The article as the Analysis reports it. */
export interface AnalysisArticle {
  url?: string;
  isNews: boolean;
  newsScore: number;
  title?: string;
  publisher?: string;
  byline?: string;
  /** The news agency a byline credits beside its reporters ("Associated Press"). */
  agency?: string;
  /** ISO 8601 */
  publishedAt?: string;
  modifiedAt?: string;
  language?: string;
  /** The address the page names as its own (`<link rel=canonical>`), when it differs from `url`. */
  canonicalUrl?: string;
  text: string;
}

/** The whole result of analysing one article. */
export interface Analysis {
  article: AnalysisArticle;
  entities: AnalysisEntity[];
  claims: Claim[];
  timeline: TimelineEntry[];
  related: RelatedItem[];
  /** What the reader should know about this result, e.g. that it was cut short by the time budget. */
  notes?: string[];
}

/** What only the page's markup says, read with the article's text in the worker: quote markup. */
export interface ArticleHints {
  /** Spans of `text` that the page marked up as quotations (blockquote, q); the claim finder reads them. */
  quotes?: Span[];
}

/**
 * An extracted article: what lib/page/extract produces from a Document (or the CLI from text),
 * and what analyze() consumes. Serialisable (it crosses the messaging boundary).
 */
export interface Article extends AnalysisArticle {
  /** Paragraph spans of `text`, in order. */
  paragraphs: Span[];
  /** Why detection decided as it did, for the popup and debugging. */
  newsReasons?: string[];
  hints?: ArticleHints;
}

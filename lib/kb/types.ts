/**
 * The embedded knowledge base's public shapes: entries as the build writes them, the context a caller
 * knows about an article, and what the linker answers. See lib/kb/index.ts for the functions.
 */
import type { EntityType } from '../contract/types';

export type { EntityType };

/** A role a person held, e.g. {title: 'Leader of the Labour Party', org: 'gb-labour-party', from: '2015-09-12'}. */
export interface KbRole {
  title: string;
  /** KB id of the organisation the role belongs to, when it is in the KB. */
  org?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  from?: string;
  to?: string;
}

/** One KB entry: facts only, descriptions in the project's own words or composed from facts. */
export interface KbEntity {
  id: string;
  type: EntityType;
  /** Lowercase noun phrase: 'political party', 'intelligence agency', 'newspaper', 'city', 'general election'. */
  kind?: string;
  name: string;
  aliases?: string[];
  /**
   * Names in other languages and scripts ('München', 'Мюнхен'): matched exactly, never as near misses (a
   * misspelt English name is not a foreign name).
   */
  otherNames?: string[];
  acronyms?: string[];
  /** ISO 3166-1 alpha-2 */
  country?: string;
  description?: string;
  /** KB id of the parent organisation (or of the country, for an election). */
  parent?: string;
  founded?: string;
  dissolved?: string;
  /** Events: YYYY-MM-DD */
  date?: string;
  roles?: KbRole[];
  hq?: string;
  website?: string;
  domains?: string[];
  /** English Wikipedia title, e.g. 'Labour Party (UK)'. */
  wikipedia?: string;
  wikidata?: string;
  /** 0..1: how likely a bare mention of one of its names means this entity. */
  prior?: number;
  /** Places: inhabitants (GeoNames), for the card and the prior. */
  population?: number;
  /** Keys into the KB's source table (name + licence), e.g. ['parlgov', 'seed']. */
  sources: string[];
}

/** A data source credited on cards and on the About page. */
export interface KbSource {
  name: string;
  licence: string;
  url?: string;
}

/** Entry fields in the order the shipped file stores them (one positional row per entry; the id apart). */
export const ENTITY_FIELDS = [
  'id',
  'type',
  'name',
  'kind',
  'country',
  'prior',
  'sources',
  'aliases',
  'population',
  'acronyms',
  'description',
  'wikipedia',
  'website',
  'parent',
  'founded',
  'dissolved',
  'date',
  'hq',
  'domains',
  'roles',
  'wikidata',
  'otherNames',
] as const;

/** What the caller knows about the article, used to choose between namesakes. */
export interface LinkContext {
  /** ISO 8601 publication date: the clock for roles and events. */
  publishedAt?: string;
  /** Publisher name or hostname. */
  publisher?: string;
  url?: string;
  /** ISO 3166-1 alpha-2 of the article's country, when the caller knows it. */
  country?: string;
  /** KB ids of other entities the article mentions. */
  coMentionedIds?: string[];
  /** The article text, to infer its country and tense when not given. */
  text?: string;
  /**
   * When set, a name the KB lacks is not searched for near misses ('Jeremy Corbin'): the linker abstains for it
   * and reports the name here. The worker's first analysis after a cold start defers them (that search is most
   * of the linking time while the code is not yet compiled) and completes them in an update.
   */
  deferNearMiss?: (name: string) => void;
}

/** A stretch of text that exactly matches a KB alias, with the entries it may mean (best prior first). */
export interface SpottedMention {
  start: number;
  end: number;
  text: string;
  candidates: string[];
}

/** The linker's answer for one entity: the KB id, how sure it is (0..1), and why. */
export interface LinkResult {
  kbId: string;
  confidence: number;
  why: string[];
}

/** A hand-written KB entry (data/kb-seed): KbEntity without the sources line, which the build adds. */
export type SeedEntity = Omit<KbEntity, 'sources'> & { sources?: string[] };

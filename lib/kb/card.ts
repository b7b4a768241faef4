/**
 * Card composition: what a reader sees for one KB entry, on the article's own clock (the role a person
 * held then, who led an organisation then, how far an election is from the article).
 */
import type { Card, CardFact, CardLink } from '../contract/types';
import { wikipediaArticleUrl } from '../url/reference-links';
import { describeDistance, formatLongDate, formatMonthYear, isoDay, yearOf } from '@/lib/contract/calendar';
import { rolesAt } from './roles-at';
import type { KnowledgeBase } from './parse-kb';
import type { KbEntity, KbRole, LinkContext } from './types';

/** People who held a role in an organisation, for 'Leader at the time'. */
export type LeadersOf = (orgId: string) => Array<{ person: KbEntity; role: KbRole }>;

const TYPE_LABEL: Record<string, string> = {
  organization: 'Organisation',
  person: 'Person',
  place: 'Place',
  event: 'Event',
  other: 'Other',
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function span(role: KbRole): string {
  const from = yearOf(role.from);
  const to = yearOf(role.to);
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return `since ${from}`;
  return to ? `until ${to}` : '';
}

function roundPopulation(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} million`;
  if (n >= 10_000) return `${Math.round(n / 1000)},000`;
  return String(n);
}

/** A one-line description composed from facts, for entries the build left without one. */
function templateDescription(e: KbEntity, country: string | undefined): string | undefined {
  const where = country
    ? /^(United|Netherlands|Czech Republic|Philippines)/.test(country)
      ? `the ${country}`
      : country
    : undefined;
  if (e.type === 'place' && e.kind !== 'country' && e.kind !== 'territory') {
    const head =
      e.kind === 'capital city'
        ? `Capital of ${where ?? 'its country'}`
        : `${capitalise(e.kind ?? 'place')}${where ? ` in ${where}` : ''}`;
    return `${head}${e.population ? `; population about ${roundPopulation(e.population)} (GeoNames)` : ''}.`;
  }
  if (e.type === 'event' && e.date) {
    const what =
      e.kind === 'general election'
        ? `General election to the national parliament of ${where}`
        : e.kind === 'European Parliament election'
          ? `Election of ${where}'s members of the European Parliament`
          : capitalise(e.kind ?? 'event');
    return `${what}, held on ${formatLongDate(e.date)}.`;
  }
  if (e.kind)
    return `${capitalise(e.kind)}${where ? ` in ${where}` : ''}${e.founded ? `, founded ${yearOf(e.founded)}` : ''}.`;
  return undefined;
}

/** The name of a country code, from the KB's country entries ('GB' → 'United Kingdom'). */
export function countryName(kb: KnowledgeBase, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const i = kb.indexOf(`country-${code.toLowerCase()}`);
  return i === undefined ? code : kb.entity(i).name;
}

/** Compose the card for `e` as of the article's date in `ctx`. */
export function composeCard(
  kb: KnowledgeBase,
  e: KbEntity,
  ctx: LinkContext,
  leadersOf: LeadersOf,
  why?: string[],
): Card {
  const day = isoDay(ctx.publishedAt);
  const facts: CardFact[] = [];
  const nameOf = (id: string | undefined) => {
    const i = id === undefined ? undefined : kb.indexOf(id);
    return i === undefined ? undefined : kb.entity(i).name;
  };
  const country = countryName(kb, e.country);
  let description = e.description ?? templateDescription(e, country);

  facts.push({ label: 'Type', value: capitalise(e.kind ?? TYPE_LABEL[e.type]) });
  if (country && e.kind !== 'country') facts.push({ label: 'Country', value: country });
  const parent = nameOf(e.parent);
  if (parent && e.type !== 'event' && e.type !== 'place') facts.push({ label: 'Part of', value: parent });
  if (e.type === 'place' && parent) facts.push({ label: 'In', value: parent });
  if (e.acronyms?.length) facts.push({ label: 'Also known as', value: e.acronyms.join(', ') });

  if (e.type === 'event' && e.date) {
    const when = formatLongDate(e.date);
    facts.push({ label: 'Date', value: day ? `${when}, ${describeDistance(day, e.date)}` : when });
  }
  if (e.type === 'person') {
    const held = day ? rolesAt(e.roles, day) : [];
    for (const r of held) facts.push({ label: 'Role at the time', value: `${r.title} (${span(r)})` });
    for (const r of (e.roles ?? []).filter((r) => !held.includes(r)).slice(0, 4)) {
      facts.push({ label: 'Role', value: `${r.title} (${span(r)})` });
    }
  } else {
    if (e.founded) facts.push({ label: 'Founded', value: yearOf(e.founded)! });
    if (e.dissolved) facts.push({ label: 'Dissolved', value: yearOf(e.dissolved)! });
  }
  if (e.type === 'organization' && day) {
    const leaders = leadersOf(e.id).filter(
      ({ role }) => /^leader\b/i.test(role.title) && rolesAt([role], day).length,
    );
    for (const { person, role } of leaders.slice(0, 1)) {
      facts.push({ label: 'Leader at the time', value: `${person.name} (leader ${span(role)})` });
      const opposition = rolesAt(person.roles, day).some((r) => /^Leader of the Opposition/i.test(r.title));
      if (opposition) {
        facts.push({ label: 'At the time', value: `Main opposition party (${formatMonthYear(day)})` });
      }
      description = `${description ?? ''}${description ? ' ' : ''}Led by ${person.name} at the time of this article.`;
    }
  }
  // A place's 'hq' is its capital (countries, states, provinces).
  if (e.hq) facts.push({ label: e.type === 'place' ? 'Capital' : 'Headquarters', value: e.hq });
  if (e.website)
    facts.push({ label: 'Website', value: e.website.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') });

  const links: CardLink[] = [];
  if (e.website) links.push({ label: 'Official site', url: e.website });
  if (e.wikipedia) {
    links.push({
      label: 'Wikipedia',
      url: wikipediaArticleUrl(e.wikipedia),
    });
  }
  const sources = e.sources.map((s) => kb.sources[s]).filter(Boolean);
  return {
    title: e.name,
    subtitle: [capitalise(e.kind ?? TYPE_LABEL[e.type]), e.kind === 'country' ? undefined : country]
      .filter(Boolean)
      .join(' · '),
    description,
    facts,
    links,
    source: sources.map((s) => s.name).join('; ') || 'Fact Context',
    licence: [...new Set(sources.map((s) => s.licence))].join('; ') || 'CC0 1.0',
    ...(why?.length ? { why } : {}),
  };
}

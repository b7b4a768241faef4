/**
 * 'The general election', 'the December 12 election', 'this election': resolved to the election of the
 * article's country nearest after its publication date (or just before, for reports in the past tense).
 */
import { normaliseAlias } from './normalise';
import type { KnowledgeBase } from './parse-kb';
import { daysBetweenIso, isoDay, MONTH_NAMES } from '@/lib/contract/calendar';

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const GENERIC = new RegExp(
  '^(?:(?:the|this|that|an|a|its|next|upcoming|coming|forthcoming|last|previous|recent|snap|early|latest)\\s+)*' +
    '(?:(\\w+\\s+\\d{1,2}|\\d{1,2}\\s+\\w+)\\s+)?' +
    '(?:(general|parliamentary|legislative|national|federal|presidential|midterm|european parliament|european)\\s+)?elections?$',
);
const PAST =
  /\b(won|lost|was held|were held|took place|since|following|result of|results of|defeat in|victory in)\b/;
const FUTURE_WORDS = /^(?:.*\s)?(next|upcoming|coming|forthcoming)\s/;
const PAST_WORDS = /^(?:.*\s)?(last|previous|recent)\s/;

/** The resolved election with reasons, or undefined when the phrase is not a generic election reference. */
export function resolveGenericElection(
  kb: KnowledgeBase,
  name: string,
  country: string | undefined,
  publishedAt: string | undefined,
  text: string | undefined,
): { index: number; confidence: number; why: string[] } | undefined {
  const phrase = normaliseAlias(name);
  const m = phrase.match(GENERIC);
  const day = isoDay(publishedAt);
  if (!m || !country || !day) return undefined;
  const [, monthDay, kindWord] = m;
  const wanted = (kind: string) =>
    kindWord === 'presidential'
      ? kind === 'presidential election'
      : kindWord?.startsWith('european')
        ? kind === 'European Parliament election'
        : kind !== 'European Parliament election';
  const list = (kb.elections.get(country) ?? []).filter((i) => wanted(kb.entity(i).kind ?? ''));
  if (!list.length) return undefined;
  const why = [`'${name}' read as an election in ${country} relative to the article date ${day}`];
  if (monthDay) {
    const parts = monthDay.split(/\s+/);
    const month = MONTHS.indexOf(parts[0]) >= 0 ? MONTHS.indexOf(parts[0]) : MONTHS.indexOf(parts[1]);
    const dd = Number(parts[0]) || Number(parts[1]);
    if (month < 0 || !dd) return undefined;
    const md = `${String(month + 1).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    const hit = list.find(
      (i) => kb.entity(i).date!.slice(5) === md && Math.abs(daysBetweenIso(day, kb.entity(i).date!)) < 400,
    );
    return hit === undefined
      ? undefined
      : { index: hit, confidence: 0.9, why: [...why, `date ${md} matches`] };
  }
  const next = list.find((i) => kb.entity(i).date! >= day && daysBetweenIso(day, kb.entity(i).date!) <= 730);
  const prevList = list.filter((i) => kb.entity(i).date! < day);
  const prev = prevList[prevList.length - 1];
  const past = PAST_WORDS.test(phrase) || (!FUTURE_WORDS.test(phrase) && isPastTense(text, name));
  if (!past && next !== undefined)
    return { index: next, confidence: 0.8, why: [...why, 'nearest election after the article'] };
  if (prev !== undefined && daysBetweenIso(kb.entity(prev).date!, day) <= 1500) {
    return {
      index: prev,
      confidence: 0.7,
      why: [
        ...why,
        past
          ? 'past-tense report: the election before the article'
          : 'no election due: the one before the article',
      ],
    };
  }
  return undefined;
}

/** The last article text lowercased: one article asks about many phrases, and a long one is costly to copy. */
let lowered: { text: string; lower: string } | undefined;

/** Does the text speak of this phrase in the past tense ('won the general election')? */
function isPastTense(text: string | undefined, name: string): boolean {
  if (!text) return false;
  if (lowered?.text !== text) lowered = { text, lower: text.toLowerCase() };
  const { lower } = lowered;
  const needle = name.toLowerCase();
  let past = 0;
  let total = 0;
  for (
    let at = lower.indexOf(needle);
    at >= 0 && total < 20;
    at = lower.indexOf(needle, at + needle.length)
  ) {
    total++;
    if (PAST.test(lower.slice(Math.max(0, at - 60), at + needle.length + 30))) past++;
  }
  return total > 0 && past * 2 > total;
}

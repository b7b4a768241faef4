/**
 * Short forms people write for names the sources give in full, derived by rules from the entries themselves:
 * a person's name without middle initials ('Andrew J. Weaver' → 'Andrew Weaver'), a university's acronym when its
 * web domain spells the initials of its name and it is well known ('Massachusetts Institute of Technology', mit.edu →
 * 'MIT'),
 * 'Saint' and 'St.' for each other ('St. Louis', 'Saint-Étienne'), and an organisation's name without a leading
 * 'The' ('The Washington Post' → 'Washington Post'). A form is added only when it is a new index key for the entry.
 */
import { aliasKey, normaliseAlias } from '../../lib/kb/normalise';
import type { KbEntity } from '../../lib/kb/types';

/** How many forms each rule added. */
export interface AliasFormCounts {
  withoutInitials: number;
  domainAcronyms: number;
  saint: number;
  withoutThe: number;
}

const INITIAL = /^\p{Lu}\.$/u;
/** Universities below this prior (not a popular Wikipedia title) get no acronym from their domain. */
const ACRONYM_MIN_PRIOR = 0.5;

/** Add the derived forms to the entries in place; returns the counts per rule. */
export function addAliasForms(entities: KbEntity[]): AliasFormCounts {
  const counts: AliasFormCounts = { withoutInitials: 0, domainAcronyms: 0, saint: 0, withoutThe: 0 };
  for (const e of entities) {
    const names = [e.name, ...(e.aliases ?? [])];
    const keys = new Set([...names, ...(e.acronyms ?? [])].map((n) => aliasKey(n)));
    const aliases: string[] = [];
    const offer = (form: string, rule: keyof AliasFormCounts) => {
      const key = normaliseAlias(form);
      if (!key || keys.has(key)) return;
      keys.add(key);
      aliases.push(form);
      counts[rule]++;
    };
    if (e.type === 'person') {
      const short = withoutInitials(e.name);
      if (short) offer(short, 'withoutInitials');
    }
    if (e.type === 'organization' && /^The \S+ \S/u.test(e.name)) offer(e.name.slice(4), 'withoutThe');
    for (const n of names) {
      if (n.includes(',')) continue;
      for (const form of saintForms(n)) offer(form, 'saint');
    }
    // Only well-known universities: 'TCL' or 'WNC' of a small college would take the acronym from a company or a region.
    const acronym =
      e.kind === 'university' && (e.prior ?? 0) >= ACRONYM_MIN_PRIOR ? domainAcronym(e) : undefined;
    if (acronym && !keys.has(`=${acronym}`)) {
      e.acronyms = [...(e.acronyms ?? []), acronym].sort();
      counts.domainAcronyms++;
    }
    if (aliases.length) e.aliases = [...new Set([...(e.aliases ?? []), ...aliases])].sort();
  }
  return counts;
}

/** 'Andrew J. Weaver' → 'Andrew Weaver'; undefined unless every middle word is an initial. */
function withoutInitials(name: string): string | undefined {
  const words = name.split(' ');
  // A leading title or initial ('Dr. K. Kamaraj', 'A. K. Antony') leaves no given name to keep.
  if (words.length < 3 || words[0].endsWith('.') || INITIAL.test(words[words.length - 1])) return undefined;
  if (!words.slice(1, -1).every((w) => INITIAL.test(w))) return undefined;
  return `${words[0]} ${words[words.length - 1]}`;
}

/** 'Saint Louis' → 'St. Louis', 'St. Petersburg' / 'St Petersburg' → 'Saint Petersburg', 'Saint-Étienne' → 'St-Étienne'. */
function saintForms(name: string): string[] {
  const out: string[] = [];
  if (/(^|[\s-])Saint(?=[\s-])/u.test(name)) out.push(name.replace(/(^|[\s-])Saint(?=[\s-])/gu, '$1St.'));
  if (/(^|[\s-])St\.?(?=[\s-])/u.test(name)) out.push(name.replace(/(^|[\s-])St\.?(?=[\s-])/gu, '$1Saint'));
  return out;
}

/**
 * The acronym a university's web domain spells when it is the initials of the name's capitalised words
 * ('Massachusetts Institute of Technology', mit.edu → 'MIT'; 'University of California, Los Angeles',
 * ucla.edu → 'UCLA'): three to six letters.
 */
function domainAcronym(e: KbEntity): string | undefined {
  const label = e.domains?.[0]?.split('.')[0];
  if (!label || !/^[a-z]{3,6}$/.test(label)) return undefined;
  const initials = e.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s,-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials === label.toUpperCase() ? initials : undefined;
}

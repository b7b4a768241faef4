/** Naming helpers for the KB build: stable id slugs and Wikipedia titles from URLs. */

/** 'Labour Party (UK)' → 'labour-party-uk'; ASCII, lowercase, hyphenated. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** 'http://en.wikipedia.org/wiki/Labour_Party_%28UK%29' → 'Labour Party (UK)'; undefined for other URLs. */
export function wikipediaTitle(url: string | undefined): string | undefined {
  const m = url?.match(/^https?:\/\/en\.(?:m\.)?wikipedia\.org\/wiki\/(.+)$/);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]).replace(/_/g, ' ').replace(/#.*$/, '').trim();
  } catch {
    return m[1].replace(/_/g, ' ');
  }
}

/** 'Labour Party (UK)' → 'Labour Party': the title without its disambiguating parenthesis. */
export function withoutQualifier(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** A YYYY, YYYY-MM or YYYY-MM-DD date, or undefined for anything else (blank, partial garbage). */
export function cleanDate(date: string | undefined | null): string | undefined {
  const d = date?.trim().slice(0, 10);
  return d && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d) ? d : undefined;
}

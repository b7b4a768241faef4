/**
 * Publication dates that pages keep only in inline scripts (data layers, app state, non-standard JSON):
 * `"datePublished": "…"`, `"publishedFirst": "…"`, `"first-publication": "…"`, `"publish_date": "…"`.
 */
import { attr, byTag } from './dom';
import { parseDate, type FoundDate } from './date-parse';

/** Keys that name the first publication (never an update). */
const PUBLISHED_KEY =
  /["']?(datePublished|publishedFirst|first-?publication|firstPublished|publish(?:ed)?_?date|publishDate|publishedDate|published_at|publishedAt|pubDate|date_published|publicationDate|publication_date|releaseDate)["']?\s*[:=]\s*["']([^"'\n]{8,40})["']/gi;
/** Script types that are data or code, not templates. */
const SCRIPT_TYPE = /^(|text\/javascript|application\/javascript|application\/json|module)$/i;

/** The first publication date found in the page's inline scripts (JSON-LD excluded: read elsewhere). */
export function scriptPublishedDate(doc: Document, monthFirst = false): FoundDate | undefined {
  for (const script of byTag(doc, 'script')) {
    if (attr(script, 'src') || !SCRIPT_TYPE.test((attr(script, 'type') ?? '').trim())) continue;
    let text = '';
    try {
      text = script.textContent ?? '';
    } catch {
      continue;
    }
    const values = [...(text.length > 200_000 ? text.slice(0, 200_000) : text).matchAll(PUBLISHED_KEY)]
      .slice(0, 10)
      .map((m) => parseDate(m[2], monthFirst))
      .filter((d): d is FoundDate => !!d);
    // Several different dates under the same key are a list (references, related items), not the page.
    if (new Set(values.map((d) => d.day)).size > 1) continue;
    if (values[0]) return values[0];
  }
  return undefined;
}

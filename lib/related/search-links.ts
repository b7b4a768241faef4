/**
 * "Search elsewhere": links that open a news search for the story's key entities and terms. Only URLs
 * are built here; nothing is requested until the reader clicks one.
 */
import type { Analysis } from '@/lib/contract/types';
import { keyTerms } from './terms';

/** News search engines offered, in order. `{q}` is replaced by the encoded query. */
const NEWS_SEARCHES: ReadonlyArray<{ label: string; template: string }> = [
  { label: 'Google News', template: 'https://news.google.com/search?q={q}' },
  { label: 'Bing News', template: 'https://www.bing.com/news/search?q={q}' },
  { label: 'DuckDuckGo News', template: 'https://duckduckgo.com/?q={q}&iar=news&ia=news' },
];

/**
 * The search words for a story: its two or three most mentioned named entities (short names) and a
 * distinctive term from the title, e.g. "NCSC Labour cyber attack".
 */
export function storyQuery(analysis: Analysis): string {
  const named = [...analysis.entities]
    .filter((e) => e.type !== 'other' && e.mentions.length > 0)
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.kbId ? -1 : 1) - (b.kbId ? -1 : 1))
    .map((e) => {
      const acronym = e.mentions.find((m) => /^\p{Lu}{2,6}$/u.test(m.text))?.text;
      return e.name.length > 24 && acronym ? acronym : e.name;
    });
  const words: string[] = [];
  const seen = new Set<string>();
  const push = (phrase: string) => {
    const key = phrase.toLowerCase();
    if ([...seen].some((s) => s.includes(key) || key.includes(s))) return;
    seen.add(key);
    words.push(phrase);
  };
  for (const name of named.slice(0, 3)) push(name);
  const { title, text } = analysis.article;
  const term =
    keyTerms(`${title ?? ''}. ${title ?? ''}. ${text}`, 8).find((t) => t.includes(' ')) ??
    keyTerms(title ?? text, 3)[0];
  if (term) push(term);
  return words.join(' ').trim();
}

/** One link per news search engine for the story; empty when the article gives nothing to search for. */
export function searchElsewhereLinks(analysis: Analysis): Array<{ label: string; url: string }> {
  const query = storyQuery(analysis);
  if (!query) return [];
  return NEWS_SEARCHES.map(({ label, template }) => ({
    label: `Search ${label}`,
    url: template.replace('{q}', encodeURIComponent(query)),
  }));
}

/**
 * What the project expects of one of its own test pages (tests/fixtures/pages/<slug>/source.html), in the
 * shape of Readability's test pages: the article as read (detection, metadata, paragraphs, opening words) and
 * the highlights the extension puts on the page, word and entity id, from the worker's positions. Computed here
 * for both `npm run fixtures:regen` (which writes expected.json) and the test that compares against it.
 */
import { Window } from 'happy-dom';
import type { Analyzer } from '../../lib/analysis/engine';
import { highlightMentions } from '../../lib/content/highlight';
import { readPage } from '../../lib/page/read-page';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { applyFeatureSettings } from '../../lib/worker/feature-settings';
import { marksForPage } from '../../lib/worker/page-marks';

/** The address each test page is read at (one that says nothing about the page). */
export const FIXTURE_URL = 'https://news.example/story';

export interface PageExpectation {
  isNews: boolean;
  title?: string;
  byline?: string;
  publishedAt?: string;
  paragraphs: number;
  /** The article text's first 120 characters. */
  opening: string;
  /** Each highlight in page order: its words, and the entity (id and card title) the worker said they name. */
  highlights: Array<{ text: string; entity: string; name: string }>;
}

/** Read, analyse and mark one page as the extension does with the default settings. */
export function expectationFor(html: string, analyzer: Analyzer): PageExpectation {
  const reading = readPage(html, FIXTURE_URL, { force: true });
  if ('notNews' in reading) return { isNews: false, paragraphs: 0, opening: '', highlights: [] };
  const { article } = reading;
  const analysis = applyFeatureSettings(analyzer.analyze(article, {}), DEFAULT_SETTINGS);
  const marks = marksForPage(analysis, article.paragraphs);
  const names = new Map(marks.entities.map((e) => [e.id, e.card?.title ?? e.name]));
  const window = new Window({ url: FIXTURE_URL });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    const { marks: placed } = highlightMentions(doc.body, marks.mentions, marks.labels);
    return {
      isNews: article.isNews !== false,
      title: article.title,
      byline: article.byline,
      publishedAt: article.publishedAt,
      paragraphs: article.paragraphs.length,
      opening: article.text.slice(0, 120),
      highlights: placed.map((m) => {
        const entity = m.getAttribute('data-fc-entity') ?? '';
        return { text: (m.textContent ?? '').replace(/\s+/g, ' '), entity, name: names.get(entity) ?? '' };
      }),
    };
  } finally {
    void window.happyDOM.close();
  }
}

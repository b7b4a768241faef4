import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/contract/types';
import { forSession, MAX_SESSION_CHARS } from '@/lib/worker/session-state';

const analysis = (textChars: number, entities = 1): Analysis => ({
  article: { url: 'https://news.example/a', isNews: true, newsScore: 1, text: 'x'.repeat(textChars) },
  entities: Array.from({ length: entities }, (_, i) => ({
    id: `e${i}`,
    name: `Name ${i} ${'y'.repeat(200)}`,
    type: 'organization',
    confidence: 0.9,
    mentions: [{ text: 'Name', start: 0, end: 4 }],
  })),
  claims: [],
  timeline: [],
  related: [],
});

describe('a tab’s state in session storage', () => {
  it('keeps at most about 1 MB a tab: the article text, which the popup never shows, stays out', () => {
    const kept = forSession({
      status: 'ready',
      url: 'https://news.example/a',
      analysis: analysis(7_000_000),
    });
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(MAX_SESSION_CHARS);
    expect(kept.analysis?.entities).toHaveLength(1);
    expect(kept.analysis?.article.url).toBe('https://news.example/a');
  });

  it('an analysis too large even without its text is not kept; the popup asks the worker again', () => {
    const kept = forSession({
      status: 'ready',
      url: 'https://news.example/a',
      analysis: analysis(0, 10_000),
    });
    expect(kept).toEqual({ status: 'unknown', url: 'https://news.example/a' });
  });
});

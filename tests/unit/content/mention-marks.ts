/**
 * Test helper: what the worker would send for an article text in which each entity is named by some
 * words (every whole-word occurrence is a mention), through the worker's own mentionsToMark.
 */
import type { MentionMark } from '@/lib/contract/marks';
import type { AnalysisEntity, EntityType } from '@/lib/contract/types';
import { mentionsToMark } from '@/lib/worker/page-marks';

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
export function paragraphsOf(text: string) {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return spans;
}

/** Entities named by `names` in `text`, each occurrence a mention. */
export function entitiesIn(
  text: string,
  names: Record<string, string[]>,
  type: EntityType = 'organization',
): AnalysisEntity[] {
  return Object.entries(names).map(([id, words]) => ({
    id,
    name: words[0],
    type,
    confidence: 1,
    mentions: words.flatMap((w) =>
      [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => ({
        start: m.index,
        end: m.index + w.length,
        text: w,
      })),
    ),
  }));
}

/** The marks the worker would send for `names` in `text`. */
export function marksIn(text: string, names: Record<string, string[]>): MentionMark[] {
  return mentionsToMark({ entities: entitiesIn(text, names), article: { text } }, paragraphsOf(text));
}

/** Plain text as an Article: the text is kept unchanged, so every offset indexes into the input itself. */
import type { Article, Span } from '../contract/types';

/** Paragraph spans of plain text: runs of non-blank lines separated by blank lines. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

/**
 * Wrap plain text for analyze(). The reader asked for this text to be analysed, so it counts as an
 * article; metadata may be supplied by the caller (e.g. --published-at on the CLI).
 */
export function articleFromText(
  text: string,
  meta: Partial<Omit<Article, 'text' | 'paragraphs'>> = {},
): Article {
  return {
    isNews: true,
    newsScore: 1,
    newsReasons: ['plain text given for analysis'],
    ...meta,
    text,
    paragraphs: paragraphSpans(text),
  };
}

/**
 * Turn an article container into plain text with paragraph spans ("\n\n" between paragraphs) and the
 * hint only the DOM has: quotations (blockquote, q), as offsets into the text.
 */
import type { ArticleHints, Span } from '../contract/types';
import { tagOf } from './dom';
import { BLOCK_TAGS, SKIP_TAGS } from './tag-sets';

/** Text, paragraph spans and DOM hints of an article body. */
export interface ArticleText {
  text: string;
  paragraphs: Span[];
  hints: Required<ArticleHints>;
}

class TextBuilder {
  readonly paragraphs: string[] = [];
  readonly spans: Span[] = [];
  private buffer = '';
  private offset = 0;

  /** Offset in the final text where the next character will land. */
  get position(): number {
    return this.offset + this.buffer.length;
  }
  append(raw: string): void {
    let s = raw.replace(/\s+/g, ' ');
    if (!this.buffer || /[\s]$/.test(this.buffer)) s = s.replace(/^ /, '');
    this.buffer += s;
  }
  lineBreak(): void {
    this.buffer = this.buffer.replace(/ $/, '');
    if (this.buffer) this.buffer += '\n';
  }
  flush(): void {
    const p = this.buffer.trimEnd();
    this.buffer = '';
    if (!p) return;
    this.paragraphs.push(p);
    this.spans.push({ start: this.offset, end: this.offset + p.length });
    this.offset += p.length + 2;
  }
  /** Final length of text built so far (after flushes). */
  get length(): number {
    return Math.max(0, this.offset - 2);
  }
}

/** Walk `root` into text and quote hints. Stops adding after `maxChars`. */
export function articleText(root: Element, maxChars = Infinity): ArticleText {
  const b = new TextBuilder();
  const quotes: Span[] = [];
  const clampEnd = (start: number, end: number) => ({ start, end: Math.max(start, end) });
  const walk = (node: Node, depth: number): void => {
    if (b.length > maxChars || depth > 200) return;
    if (node.nodeType === 3) {
      b.append(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      b.lineBreak();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) b.flush();
    const start = b.position;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
    const end = b.position;
    if ((tag === 'q' || tag === 'blockquote') && end > start) quotes.push(clampEnd(start, end));
    if (block) b.flush();
  };
  walk(root, 0);
  b.flush();
  let paragraphs = b.paragraphs;
  let spans = b.spans;
  if (maxChars < Infinity && b.length > maxChars) {
    const keep = spans.filter((s) => s.start < maxChars);
    paragraphs = paragraphs.slice(0, keep.length);
    const last = keep[keep.length - 1];
    if (last && last.end > maxChars) {
      paragraphs[keep.length - 1] = paragraphs[keep.length - 1].slice(0, maxChars - last.start);
      keep[keep.length - 1] = { start: last.start, end: maxChars };
    }
    spans = keep;
  }
  const text = paragraphs.join('\n\n');
  // Trailing spaces trimmed at a flush can leave a span end one past its paragraph: clamp into the text.
  const inText = (s: Span) => s.start < text.length;
  const fit = <T extends Span>(s: T): T => {
    let { start, end } = s;
    end = Math.min(end, text.length);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { ...s, start, end };
  };
  return {
    text,
    paragraphs: spans,
    hints: { quotes: quotes.filter(inText).map(fit) },
  };
}

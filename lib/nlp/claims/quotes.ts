/**
 * Direct quotations in news text: straight and curly double quotes, single quotes used as quote marks,
 * and quotes that run over several paragraphs (each paragraph reopens the quote, only the last closes it).
 */
import type { Span } from '../../contract/types';

/** A quotation: `inner` is the quoted words without the marks; `outer` includes them. */
export interface Quotation {
  inner: Span;
  outer: Span;
  /** True when the quote opens at the start of its paragraph. */
  opensParagraph: boolean;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whether the mark at `i` can open a quote (start of text, after space/bracket/dash, before a word or ellipsis). */
function canOpen(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s([{—–\-:]/.test(before)) && after !== undefined && !/\s/.test(after);
}

/**
 * Whether the mark at `i` can close a quote: after a non-space and not inside a word. A curly closing mark
 * closes even before a letter (",”Clinton said"), and an opening curly mark typed for a closing one closes
 * after punctuation and before a space ("“It's unusual,“ said …").
 */
function canClose(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before === undefined || /\s/.test(before)) return false;
  const ch = text[i];
  if (ch === '”' && /[.,!?]/.test(before)) return true;
  if (ch === '“') return /[.,!?]/.test(before) && /\s/.test(text[i + 1] ?? '');
  return !isWordChar(text[i + 1]);
}

/** Quotations of one paragraph [start, end), plus whether a quote is left open at the paragraph's end. */
function quotesInParagraph(text: string, start: number, end: number, continues: boolean): Quotation[] {
  const found: Quotation[] = [];
  const paragraphStart = (i: number): boolean => text.slice(start, i).trim() === '';
  let open: { at: number; mark: string } | undefined;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== '"' && ch !== '“' && ch !== '”' && ch !== "'" && ch !== '‘' && ch !== '’') continue;
    const double = ch === '"' || ch === '“' || ch === '”';
    if (open) {
      const openDouble = open.mark === '"' || open.mark === '“';
      if (double === openDouble && ch !== '‘' && canClose(text, i)) {
        if (ch === "'" || ch === '’' ? !isWordChar(text[i + 1]) : true) {
          found.push({
            inner: { start: open.at + 1, end: i },
            outer: { start: open.at, end: i + 1 },
            opensParagraph: paragraphStart(open.at),
          });
          open = undefined;
        }
      }
      continue;
    }
    if (ch === '”' || ch === '’') continue; // a closing mark or an apostrophe with nothing open
    if (canOpen(text, i)) open = { at: i, mark: ch };
  }
  // A quote left open runs to the paragraph's end when it opened the paragraph or the next paragraph
  // reopens it (news style for quotes spanning paragraphs); any other stray mark is ignored.
  if (open && (open.mark === '"' || open.mark === '“') && (paragraphStart(open.at) || continues)) {
    let e = end;
    while (e > open.at + 1 && /\s/.test(text[e - 1]!)) e--;
    if (e > open.at + 1)
      found.push({
        inner: { start: open.at + 1, end: e },
        outer: { start: open.at, end: e },
        opensParagraph: true,
      });
  }
  return found;
}

/** Every quotation in `text`, in order; linear in the text. Unbalanced marks never throw. */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const continues = /^\s*["“]/.test(text.slice(end + 1, end + 40));
    if (end > start) out.push(...quotesInParagraph(text, start, end, continues));
    start = end + 1;
  }
  return out;
}

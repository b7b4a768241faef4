/**
 * The benchmark article: about 1,000 words of real news (consecutive CoNLL-2003 eng.testa documents
 * joined) with its gold ORG/PER/LOC spans, shared by the KB benchmark and its cold-start probe.
 */
import { join } from 'node:path';
import type { EntityType, Linker } from '../../lib/kb/index';
import { corpusDir } from '../lib/corpus';
import { readConll, type GoldSpan } from './conll-reader';

/** CoNLL labels the linker is asked about, with the KB type they mean. */
export const CONLL_TYPE: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** About 1,000 words of news with the gold spans shifted to the joined text. */
export function thousandWords(): { text: string; spans: GoldSpan[] } {
  const docs = readConll(join(corpusDir(), 'conll2003/eng.testa'));
  let text = '';
  const spans: GoldSpan[] = [];
  for (const d of docs.slice(1)) {
    const offset = text ? text.length + 2 : 0;
    text = text ? `${text}\n\n${d.text}` : d.text;
    for (const s of d.spans) spans.push({ ...s, start: s.start + offset, end: s.end + offset });
    if (text.split(/\s+/).length >= 1000) break;
  }
  return { text, spans };
}

/** What analysing the article asks of the KB: spot the text, then link every gold mention in context. */
export function linkArticle(linker: Linker, article: { text: string; spans: GoldSpan[] }): number {
  linker.spot(article.text);
  let linked = 0;
  for (const m of article.spans) {
    const type = CONLL_TYPE[m.label];
    if (!type) continue;
    if (linker.link({ names: [m.text], type }, { text: article.text, publishedAt: '1996-08-30' })) linked++;
  }
  return linked;
}

/** The CLI's readable summary of an Analysis: what a reader would see in the popup, as plain text. */
import type { Analysis } from '../../lib/contract/types';

/** Format an Analysis as a few readable sections. */
export function formatSummary(analysis: Analysis): string {
  const { article, entities, claims, timeline, related } = analysis;
  const out: string[] = [];
  out.push(article.title ?? '(untitled)');
  const meta = [article.publisher, article.byline, article.publishedAt, article.language]
    .filter(Boolean)
    .join(' · ');
  if (meta) out.push(meta);
  out.push(`News article: ${article.isNews ? 'yes' : 'no'} (score ${article.newsScore.toFixed(2)})`, '');
  out.push(`In this article (${entities.length})`);
  for (const e of entities) {
    const what = e.card?.description ?? (e.kbId ? '' : 'not in the knowledge base');
    out.push(`  • ${e.name} [${e.type}, ${e.mentions.length}×]${what ? ` — ${what}` : ''}`);
    for (const f of e.card?.facts ?? []) out.push(`      ${f.label}: ${f.value}`);
  }
  if (timeline.length) {
    out.push('', 'Timeline');
    for (const t of timeline)
      out.push(
        `  ${t.date.padEnd(10)}  ${t.isPublication ? 'this article' : (t.label ?? t.text)}  (“${t.text}”)`,
      );
  }
  if (claims.length) {
    out.push('', 'Claims');
    for (const c of [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness)) {
      out.push(
        `  [${c.kind}, ${c.checkworthiness.toFixed(2)}] ${c.speaker?.name ?? 'unattributed'}: “${c.text}”`,
      );
    }
  }
  if (related.length) {
    out.push('', 'Related coverage');
    for (const r of related) out.push(`  ${r.title} — ${r.url} (${r.why})`);
  }
  return `${out.join('\n')}\n`;
}

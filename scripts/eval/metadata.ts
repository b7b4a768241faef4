/**
 * `npm run eval -- metadata [--verbose] [--held-out] [--tuned-only] [--docs=N]`: title, authors and
 * publication date on ../shared/corpus/metadata-dev, scored as its README says. Pages are split by site: a
 * fixed hash of the registrable host puts about one site in five in a held-out part that is not looked at
 * while tuning (`--verbose` lists misses of the tuned part only; `--held-out` lists the held-out part's too).
 * For quicker iterations, `--tuned-only` skips the held-out pages and `--docs=N` reads every Nth page only.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { extractArticle } from '../../lib/page/extract';
import { decodeHtml, parseHtml } from '../../lib/page/parse-html';
import { corpusDir } from '../lib/corpus';
import { bagF1 } from '../lib/scores';

interface Gold {
  file: string;
  url: string;
  title: string | null;
  authors: string[] | null;
  published: string | null;
  source: string;
  lang: string | null;
}

interface Row {
  heldOut: boolean;
  english: boolean;
  title?: { right: boolean; f1: number };
  authors?: { right: boolean; f1: number };
  published?: { right: boolean };
  miss: string[];
}

/** NFKC, invisible marks (soft hyphens, zero-width spaces) out, lowercase, curly quotes and dashes to plain, whitespace collapsed. */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
// The README's separators after norm() (which has made " – " a " - ").
const TITLE_TAIL = [' | ', ' - ', ' :: ', ' » '];
/** `t` without its trailing site-name part, or `t` when it has none. */
function dropTail(t: string): string {
  let cut = -1;
  for (const sep of TITLE_TAIL) cut = Math.max(cut, t.lastIndexOf(sep));
  return cut > 0 ? t.slice(0, cut).trim() : t;
}

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

function scoreTitle(got: string | undefined, want: string) {
  const g = norm(got ?? '');
  const w = norm(want);
  const right = g === w || dropTail(g) === w || g === dropTail(w) || dropTail(g) === dropTail(w);
  return { right, f1: bagF1(words(g), words(w)).f };
}

const CONNECTORS = new Set(['and', 'und', '&', 'et', 'y', 'e']);
/** Name words of an author list: lowercase, a leading by/von/par/por and connectors dropped, no punctuation. */
function nameWords(authors: string[]): string[] {
  const out: string[] = [];
  for (const a of authors) {
    const ws = words(a.toLowerCase().replace(/^\s*(by|von|par|por)\s+/, ''));
    for (const w of ws) if (!CONNECTORS.has(w)) out.push(w);
  }
  return out;
}

function scoreAuthors(got: string | undefined, want: string[]) {
  const g = nameWords(got ? [got] : []);
  const w = nameWords(want);
  const gs = new Set(g);
  const ws = new Set(w);
  const right = gs.size === ws.size && [...gs].every((x) => ws.has(x));
  return { right, f1: bagF1([...gs], [...ws]).f };
}

/**
 * The gold date as a real day: two trafilatura golds are written year-day-month ("2022-29-11"), which no
 * extracted date can equal; a month above 12 with a day that can be a month is read the other way round.
 */
export function goldDay(published: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  return m && Number(m[2]) > 12 && Number(m[3]) <= 12 ? `${m[1]}-${m[3]}-${m[2]}` : published;
}

/** The site of a page: its registrable host, the archived page's host for web.archive.org addresses. */
export function siteOf(url: string): string {
  let u = url;
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(url);
  if (archived) u = /^https?:/.test(archived[1]) ? archived[1] : `http://${archived[1]}`;
  let host = '';
  try {
    host = new URL(u).hostname.toLowerCase();
  } catch {
    return u;
  }
  const parts = host.split('.');
  const second = parts[parts.length - 2] ?? '';
  const keep = /^(co|com|org|net|ac|gov|edu)$/.test(second) && parts.length > 2 ? 3 : 2;
  return parts.slice(-keep).join('.');
}

/** FNV-1a of the site: one site in five is held out, the same ones in every run. */
export function isHeldOut(site: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) {
    h ^= site.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}

function report(label: string, rows: Row[]): void {
  const part = (k: 'title' | 'authors' | 'published') => {
    const sel = rows.filter((r) => r[k]);
    const right = sel.filter((r) => r[k]!.right).length;
    const f1s = sel.map((r) => (r[k] as { f1?: number }).f1).filter((x): x is number => x !== undefined);
    const f = f1s.length ? `  token F1 ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(4)}` : '';
    return `${k} ${sel.length ? ((right / sel.length) * 100).toFixed(1) : '-'}% (${right}/${sel.length})${f}`;
  };
  console.log(
    `  ${label.padEnd(22)} ${String(rows.length).padStart(3)} pages   ${part('title')}   ${part('authors')}   ${part('published')}`,
  );
}

/** Entry point for scripts/eval.ts. */
export async function run(args: string[]): Promise<void> {
  const dir = join(corpusDir(), 'metadata-dev');
  const verbose = args.includes('--verbose') || !!process.env.FC_EVAL_VERBOSE;
  const showHeldOut = args.includes('--held-out');
  const tunedOnly = args.includes('--tuned-only');
  const every = Math.max(
    1,
    Number(/^--docs=(\d+)$/.exec(args.find((a) => a.startsWith('--docs=')) ?? '')?.[1] ?? 1),
  );
  const golds = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
  const rows: Row[] = [];
  for (const [i, gold] of golds.entries()) {
    if (i % every !== 0) continue;
    const heldOut = isHeldOut(siteOf(gold.url));
    if (tunedOnly && heldOut) continue;
    const html = decodeHtml(new Uint8Array(gunzipSync(readFileSync(join(dir, gold.file)))));
    const article = extractArticle(parseHtml(html, gold.url), gold.url);
    const row: Row = {
      heldOut,
      english: /^en\b/i.test(gold.lang ?? ''),
      miss: [],
    };
    if (gold.title) {
      row.title = scoreTitle(article.title, gold.title);
      if (!row.title.right)
        row.miss.push(`title   ${JSON.stringify(article.title)} vs ${JSON.stringify(gold.title)}`);
    }
    if (gold.authors?.length) {
      // The credit the reader is shown: the byline, and the agency when the byline names one beside people.
      const credit = [article.byline, article.agency].filter(Boolean).join(', ') || undefined;
      row.authors = scoreAuthors(credit, gold.authors);
      if (!row.authors.right)
        row.miss.push(`authors ${JSON.stringify(credit)} vs ${JSON.stringify(gold.authors)}`);
    }
    if (gold.published) {
      row.published = { right: article.publishedAt?.slice(0, 10) === goldDay(gold.published) };
      if (!row.published.right) row.miss.push(`date    ${article.publishedAt} vs ${gold.published}`);
    }
    rows.push(row);
    if ((verbose && !row.heldOut) || (showHeldOut && row.heldOut))
      for (const m of row.miss) console.log(`   miss ${gold.file.replace(/^html\//, '')} ${m}`);
  }
  console.log(
    `metadata-dev: ${rows.length} pages; held out by site (hash of the host): ${rows.filter((r) => r.heldOut).length}`,
  );
  for (const [label, filter] of [
    ['all', () => true],
    ['English', (r: Row) => r.english],
    ['tuned', (r: Row) => !r.heldOut],
    ['tuned, English', (r: Row) => !r.heldOut && r.english],
    ['held-out', (r: Row) => r.heldOut],
    ['held-out, English', (r: Row) => r.heldOut && r.english],
  ] as Array<[string, (r: Row) => boolean]>)
    report(label, rows.filter(filter));
}

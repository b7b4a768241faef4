/**
 * `npm run eval -- polnear [dev|tune|heldout] [--verbose]`: who said what on PolNeAR, through analyze() on each article's text
 * unchanged, scored as ../shared/corpus/README.md says: content recall (a gold content is found when one
 * quote/reported claim covers >= 50% of its characters), content precision (quote/reported claims that overlap
 * some gold content), F1, and speaker accuracy over found contents whose Source is not a pronoun only.
 * `dev` is the PolNeAR dev split (rules tuned on it); `heldout` is the one-in-ten of train that the claims
 * tagger never trains on and no rule was tuned on (scripts/lib/polnear.ts isHeldOut); `tune` is one in eight of the
 * rest of train (the tagger trained on it; speaker rules were tuned on it). `--verbose` lists misses and speaker
 * errors, the latter counted by kind, with the tagger's source and cue over the gold content and whether the
 * claim is the match of several attributions (one claim, several speakers: all but one must be wrong).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../lib/analysis/from-text';
import type { FoundAttribution } from '../../lib/nlp/claims/attributions';
import { parseClaimsModel } from '../../lib/nlp/claims/model';
import type { Claim, Span } from '../../lib/contract/types';
import { nodeAnalyzer, projectRoot } from '../lib/node-assets';
import { isHeldOut, readPolnear, type Attribution, type PolnearArticle } from '../lib/polnear';

const PRONOUN_ONLY = /^(?:he|she|they|i|we|you|it)$/i;
const IGNORED = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president']);

/** Name words as the README compares them: lowercase, no articles, titles or possessive 's. */
export function nameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !IGNORED.has(w)),
  );
}

interface Tally {
  gold: number;
  found: number;
  system: number;
  systemHits: number;
  speakerScored: number;
  speakerRight: number;
  pronounOnly: number;
  noSpeaker: number;
  /** Speaker errors by kind (--verbose). */
  kinds: Map<string, number>;
}

const DESCRIPTION =
  /^(?:the|a|an|another|one|two|three|some|many|several|other|his|her|their|its|our|my|your|this|that|these|those|both|all|most|few|no)\b/i;
const overlaps = (a: Span[], b: Span): boolean => a.some((s) => s.start < b.end && b.start < s.end);

/**
 * Why a speaker is wrong, for the error list: what the gold source is ("according to", headline, nested report,
 * description, name) and what the tagger made of it (its source missing, elsewhere, or found but resolved wrong).
 */
function errorKind(text: string, g: Attribution, claim: Claim, tagged: FoundAttribution[]): string {
  const source = g.source.map((s) => text.slice(s.start, s.end)).join(' ');
  const cue = g.cue.map((s) => text.slice(s.start, s.end)).join(' ');
  const firstLine = text.indexOf('\n');
  let where = 'name';
  if (/\baccording\b/i.test(cue)) where = 'according-to';
  else if (firstLine < 0 || g.source[0]!.start < firstLine) where = 'headline';
  else if (/^(?:who|which|that)$/i.test(source.trim())) where = 'relative-pronoun';
  else if (DESCRIPTION.test(source.trim()) || /^\p{Ll}/u.test(source.trim())) where = 'description';
  const content = g.content;
  const mine = tagged.filter((t) => overlaps(content, t.content));
  const withSource = mine.filter((t) => t.source);
  let tagger: string;
  if (mine.length === 0) tagger = 'content-not-tagged';
  else if (withSource.length === 0) tagger = 'no-tagged-source';
  else if (withSource.some((t) => overlaps(g.source, t.source!))) {
    const t = withSource.find((x) => overlaps(g.source, x.source!))!;
    const cut =
      t.source!.start !== g.source[0]!.start || t.source!.end !== g.source[g.source.length - 1]!.end;
    tagger = cut ? 'tagged-source-differs-in-extent' : 'tagged-source-exact';
  } else tagger = 'tagged-source-elsewhere';
  return `${where} / ${tagger} / ${claim.speaker ? 'wrong' : 'none'}`;
}

function score(
  article: PolnearArticle,
  claims: Claim[],
  t: Tally,
  misses?: string[],
  tagged?: FoundAttribution[],
): void {
  const { text } = article;
  const system = claims.filter((c) => c.kind === 'quote' || c.kind === 'reported');
  const golds = article.attributions.filter((a) => a.content.length > 0);
  t.gold += golds.length;
  t.system += system.length;
  for (const c of system)
    if (golds.some((g) => g.content.some((s) => s.start < c.end && c.start < s.end))) t.systemHits++;
  /** The claim covering most of a gold content, and how much it covers. */
  const matchOf = (g: Attribution): { best?: Claim; bestCover: number } => {
    let best: Claim | undefined;
    let bestCover = 0;
    for (const c of system) {
      let cover = 0;
      for (const s of g.content) cover += Math.max(0, Math.min(s.end, c.end) - Math.max(s.start, c.start));
      if (cover > bestCover) {
        bestCover = cover;
        best = c;
      }
    }
    return { best, bestCover };
  };
  // How many gold contents each claim is the match of (--verbose: a claim over several attributions).
  const shared = new Map<Claim, number>();
  if (misses)
    for (const g of golds) {
      const { best } = matchOf(g);
      if (best) shared.set(best, (shared.get(best) ?? 0) + 1);
    }
  for (const g of golds) {
    const size = g.content.reduce((n, s) => n + s.end - s.start, 0);
    const { best, bestCover } = matchOf(g);
    if (!best || bestCover < 0.5 * size) {
      misses?.push(`MISS ${g.content.map((s) => text.slice(s.start, s.end)).join(' … ')}`);
      continue;
    }
    t.found++;
    if (g.source.length === 0) continue;
    const source = g.source.map((s) => text.slice(s.start, s.end)).join(' ');
    if (PRONOUN_ONLY.test(source.trim())) {
      t.pronounOnly++;
      continue;
    }
    t.speakerScored++;
    if (!best.speaker) t.noSpeaker++;
    const want = nameWords(source);
    const got = best.speaker ? [...nameWords(best.speaker.name)] : [];
    if (got.some((w) => want.has(w))) t.speakerRight++;
    else if (misses) {
      const kind =
        (tagged ? errorKind(text, g, best, tagged) : '') +
        ((shared.get(best) ?? 0) > 1 ? ' / claim-over-several' : '');
      t.kinds.set(kind, (t.kinds.get(kind) ?? 0) + 1);
      const mine = (tagged ?? []).filter((x) => overlaps(g.content, x.content));
      const said = mine
        .map(
          (x) =>
            `${x.source ? text.slice(x.source.start, x.source.end) : '-'} / ${x.cue ? text.slice(x.cue.start, x.cue.end) : '-'}`,
        )
        .join('; ');
      misses.push(
        `SPEAKER [${kind}] gold "${source}" got "${best.speaker?.name ?? '-'}" tagged {${said}} claim «${best.text.slice(0, 60)}» in: ${text.slice(Math.max(0, best.start - 80), best.end + 60).replace(/\s+/g, ' ')}`,
      );
    }
  }
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');

async function evaluate(label: string, articles: PolnearArticle[], verbose: boolean): Promise<void> {
  const analyzer = await nodeAnalyzer();
  const t: Tally = {
    gold: 0,
    found: 0,
    system: 0,
    systemHits: 0,
    speakerScored: 0,
    speakerRight: 0,
    pronounOnly: 0,
    noSpeaker: 0,
    kinds: new Map(),
  };
  const tagger = verbose
    ? parseClaimsModel(new Uint8Array(readFileSync(join(projectRoot, 'assets/models/claims.bin'))))
        .attributions
    : undefined;
  const misses: string[] = [];
  const t0 = performance.now();
  for (const article of articles) {
    const analysis = analyzer.analyze(articleFromText(article.text));
    score(article, analysis.claims, t, verbose ? misses : undefined, tagger?.find(article.text));
  }
  const ms = performance.now() - t0;
  const recall = t.found / t.gold;
  const precision = t.system ? t.systemHits / t.system : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(
    `${label}: ${articles.length} articles, ${t.gold} gold contents, ${t.system} quote/reported claims\n` +
      `  content recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}  F1 ${f1.toFixed(3)}\n` +
      `  speaker accuracy ${pct(t.speakerRight, t.speakerScored)} (${t.speakerRight}/${t.speakerScored}; ` +
      `${t.noSpeaker} without speaker); pronoun-only sources left out: ${t.pronounOnly}\n` +
      `  analyze(): ${(ms / articles.length).toFixed(1)} ms per article`,
  );
  if (verbose) {
    console.log('  speaker errors by kind (gold source / what the tagger found / system speaker):');
    for (const [kind, n] of [...t.kinds].sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(n).padStart(4)}  ${kind}`);
    for (const m of misses) console.log(m);
  }
}

export async function run(args: string[]): Promise<void> {
  const which = args.filter((a) => !a.startsWith('-'));
  const verbose = args.includes('--verbose');
  if (which.length === 0 || which.includes('dev'))
    await evaluate('PolNeAR dev (tuned on)', readPolnear('dev'), verbose);
  if (which.includes('tune'))
    await evaluate(
      'PolNeAR train, one in eight of the trained-on part (speaker rules tuned on it)',
      readPolnear('train')
        .filter((a) => !isHeldOut(a.name))
        .filter((_, i) => i % 8 === 0),
      verbose,
    );
  if (which.length === 0 || which.includes('heldout'))
    await evaluate(
      'PolNeAR train, held-out tenth (never trained or tuned on)',
      readPolnear('train').filter((a) => isHeldOut(a.name)),
      verbose,
    );
}

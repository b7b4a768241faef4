/**
 * Every regular expression literal in lib/ runs in time linear in its input on strings a page or a feed
 * can send: runs of punctuation and whitespace with a tail that does not match. The literals are found by
 * the TypeScript scanner (no list to keep up to date), each is run on 2,000 and 20,000 characters, and a
 * pattern fails when ten times the input takes clearly more than ten times as long (quadratic patterns
 * take a hundred times as long).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const LIB = join(ROOT, 'lib');

interface Literal {
  where: string;
  re: RegExp;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Regular expression literals of one file, found by parsing it (so strings and comments are not mistaken). */
function literalsOf(path: string): Literal[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const end = literal.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({
        where: `${relative(ROOT, path)}:${line} ${literal.length > 80 ? literal.slice(0, 80) + '…' : literal}`,
        re: new RegExp(literal.slice(1, end), literal.slice(end + 1)),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Repeated units a hostile page writes: whitespace, dashes, slashes, dots and mixes of them. */
const UNITS = [
  ' ',
  '\n',
  '\t',
  '-',
  '/',
  '.',
  ',',
  '<',
  '&',
  ' -',
  '. ',
  ' \n',
  '- ',
  ' .',
  '\u00a0',
  ' \n\t-/.,<',
];
/** Tails that stop a match at the very end, the shape that makes `\s+$` backtrack. */
const TAILS = ['x', '!', ''];

function hostile(unit: string, tail: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail;
}

/** Run `re` the way lib/ does: replace() when global, exec() otherwise. */
function runOnce(re: RegExp, input: string): number {
  re.lastIndex = 0;
  const t0 = performance.now();
  if (re.global) input.replace(re, '');
  else re.exec(input);
  return performance.now() - t0;
}

function fastest(re: RegExp, input: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs && best > 0.05; i++) best = Math.min(best, runOnce(re, input));
  return best;
}

/**
 * Patterns that never see page or network text, each with why. Listed by file and source, so a listed
 * pattern that changes or moves is checked again (and the test below fails on a stale entry).
 */
const NOT_PAGE_CONTROLLED: Array<[file: string, source: string, why: string]> = [
  [
    'lib/kb/enrich/requests.ts',
    '\\/+$',
    'trims the base URL of the Wikipedia/Wikidata endpoints, a constant of the extension (file owned by issue 12b)',
  ],
  [
    'lib/kb/enrich/wikidata-item.ts',
    '\\/+$',
    'trims the base URL of the Wikidata endpoint, a constant of the extension (file owned by issue 12b)',
  ],
];
const exempt = (where: string, re: RegExp) =>
  NOT_PAGE_CONTROLLED.some(([file, source]) => where.startsWith(`${file}:`) && re.source === source);

/** Milliseconds below which no verdict is drawn: a timer tick on a busy machine. */
const FLOOR_MS = 8;
/** Linear is ×10 from 2,000 to 20,000 characters; quadratic is ×100. */
const FACTOR = 40;

describe('regular expressions in lib/', () => {
  const literals = sourceFiles(LIB).flatMap(literalsOf);

  it('are found by parsing the sources', () => {
    expect(literals.length).toBeGreaterThan(400);
    for (const [file, source] of NOT_PAGE_CONTROLLED)
      expect(
        literals.some(({ where, re }) => exempt(where, re)),
        `${file} ${source}`,
      ).toBe(true);
  });

  it('run in linear time on runs of punctuation and whitespace', () => {
    const slow: string[] = [];
    for (const { where, re } of literals) {
      if (exempt(where, re)) continue;
      check: for (const unit of UNITS) {
        for (const tail of TAILS) {
          const long = hostile(unit, tail, 20_000);
          const tLong = fastest(re, long, 1);
          if (tLong < FLOOR_MS) continue;
          const tShort = fastest(re, hostile(unit, tail, 2_000), 5);
          const tLongBest = Math.min(tLong, fastest(re, long, 2));
          if (tLongBest > FACTOR * tShort + FLOOR_MS) {
            slow.push(
              `${where} on ${JSON.stringify(unit)}×n+${JSON.stringify(tail)}: ${tShort.toFixed(2)} ms at 2k, ${tLongBest.toFixed(1)} ms at 20k`,
            );
            break check;
          }
        }
      }
    }
    expect(slow).toEqual([]);
  });
});

describe('the timing check itself', () => {
  it('flags a quadratic pattern and passes its linear rewrite', () => {
    const quadratic = /\s+$/;
    const linear = /\S\s+$|^\s+$/;
    const input = (n: number) => hostile(' ', 'x', n);
    const ratio = (re: RegExp) =>
      fastest(re, input(20_000), 3) / Math.max(fastest(re, input(2_000), 5), 0.01);
    expect(fastest(quadratic, input(20_000), 1)).toBeGreaterThan(
      FACTOR * fastest(quadratic, input(2_000), 5),
    );
    expect(ratio(linear)).toBeLessThan(FACTOR);
  });
});

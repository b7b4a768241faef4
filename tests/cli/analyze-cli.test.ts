/**
 * The CLI as a reader runs it: a child process with arguments and stdin, checked on stdout, stderr and the
 * exit code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';

const root = resolve(import.meta.dirname, '../..');
const seedHtml = resolve(root, 'tests/fixtures/site/news/labour-cyber-attack.html');
const seedText = readFileSync(resolve(root, 'tests/fixtures/seed/labour-cyber-attack-2019.txt'), 'utf8');

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('analyze CLI', () => {
  it('prints a readable summary of an HTML page', () => {
    const { code, stdout } = cli([seedHtml]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^British security officials play down cyber attack on Labour/);
    expect(stdout).toMatch(/National Cyber Security Centre .*part of GCHQ/);
    expect(stdout).toMatch(/2019-12-12/);
  });

  it('--text --json keeps the input as article.text so offsets index into it', () => {
    const { code, stdout } = cli(['--text', '--json', '--published-at', '2019-11-13T14:38', '-'], seedText);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.article.text).toBe(seedText);
    const ncsc = analysis.entities.find((e) => e.kbId === 'gb-national-cyber-security-centre')!;
    expect(ncsc.card?.title).toBe('National Cyber Security Centre');
    for (const m of ncsc.mentions) expect(seedText.slice(m.start, m.end)).toBe(m.text);
    for (const c of analysis.claims) expect(seedText.slice(c.start, c.end)).toBe(c.text);
  });

  it('--text gives a one-sentence input its check-worthiness', () => {
    const { code, stdout } = cli(
      ['--text', '--json', '-'],
      'Unemployment fell to 3.5 percent last year, the lowest in fifty years.',
    );
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.claims).toHaveLength(1);
    expect(analysis.claims[0].checkworthiness).toBeGreaterThan(0.5);
  });

  it('--batch answers every line in order, going on past broken ones', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'The NCSC is part of GCHQ.' }),
      '{ this is not json',
      JSON.stringify({ id: 'b', html: readFileSync(seedHtml, 'utf8'), url: 'https://news.example/a' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify([1, 2]),
      '',
      JSON.stringify({ id: 'd', text: '' }),
    ].join('\n');
    const { code, stdout } = cli(['--batch'], lines);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; analysis?: Analysis; error?: string });
    expect(out.map((o) => o.id)).toEqual(['a', null, 'b', 'c', null, 'd']);
    expect(out[0].analysis?.entities.map((e) => e.kbId)).toContain(
      'gb-government-communications-headquarters',
    );
    expect(out[1].error).toMatch(/line 2 is not JSON/);
    expect(out[2].analysis?.article.title).toBe(
      'British security officials play down cyber attack on Labour',
    );
    expect(out[3].error).toMatch(/give "text", "html" or an http\(s\) "url"/);
    expect(out[4].error).toMatch(/not a JSON object/);
    expect(out[5].analysis?.entities).toEqual([]);
  });

  it('unreadable input: one line on stderr and exit code 2', () => {
    for (const args of [['no-such-file.html'], ['tests'], ['--bogus', seedHtml], []]) {
      const { code, stderr, stdout } = cli(args, '');
      expect(code, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^fact-context: /);
      expect(stdout).toBe('');
    }
    const empty = cli(['-'], '   ');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty/);
  });
});

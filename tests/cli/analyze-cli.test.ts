/**
 * The CLI as a reader runs it: a child process with arguments and stdin, checked on stdout, stderr and the
 * exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/contract/types';

const root = resolve(import.meta.dirname, '../..');
const seedHtml = resolve(root, 'fixtures/site/news/labour-cyber-attack.html');
const seedText = readFileSync(resolve(root, 'fixtures/seed/labour-cyber-attack-2019.txt'), 'utf8');

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
  }, 120_000); // five processes: on a loaded 2-core machine they take longer than the 30 s default

  it('--related-to ranks a given collection as each input’s related coverage, single or batch', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'fc-related-'));
    const items = resolve(dir, 'items.jsonl');
    writeFileSync(
      items,
      [
        {
          url: 'https://wire.example/harbour',
          title: 'Harbour swing bridge reopens after two years of repairs',
          publishedAt: '2019-11-12',
        },
        {
          url: 'https://wire.example/labour',
          title: 'Labour says it repelled a large-scale cyber attack on its digital platforms',
          publisher: 'Wire',
          publishedAt: '2019-11-12T10:00:00Z',
          summary: 'The Labour Party said the NCSC was told of the attack on its systems.',
        },
        { url: 'https://wire.example/crumble', title: 'Recipe of the week: plum crumble' },
      ]
        .map((i) => JSON.stringify(i))
        .join('\n') + '\n',
    );
    const single = cli(['--json', '--related-to', items, seedHtml]);
    expect(single.code).toBe(0);
    const related = (JSON.parse(single.stdout) as Analysis).related;
    expect(related.map((r) => r.url)).toEqual(['https://wire.example/labour']);
    expect(related[0]).toMatchObject({ publisher: 'Wire', publishedAt: '2019-11-12T10:00:00Z' });
    expect(related[0].why).toMatch(/Labour|NCSC/);

    const batch = cli(
      ['--batch', '--related-to', items],
      [
        JSON.stringify({ id: 'seed', text: seedText }),
        JSON.stringify({ id: 'cake', text: 'Bake the plum crumble for forty minutes, then rest it.' }),
      ].join('\n'),
    );
    expect(batch.code).toBe(0);
    const out = batch.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; analysis: Analysis });
    expect(out[0].analysis.related.map((r) => r.url)).toEqual(['https://wire.example/labour']);
    expect(out[1].analysis.related.map((r) => r.url)).not.toContain('https://wire.example/labour');
  }, 120_000);

  it('--related-to with a bad collection: one line naming the line and what is wrong, exit code 2', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'fc-related-'));
    const bad = resolve(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify({ url: 'https://a.example/', title: 'A' })}\n\n{"url": "javascript:alert(1)", "title": "x"}\n`,
    );
    const { code, stderr, stdout } = cli(['--related-to', bad, seedHtml]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(
      /^fact-context: --related-to .*bad\.jsonl, line 3 needs an http\(s\) "url" and a "title"$/,
    );
  }, 120_000);
});

/** Load the page fixtures written for these tests (tests/fixtures/pages/<slug>/source.html) as Documents. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../lib/page/parse-html';

const dir = join(__dirname, '../../fixtures/pages');

/** The fixture's HTML source, by slug ('seed-article', or 'seed-article.html'). */
export function fixtureHtml(name: string): string {
  return readFileSync(join(dir, name.replace(/\.html$/, ''), 'source.html'), 'utf8');
}

/** The fixture parsed as the CLI parses pages. */
export function fixtureDoc(name: string, url?: string): Document {
  return parseHtml(fixtureHtml(name), url);
}

/** A small page around `body`, with `head` markup. */
export function page(body: string, head = '', lang = 'en'): Document {
  return parseHtml(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  );
}

/** A paragraph long enough to count as prose. */
export const PROSE =
  'The regional government announced on Monday a package of measures to support farmers affected by the drought, including direct payments, cheaper loans and a temporary suspension of some environmental rules that had been criticised by growers.';

/**
 * `npm run fixtures:regen [slug…]`: recompute expected.json for the project's own test pages
 * (tests/fixtures/pages/<slug>/source.html) and show what changed, line by line, so a change in what the
 * extension reads or marks is seen and accepted on purpose, as Readability's test pages are regenerated.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeAnalyzer, projectRoot } from './lib/node-assets';
import { expectationFor } from './lib/page-expectation';

const dir = resolve(projectRoot, 'tests/fixtures/pages');
const wanted = process.argv.slice(2);
const slugs = readdirSync(dir)
  .filter((s) => existsSync(join(dir, s, 'source.html')))
  .filter((s) => !wanted.length || wanted.includes(s))
  .sort();

/** Lines of `before` missing from `after` (-) and the other way round (+), in order; a small diff for JSON. */
function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && !a.slice(i).includes(b[j])) out.push(`+ ${b[j++]}`);
    else if (i < a.length) out.push(`- ${a[i++]}`);
    else out.push(`+ ${b[j++]}`);
  }
  return out;
}

const analyzer = await nodeAnalyzer();
let changed = 0;
for (const slug of slugs) {
  const file = join(dir, slug, 'expected.json');
  const next = `${JSON.stringify(expectationFor(readFileSync(join(dir, slug, 'source.html'), 'utf8'), analyzer), null, 2)}\n`;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (before === next) {
    console.log(`${slug}: unchanged`);
    continue;
  }
  changed++;
  writeFileSync(file, next);
  console.log(`${slug}: ${before ? 'changed' : 'new'}`);
  for (const line of lineDiff(before, next)) console.log(`  ${line}`);
}
console.log(`${changed} of ${slugs.length} expected.json files written.`);

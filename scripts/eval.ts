/**
 * `npm run eval -- <suite> [args]`: quality on ../shared/corpus. Each suite is scripts/eval/<suite>.ts
 * exporting `run(args: string[]): Promise<void>`; with no suite, every suite runs in turn.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = readdirSync(join(here, 'eval'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (name && !suites.includes(name)) {
  console.error(`Unknown evaluation '${name}'. Available: ${suites.join(', ')}`);
  process.exit(2);
}
for (const suite of name ? [name] : suites) {
  console.log(`\n=== eval: ${suite} ===`);
  const mod = (await import(`./eval/${suite}.ts`)) as { run: (a: string[]) => Promise<void> };
  await mod.run(args);
}

/**
 * `npm run bench -- <suite> [args]`: speed as ratios against a baseline measured in the same run. Each suite is scripts/bench/<suite>.ts
 * exporting `run(args: string[]): Promise<void>`; with no suite, every suite runs in turn.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = readdirSync(join(here, 'bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (name && !suites.includes(name)) {
  console.error(`Unknown benchmark '${name}'. Available: ${suites.join(', ')}`);
  process.exit(2);
}
for (const suite of name ? [name] : suites) {
  console.log(`\n=== bench: ${suite} ===`);
  const mod = (await import(`./bench/${suite}.ts`)) as { run: (a: string[]) => Promise<void> };
  await mod.run(args);
}

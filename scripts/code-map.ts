/**
 * Prints the shape of the code for the architecture notes: files and lines per folder of lib/ (and the other
 * top-level folders), the imports that cross from one lib folder to another, and any cycle between lib folders.
 * Usage: npx tsx scripts/code-map.ts [root]
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const SKIP = new Set([
  'node_modules',
  '.output',
  '.wxt',
  '.git',
  'test-results',
  'playwright-report',
  'demo-output',
]);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(relative(root, path));
  }
  return out;
}

/** The folder a file counts under: lib/<domain> (lib/kb/enrich counts as lib/kb), else its top-level folder. */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'lib' && parts.length > 2) return `lib/${parts[1]}`;
  return parts.length > 1 ? parts[0] : '(root)';
}

function resolveSpec(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(root, dirname(from), spec);
  else return undefined;
  for (const cand of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    base.replace(/\.js$/, '.ts'),
  ]) {
    if (existsSync(cand) && statSync(cand).isFile()) return relative(root, cand);
  }
  return undefined;
}

const SPEC = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'([^'\n]+)'/g;
const files = walk(root).sort();
const lines = new Map<string, { files: number; lines: number }>();
const edges = new Map<string, number>();
let crossLib = 0;
let crossAll = 0;
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const folder = folderOf(file);
  const entry = lines.get(folder) ?? { files: 0, lines: 0 };
  entry.files += 1;
  entry.lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  lines.set(folder, entry);
  for (const m of text.matchAll(SPEC)) {
    const target = resolveSpec(file, m[1]);
    if (!target) continue;
    const to = folderOf(target);
    if (to === folder) continue;
    crossAll += 1;
    if (folder.startsWith('lib/') && to.startsWith('lib/')) crossLib += 1;
    const key = `${folder} -> ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}

console.log('folder\tfiles\tlines');
let totalFiles = 0;
let totalLines = 0;
for (const [folder, { files: f, lines: l }] of [...lines].sort()) {
  console.log(`${folder}\t${f}\t${l}`);
  totalFiles += f;
  totalLines += l;
}
console.log(`total\t${totalFiles}\t${totalLines}`);
console.log(`\ncross-folder imports: ${crossAll} (between lib folders: ${crossLib})`);
for (const [key, n] of [...edges].filter(([k]) => k.startsWith('lib/')).sort()) console.log(`  ${key}\t${n}`);

// Cycles between lib folders (a pair importing each other, or a longer loop found by depth-first search).
const graph = new Map<string, Set<string>>();
for (const key of edges.keys()) {
  const [a, b] = key.split(' -> ');
  if (!a.startsWith('lib/') || !b.startsWith('lib/')) continue;
  if (!graph.has(a)) graph.set(a, new Set());
  graph.get(a)!.add(b);
}
const cycles = new Set<string>();
function dfs(node: string, path: string[]): void {
  for (const next of graph.get(node) ?? []) {
    const at = path.indexOf(next);
    if (at >= 0) {
      const loop = path.slice(at);
      const start = loop.indexOf([...loop].sort()[0]);
      cycles.add([...loop.slice(start), ...loop.slice(0, start), loop[start] ?? loop[0]].join(' -> '));
    } else dfs(next, [...path, next]);
  }
}
for (const node of graph.keys()) dfs(node, [node]);
console.log(`\ncycles between lib folders: ${cycles.size}`);
for (const c of [...cycles].sort()) console.log(`  ${c}`);

/** Where the shared evaluation corpora live (never copied into the repository). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Absolute path of ../shared/corpus (override with FC_CORPUS). */
export function corpusDir(): string {
  const dir = resolve(process.env.FC_CORPUS ?? resolve(process.cwd(), '../shared/corpus'));
  if (!existsSync(dir)) {
    throw new Error(`Corpus not found at ${dir}: set FC_CORPUS to the shared/corpus folder.`);
  }
  return dir;
}

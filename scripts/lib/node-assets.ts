/** Node's way to the shipped data files: read them from the project folder. */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSET_FILES, createAnalyzer, type Analyzer, type LoadAsset } from '../../lib/analysis/engine';

/** The project's root folder (where package.json is). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Read one shipped data file. */
export const loadNodeAsset: LoadAsset = async (name) =>
  new Uint8Array(await readFile(resolve(projectRoot, ASSET_FILES[name])));

let shared: Promise<Analyzer> | undefined;
/** The analyzer over the shipped data, created once per process. */
export function nodeAnalyzer(): Promise<Analyzer> {
  shared ??= createAnalyzer(loadNodeAsset);
  return shared;
}

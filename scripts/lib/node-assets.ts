/** Node's way to the shipped data files: read them from the project folder, as the built extension holds them. */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { isUnpackedInPackage } from '../../lib/analysis/asset-files';
import { ASSET_FILES, createAnalyzer, type Analyzer, type LoadAsset } from '../../lib/analysis/engine';

/** The project's root folder (where package.json is). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Read one shipped data file (the KB unpacked, as the build writes it into the extension). */
export const loadNodeAsset: LoadAsset = async (name) => {
  const bytes = await readFile(resolve(projectRoot, ASSET_FILES[name]));
  return new Uint8Array(isUnpackedInPackage(name) ? await promisify(gunzip)(bytes) : bytes);
};

let shared: Promise<Analyzer> | undefined;
/** The analyzer over the shipped data, created once per process. */
export function nodeAnalyzer(): Promise<Analyzer> {
  shared ??= createAnalyzer(loadNodeAsset);
  return shared;
}

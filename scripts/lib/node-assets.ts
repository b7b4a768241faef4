/** Node's way to the shipped data files: read them from the project folder, as the built extension holds them. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { isUnpackedInPackage, type AssetName } from '../../lib/analysis/asset-files';
import { ASSET_FILES, createAnalyzer, type Analyzer, type LoadAsset } from '../../lib/analysis/engine';

/** The project's root folder (where package.json is). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Read one shipped data file (the KB unpacked, as the build writes it into the extension). */
export const loadNodeAsset: LoadAsset = async (name) => {
  const bytes = await readFile(resolve(projectRoot, ASSET_FILES[name]));
  return new Uint8Array(isUnpackedInPackage(name) ? await promisify(gunzip)(bytes) : bytes);
};

/** The bytes of a data file at `path`, unpacked when it is stored gzip ('….gz'), as the package holds it. */
export function readDataFile(path: string): Uint8Array {
  const bytes = readFileSync(path);
  return new Uint8Array(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

/** One shipped data file, read at once (scripts and tests that load a single model). */
export function readNodeAsset(name: AssetName): Uint8Array {
  return readDataFile(resolve(projectRoot, ASSET_FILES[name]));
}

let shared: Promise<Analyzer> | undefined;
/** The analyzer over the shipped data, created once per process. */
export function nodeAnalyzer(): Promise<Analyzer> {
  shared ??= createAnalyzer(loadNodeAsset);
  return shared;
}

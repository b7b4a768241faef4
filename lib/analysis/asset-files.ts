/**
 * The shipped data files, by role, relative to the project root. The build copies each to `data/…` in the
 * extension (assets/kb/kb.bin.gz → data/kb/kb.bin.gz), where the worker fetches it.
 */
export const ASSET_FILES = {
  kb: 'assets/kb/kb.bin.gz',
  ner: 'assets/models/ner.bin',
  claims: 'assets/models/claims.bin',
} as const;

/** Names of the shipped data files. */
export type AssetName = keyof typeof ASSET_FILES;

/** Where a shipped file sits inside the built extension. */
export function packagedPath(name: AssetName): string {
  return `/${ASSET_FILES[name].replace(/^assets\//, 'data/')}`;
}

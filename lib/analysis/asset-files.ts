/**
 * The shipped data files, by role, relative to the project root. The build copies each to `data/…` in the
 * extension (assets/models/claims.bin → data/models/claims.bin), where the worker fetches it. The KB and the
 * entity tagger are kept gzip in the repository and written unpacked into the package (assets/kb/kb.bin.gz →
 * data/kb/kb.bin): the package is a zip, so it downloads no bigger, and the worker opens them in place
 * without gunzipping at start.
 */
export const ASSET_FILES = {
  kb: 'assets/kb/kb.bin.gz',
  /** The share-alike pack (OpenFlights airlines, ODbL 1.0; Supraverden bodies, CC BY-SA 4.0): its own licence. */
  kbShareAlike: 'assets/kb/kb-share-alike.bin.gz',
  /** The entity tagger, gzip in the repository (2 MB unpacked), unpacked into the package like the KB. */
  ner: 'assets/models/ner.bin.gz',
  claims: 'assets/models/claims.bin',
} as const;

/** Names of the shipped data files. */
export type AssetName = keyof typeof ASSET_FILES;

/** True when the build unpacks the file into the package (its repository copy is gzip). */
export function isUnpackedInPackage(name: AssetName): boolean {
  return ASSET_FILES[name].endsWith('.gz');
}

/** Where a shipped file sits inside the built extension. */
export function packagedPath(name: AssetName): string {
  return `/${ASSET_FILES[name].replace(/^assets\//, 'data/').replace(/\.gz$/, '')}`;
}

import { describe, expect, it } from 'vitest';
import { isUnpackedInPackage, packagedPath } from '@/lib/analysis/asset-files';
import { parseKb } from '@/lib/kb';
import { loadNodeAsset } from '../../../scripts/lib/node-assets';

describe('shipped data files', () => {
  it('packs the KB and the entity tagger unpacked and the claims model as it is', () => {
    expect(packagedPath('kb')).toBe('/data/kb/kb.bin');
    expect(isUnpackedInPackage('kb')).toBe(true);
    expect(packagedPath('ner')).toBe('/data/models/ner.bin');
    expect(isUnpackedInPackage('ner')).toBe(true);
    expect(packagedPath('claims')).toBe('/data/models/claims.bin');
    expect(isUnpackedInPackage('claims')).toBe(false);
  });

  it('gives Node the KB as the package holds it: no gzip left to undo', async () => {
    const bytes = await loadNodeAsset('kb');
    expect([bytes[0], bytes[1]]).not.toEqual([0x1f, 0x8b]);
    expect(parseKb(bytes).size).toBeGreaterThan(1000);
  });
});

/** What the claims tests share: the shipped check-worthiness model and entities built from written names. */
import { readFileSync } from 'node:fs';
import type { AnalysisEntity } from '../../../lib/contract/types';
import { parseClaimsModel } from '../../../lib/nlp/claims';

export const model = parseClaimsModel(
  new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url))),
);

/** Entities whose mentions are every occurrence of the given names. */
export function entities(
  text: string,
  specs: Array<[string, AnalysisEntity['type'], string[]]>,
): AnalysisEntity[] {
  return specs.map(([name, type, surfaces], k) => ({
    id: `e${k + 1}`,
    name,
    type,
    confidence: 1,
    mentions: surfaces.flatMap((s) =>
      [...text.matchAll(new RegExp(`\\b${s}\\b`, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + s.length,
        text: s,
      })),
    ),
  }));
}

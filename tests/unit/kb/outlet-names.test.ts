import { describe, expect, it } from 'vitest';
import { MEDIA, OUTLETS } from '../../../data/kb-seed/outlets';
import { buildKbFile, createLinker, fromKbFile } from '../../../lib/kb/index';

/** The outlet seeds alone, built as the shipped KB is. */
const linker = createLinker(
  fromKbFile(
    buildKbFile(
      [...OUTLETS, ...MEDIA].map((e) => ({ ...e, sources: ['seed'] })),
      { seed: { name: 'Test fixture', licence: 'CC0 1.0' } },
    ),
  ),
);

describe('outlets named like ordinary words', () => {
  it('are spotted inside a sentence, not as its first word', () => {
    const spotted = linker.spot(
      'Medium heat is best. Dawn came late. She wrote on Medium, and Dawn reported it.',
    );
    expect(spotted.map((s) => [s.text, s.start, s.candidates[0]])).toEqual([
      ['Medium', 50, 'medium'],
      ['Dawn', 62, 'pk-dawn'],
    ]);
  });
});

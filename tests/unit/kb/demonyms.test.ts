import { describe, expect, it } from 'vitest';
import { demonymsOf } from '../../../scripts/kb/places';

describe('the country of a person a WordNet gloss calls French, Dutch, Norwegian', () => {
  it('is the sovereign country, not a dependent territory listed first with the same demonym', () => {
    const codes = demonymsOf();
    expect(codes.get('French')).toBe('FR');
    expect(codes.get('Dutch')).toBe('NL');
    expect(codes.get('Norwegian')).toBe('NO');
    expect(codes.get('Indian')).toBe('IN');
    expect(codes.get('American')).toBe('US');
  });

  it("keeps a territory's own demonym", () => {
    expect(demonymsOf().get('Greenlandic')).toBe('GL');
  });
});

import { describe, expect, it } from 'vitest';
import { createLinker } from '../../../lib/kb/index';
import { spelledOutAcronyms } from '../../../lib/kb/linker';
import { smallKb } from '../../fixtures/kb/small-kb';

const linker = createLinker(smallKb());
const ukArticle = { publishedAt: '2019-11-13T14:38', country: 'GB' };

describe('an acronym the article spells out', () => {
  it('knows which acronyms another name of the mention spells word by word', () => {
    expect([...spelledOutAcronyms(['Greenfield Harbour Authority', 'GHA'])]).toEqual(['GHA']);
    expect([...spelledOutAcronyms(['Department of Roads and Bridges', 'DRB'])]).toEqual(['DRB']);
    // Letters that are not the initials of the other name: not a definition.
    expect(spelledOutAcronyms(['Greenfield Harbour Authority', 'GCHQ']).size).toBe(0);
    // An acronym alone defines nothing.
    expect(spelledOutAcronyms(['GCHQ']).size).toBe(0);
  });

  it('gives no card for another body with the same letters', () => {
    // The small KB holds GCHQ; "Greater Cheshire Hockey Quartet (GCHQ)" is a different body.
    const other = linker.link(
      { names: ['Greater Cheshire Hockey Quartet', 'GCHQ'], type: 'organization' },
      ukArticle,
    );
    expect(other).toBeUndefined();
    // The acronym alone, or spelled out as the body the KB holds, keeps its card.
    expect(linker.link({ names: ['GCHQ'], type: 'organization' }, ukArticle)?.kbId).toBe('gb-gchq');
    expect(
      linker.link({ names: ['National Cyber Security Centre', 'NCSC'], type: 'organization' }, ukArticle)
        ?.kbId,
    ).toBe('gb-ncsc');
  });
});

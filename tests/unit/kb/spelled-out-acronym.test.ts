import { describe, expect, it } from 'vitest';
import { createLinker } from '../../../lib/kb/index';
import { initialsOfNamesIn, spelledOutAcronyms } from '../../../lib/kb/linker';
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

describe('an acronym of a name the article writes in full elsewhere', () => {
  it('reads the initials of capitalised runs, small words and an opening "The" left out', () => {
    const text = 'The Greenfield Harbour Authority met. Later the Department of Roads and Bridges said so.';
    expect([...initialsOfNamesIn(text)]).toEqual(['GHA', 'DRB']);
  });

  it('gives no card for another body reached only by the same letters', () => {
    const text = 'The Greater Cheshire Hockey Quartet won again. GCHQ said the season was over.';
    expect(linker.link({ names: ['GCHQ'], type: 'organization' }, { ...ukArticle, text })).toBeUndefined();
    // Written in full as the body the KB holds, the acronym keeps its card.
    const ncsc = 'The National Cyber Security Centre warned firms. NCSC said attacks were rising.';
    expect(linker.link({ names: ['NCSC'], type: 'organization' }, { ...ukArticle, text: ncsc })?.kbId).toBe(
      'gb-ncsc',
    );
    // No such name in the text: the acronym links as before.
    const plain = 'GCHQ said the attack was over. Officials in London agreed.';
    expect(linker.link({ names: ['GCHQ'], type: 'organization' }, { ...ukArticle, text: plain })?.kbId).toBe(
      'gb-gchq',
    );
  });
});

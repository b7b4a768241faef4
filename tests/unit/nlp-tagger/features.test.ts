import { describe, expect, it } from 'vitest';
import { featureHash } from '../../../lib/nlp/tagger/feature-hash';
import { sentenceCase, sentenceFeatures, wordShape } from '../../../lib/nlp/tagger/features';
import { compileGazetteer, gazetteerMarks } from '../../../lib/nlp/tagger/gazetteer';
import { gazetteerName } from '../../../lib/nlp/tagger/gazetteer-names';

const gazetteer = compileGazetteer({ city: ['new york', 'york'], first: ['jeremy'] });

describe('tagger features', () => {
  it('hashes a feature to the same unsigned 32-bit number on every run', () => {
    expect(featureHash('w', 'labour')).toBe(featureHash('w', 'labour'));
    expect(featureHash('w', 'labour')).not.toBe(featureHash('p1', 'labour'));
    // FNV-1a of "w", 0x1f, "labour": pinned so that a changed hash (which would silently break the shipped model) fails.
    expect(featureHash('w', 'labour')).toBe(featureHashReference('w\u001flabour'));
  });

  it('extracts identical features for identical sentences, and different ones when a neighbour changes', () => {
    const words = ['Labour', 'leader', 'Jeremy', 'Corbyn', 'spoke', 'in', 'New', 'York', '.'];
    const a = sentenceFeatures(words, gazetteer);
    expect(sentenceFeatures([...words], gazetteer)).toEqual(a);
    expect(a).toHaveLength(words.length);
    const b = sentenceFeatures(
      ['Labour', 'leader', 'Jeremy', 'Corbyn', 'spoke', 'in', 'Old', 'York', '.'],
      gazetteer,
    );
    expect(b[7]).not.toEqual(a[7]);
    expect(b[0]).toEqual(a[0]);
  });

  it('describes word shapes and sentence capitalisation', () => {
    expect(wordShape('Corbyn')).toBe('Xx');
    expect(wordShape('GCHQ')).toBe('X');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-22')).toBe('d-d-d');
    expect(sentenceCase(['LONDON', '—', 'BRITISH', 'OFFICIALS', 'SAID'])).toBe('u');
    expect(sentenceCase('British Security Officials Play Down Cyber Attack on Labour'.split(' '))).toBe('t');
    expect(sentenceCase('British security officials said on Tuesday'.split(' '))).toBe('n');
  });

  it('marks the longest gazetteer match starting at each word with its begin, last or unit position', () => {
    const marks = gazetteerMarks(gazetteer, ['jeremy', 'flew', 'to', 'new', 'york']);
    expect(marks[0]).toEqual(['first:U']);
    expect(marks[3]).toEqual(['city:B']);
    expect(marks[4]).toEqual(['city:L', 'city:U']);
    expect(marks[2]).toEqual([]);
    expect(gazetteerName("Attorney General's Office")).toBe("attorney general 's office");
  });
});

function featureHashReference(s: string): number {
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

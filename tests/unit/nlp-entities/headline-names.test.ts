/**
 * A title and a surname join the full name named elsewhere: in the text (grouping reads the title as a
 * title) or only in the headline (the group takes the headline's full name). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { groupEntities, withHeadlineNames, type MentionCandidate } from '@/lib/nlp/entities';
import type { EntityGroup } from '@/lib/nlp/entities/types';

function person(text: string, surface: string, from = 0): MentionCandidate {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, text: surface, type: 'person', source: 'tagger' };
}

const group = (names: string[], type: EntityGroup['type'] = 'person'): EntityGroup => ({
  name: names[0],
  type,
  names,
  mentions: [{ start: 0, end: names[0].length, text: names[0] }],
});

describe('a title and a surname in the text', () => {
  it.each([
    ['Congressman', 'Dana Whitfield'],
    ['Mayor', 'Dana Whitfield'],
    ['Councillor', 'Dana Whitfield'],
    ['Detective Sergeant', 'Dana Whitfield'],
    ['Sheriff', 'Dana Whitfield'],
  ])('"%s Whitfield" joins "%s" named before', (title, full) => {
    const text = `${full} opened the hearing. Later ${title} Whitfield said the budget would pass, and Whitfield left.`;
    const groups = groupEntities(text, [
      person(text, full),
      person(text, `${title} Whitfield`),
      person(text, 'Whitfield', text.indexOf('and Whitfield')),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].name).toBe(full);
    expect(groups[0].mentions).toHaveLength(3);
  });

  it('a different person of the same surname named in full stays apart', () => {
    const text = 'Dana Whitfield and Rob Whitfield spoke. Congressman Rob Whitfield left first.';
    const groups = groupEntities(text, [
      person(text, 'Dana Whitfield'),
      person(text, 'Rob Whitfield'),
      person(text, 'Congressman Rob Whitfield'),
    ]);
    const dana = groups.find((g) => g.names.includes('Dana Whitfield'));
    expect(dana?.mentions).toHaveLength(1);
  });
});

describe('the full name only in the headline', () => {
  it('a surname-only person group takes the headline full name ending in that surname', () => {
    const [g] = withHeadlineNames([group(['Congressman Whitfield', 'Whitfield'])], ['Dana Whitfield']);
    expect(g.name).toBe('Dana Whitfield');
    expect(g.names[0]).toBe('Dana Whitfield');
  });

  it('a headline possessive is read as the name ("Dana Whitfield\'s plan")', () => {
    const [g] = withHeadlineNames([group(['Whitfield'])], ["Dana Whitfield's"]);
    expect(g.name).toBe('Dana Whitfield');
  });

  it('two people of that surname in the headline: no guess', () => {
    const [g] = withHeadlineNames([group(['Whitfield'])], ['Dana Whitfield', 'Rob Whitfield']);
    expect(g.name).toBe('Whitfield');
  });

  it('a group with a full name of its own, an organisation, or another surname is left alone', () => {
    const groups = withHeadlineNames(
      [group(['Rob Whitfield', 'Whitfield']), group(['Whitfield'], 'organization'), group(['Marsh'])],
      ['Dana Whitfield'],
    );
    expect(groups.map((g) => g.name)).toEqual(['Rob Whitfield', 'Whitfield', 'Marsh']);
  });

  it('a headline name the text already names in full is not added twice', () => {
    const groups = withHeadlineNames([group(['Dana Whitfield']), group(['Whitfield'])], ['Dana Whitfield']);
    expect(groups[1].name).toBe('Whitfield');
  });
});

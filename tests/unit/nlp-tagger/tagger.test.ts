import { describe, expect, it } from 'vitest';
import { createTagger, parseNerModel, type TaggedSpan } from '../../../lib/nlp/tagger';
import { DATELINE, HEADLINE, SEED_SENTENCES } from '../../fixtures/nlp-tagger/sentences';
import { readNodeAsset } from '../../../scripts/lib/node-assets';

const bytes = readNodeAsset('ner');
const tagger = createTagger(parseNerModel(bytes));

const pairs = (spans: TaggedSpan[]): Array<[string, string]> => spans.map((s) => [s.text, s.type]);

describe('shipped entity tagger', () => {
  it('ships compact (under 3 MB) and loads (its load time is in npm run bench -- growth)', () => {
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    expect(createTagger(parseNerModel(bytes)).tag('Jeremy Corbyn spoke in London.').length).toBeGreaterThan(
      0,
    );
  });

  it.each(SEED_SENTENCES)(
    'finds the people, organisations and places in "$text"',
    ({ text, expect: wanted }) => {
      const found = pairs(tagger.tag(text));
      for (const pair of wanted) expect(found).toContainEqual(pair);
    },
  );

  it('returns exact UTF-16 offsets into the input, also after astral characters and in later paragraphs', () => {
    const text = `😀 Intro line.\n\n${SEED_SENTENCES[0]!.text}\n\n${SEED_SENTENCES[1]!.text}`;
    const spans = tagger.tag(text);
    expect(spans.length).toBeGreaterThanOrEqual(4);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    const corbyn = spans.find((s) => s.text === 'Jeremy Corbyn')!;
    expect(corbyn.start).toBe(text.indexOf('Jeremy Corbyn'));
    const gchq = spans.find((s) => s.text === 'GCHQ')!;
    expect(gchq.start).toBe(text.indexOf('GCHQ'));
  });

  it('gives each span a score between 0 and 1', () => {
    for (const s of tagger.tag(SEED_SENTENCES[1]!.text)) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('does not turn a Title Case headline into a string of entities', () => {
    const spans = tagger.tag(HEADLINE);
    const words = spans.flatMap((s) => s.text.split(' '));
    expect(words).not.toContain('Security');
    expect(words).not.toContain('Officials');
    expect(words).not.toContain('Attack');
    expect(pairs(spans)).toContainEqual(['Labour', 'ORG']);
  });

  it('reads an all-caps dateline as a place and nothing more', () => {
    const spans = tagger.tag(DATELINE);
    expect(spans[0]).toMatchObject({ text: 'LONDON', type: 'LOC', start: 0 });
    expect(spans.map((s) => s.text)).not.toContain('—');
    expect(spans.every((s) => s.text === 'LONDON' || s.text === 'British')).toBe(true);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tagger.tag('')).toEqual([]);
    expect(tagger.tag('   \n\n ')).toEqual([]);
  });

  it('tags a 1 MB text and keeps offsets exact', () => {
    const unit = SEED_SENTENCES.map((s) => s.text).join(' ') + '\n\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const spans = tagger.tag(text);
    const perCopy = tagger.tag(unit).length;
    expect(spans.length).toBe(perCopy * Math.ceil(1_000_000 / unit.length));
    const last = spans[spans.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  }, 30_000);

  it('gives the same answer every time', () => {
    const text = SEED_SENTENCES.map((s) => s.text).join(' ');
    expect(tagger.tag(text)).toEqual(tagger.tag(text));
  });
});

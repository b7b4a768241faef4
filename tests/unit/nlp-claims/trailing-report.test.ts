import { describe, expect, it } from 'vitest';
import { groupAttributions, roleSpans } from '../../../lib/nlp/claims/attributions';
import { withTrailingReports } from '../../../lib/nlp/claims/trailing-report';
import { tokenize } from '../../../lib/nlp/tagger';

/** Tags: 0 O, 1/2 SRC, 3/4 CUE, 5/6 CON (B/I). */
function grouped(text: string, tags: number[]) {
  const spans = roleSpans(tokenize(text), tags);
  const found = groupAttributions(spans);
  withTrailingReports(text, spans, found);
  return found.map((f) => ({
    source: f.source && text.slice(f.source.start, f.source.end),
    cue: f.cue && text.slice(f.cue.start, f.cue.end),
  }));
}

describe('withTrailingReports: "…, sources said." closes the sentence it reports', () => {
  it('gives the content to the trailing source instead of a verb inside the sentence', () => {
    const text = 'The plan required the mayor to leave the hall by the side door , aides said .';
    // The/SRC plan/SRC required/CUE the mayor … door/CON , aides/SRC said/CUE .
    const tags = [1, 2, 3, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 1, 3, 0];
    expect(grouped(text, tags)).toEqual([{ source: 'aides', cue: 'said' }]);
  });

  it('keeps a content whose own cue is already a reporting verb', () => {
    const text = 'Smith said the plan would fail , Jones said .';
    const tags = [1, 3, 5, 6, 6, 6, 0, 1, 3, 0];
    expect(grouped(text, tags)).toEqual([{ source: 'Smith', cue: 'said' }]);
  });

  it('leaves the content alone when the sentence goes on after the trailing cue', () => {
    const text = 'The plan required the mayor to leave early , aides said , but he stayed .';
    const tags = [1, 2, 3, 5, 6, 6, 6, 6, 0, 1, 3, 0, 0, 0, 0, 0];
    expect(grouped(text, tags)).toEqual([{ source: 'The plan', cue: 'required' }]);
  });
});

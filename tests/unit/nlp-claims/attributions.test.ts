import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_TAG_COUNT,
  asDoubleQuotes,
  attributionFeatures,
  createEmitter,
  groupAttributions,
  roleSpans,
  taggingUnits,
  viterbiBio,
  type RoleSpan,
} from '../../../lib/nlp/claims/attributions';
import { splitClaimsBundle } from '../../../lib/nlp/claims/model';
import { emissionScores } from '../../../lib/nlp/tagger/create-tagger';
import { gazetteerLists, parseNerModel } from '../../../lib/nlp/tagger/model';
import { extractClaims, parseClaimsModel } from '../../../lib/nlp/claims';
import { isCreditLine, isWorkTitle } from '../../../lib/nlp/claims/extract-claims';
import { placeMentions, resolveSpeaker } from '../../../lib/nlp/claims/speakers';
import { splitSentences } from '../../../lib/nlp/sentences';
import { tokenize } from '../../../lib/nlp/tagger';

const model = parseClaimsModel(
  new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url))),
);
const claimsOf = (text: string) => extractClaims(text, splitSentences(text), [], model);

describe('attribution tagger', () => {
  it('never decodes an inside tag without its beginning', () => {
    const n = 4;
    const emissions = new Float64Array(n * ATTRIBUTION_TAG_COUNT);
    // Every word prefers I-CON (tag 6); the first must still be B-CON or something else.
    for (let i = 0; i < n; i++) emissions[i * ATTRIBUTION_TAG_COUNT + 6] = 5;
    const tags = viterbiBio(
      emissions,
      new Float64Array((ATTRIBUTION_TAG_COUNT + 1) * ATTRIBUTION_TAG_COUNT),
      n,
    );
    expect(tags[0]).not.toBe(6);
    expect([...tags.slice(1)]).toEqual([6, 6, 6]);
  });

  it('ties a content to the nearest cue and that cue to its source, not to a source beyond the content', () => {
    const text = 'Smith said the plan would fail , Jones said .';
    const tokens = tokenize(text);
    // Smith/SRC said/CUE the plan would fail/CON , Jones/SRC said/CUE .
    const tags = [1, 3, 5, 6, 6, 6, 0, 1, 3, 0];
    const spans: RoleSpan[] = roleSpans(tokens, tags);
    expect(spans.map((s) => s.role)).toEqual(['SRC', 'CUE', 'CON', 'SRC', 'CUE']);
    const [found] = groupAttributions(spans);
    expect(text.slice(found!.source!.start, found!.source!.end)).toBe('Smith');
    expect(text.slice(found!.cue!.start, found!.cue!.end)).toBe('said');
  });

  it('scores tokens exactly as the hashed features the trainer uses', () => {
    const parts = splitClaimsBundle(
      new Uint8Array(readFileSync(new URL('../../../assets/models/claims.bin', import.meta.url))),
    );
    const tagger = parseNerModel(parts.attributions!);
    const cues = new Set(gazetteerLists(tagger).cue ?? []);
    const emit = createEmitter(tagger, cues);
    const text =
      '"We will not back down," the minister said on Monday. According to Reuters, 1,200 jobs went.\n' +
      'SMITH: It\'s «closed» — she told MPs: "No." Officials, however, believe that the plan (which failed) is dead!';
    let units = 0;
    for (const unit of taggingUnits(text)) {
      const want = emissionScores(tagger, attributionFeatures(unit.tokens, cues));
      const got = emit(unit.tokens);
      expect(got.length).toBe(want.length);
      for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i]!, 9);
      units++;
    }
    expect(units).toBe(2);
  });

  it('finds source, cue and content in plain reporting', () => {
    const text = 'The mayor said on Monday that the bridge would reopen in March after repairs.';
    const found = model.attributions!.find(text);
    expect(found.length).toBeGreaterThan(0);
    const content = text.slice(found[0]!.content.start, found[0]!.content.end);
    expect(content).toContain('the bridge would reopen');
    expect(text.slice(found[0]!.source!.start, found[0]!.source!.end)).toBe('The mayor');
  });

  it("reads doubled apostrophes (''…'') as the quotation marks they stand for", () => {
    const text =
      "''Some of the parks will close before the summer is out,'' said Tom Rudd, who runs the trust.";
    const merged = asDoubleQuotes(tokenize(text));
    expect(merged[0]).toEqual({ text: '"', start: 0, end: 2 });
    expect(merged.filter((t) => t.text === '"')).toHaveLength(2);
    const found = model.attributions!.find(text);
    const quote = found.find((f) => text.slice(f.content.start, f.content.end).includes('parks will close'));
    expect(quote).toBeDefined();
    // The words after "said" are who spoke, not more of what was said.
    expect(found.some((f) => text.slice(f.content.start, f.content.end).includes('Tom Rudd'))).toBe(false);
  });
});

describe('claims from attributions', () => {
  it('keeps a report inside a report as a claim of its own', () => {
    const text =
      'The Times reported that party sources said the leader would resign before the summer recess.';
    const claims = claimsOf(text);
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          text: 'party sources said the leader would resign before the summer recess',
          speaker: { name: 'The Times' },
        }),
        expect.objectContaining({
          text: 'the leader would resign before the summer recess',
          speaker: { name: 'party sources' },
        }),
      ]),
    );
  });

  it('takes no programme or book title for a quote', () => {
    const text = 'She said on the BBC programme "Question Time" that the plan was unaffordable.';
    const open = text.indexOf('"');
    expect(isWorkTitle(text, { start: open + 1, end: text.indexOf('"', open + 1) }, open)).toBe(true);
    expect(claimsOf(text).some((c) => c.text === 'Question Time')).toBe(false);
    const said = '"We Will Win This Election," the leader said.';
    expect(isWorkTitle(said, { start: 1, end: 26 }, 0)).toBe(false);
  });

  it('takes no byline, credit or correction line for a claim', () => {
    expect(isCreditLine('Jane Doe reported from Washington.')).toBe(true);
    expect(isCreditLine('Reporting by Jane Doe; Editing by John Smith')).toBe(true);
    expect(isCreditLine('Correction: An earlier version of this story misstated the date.')).toBe(true);
    expect(isCreditLine('The agency reported that exports fell by 4 percent.')).toBe(false);
    expect(
      claimsOf('The minister said the plan would cost £4bn.\nJane Doe reported from Washington.'),
    ).toHaveLength(1);
  });

  it('shows no sentence fragment as a speaker', () => {
    const text = 'and when he said';
    const index = placeMentions([]);
    expect(resolveSpeaker(text, { start: 0, end: 3 }, index, {})).toBeUndefined();
    expect(resolveSpeaker(text, { start: 4, end: 11 }, index, {})).toBeUndefined();
    const described = 'a campaign aide';
    expect(resolveSpeaker(described, { start: 0, end: described.length }, index, {})).toEqual({
      name: 'a campaign aide',
    });
  });
});

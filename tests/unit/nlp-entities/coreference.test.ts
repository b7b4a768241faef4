import { describe, expect, it } from 'vitest';
import type { AnalysisEntity } from '@/lib/contract/types';
import { resolveCoreference } from '@/lib/nlp/entities';
import { occurrences } from '../../fixtures/nlp-entities/seed-finders';

const KINDS: Record<string, string> = {
  labour: 'political party',
  tories: 'political party',
  ncsc: 'government agency',
  gchq: 'intelligence agency',
  acme: 'company',
  sun: 'newspaper',
  uk: 'country',
  ge2019: 'general election',
};

function entity(text: string, kbId: string, ...surfaces: string[]): AnalysisEntity {
  return {
    id: kbId,
    name: surfaces[0],
    type: 'organization',
    kbId,
    confidence: 1,
    mentions: surfaces.flatMap((s) => occurrences(text, s)),
  };
}

const described = (result: AnalysisEntity[], kbId: string) =>
  result
    .find((e) => e.kbId === kbId)!
    .mentions.filter(
      (m) => !['Labour', 'NCSC', 'GCHQ', 'Acme', 'The Sun', 'Britain', 'Conservatives'].includes(m.text),
    )
    .map((m) => m.text);

describe('resolveCoreference', () => {
  it('sends "the party" to the party and "The agency" to the agency named last', () => {
    const text =
      'GCHQ watched. Labour reported the attack to the NCSC. The agency said the party acted well.';
    const result = resolveCoreference(
      text,
      [entity(text, 'gchq', 'GCHQ'), entity(text, 'labour', 'Labour'), entity(text, 'ncsc', 'NCSC')],
      (id) => KINDS[id],
    );
    expect(described(result, 'ncsc')).toEqual(['The agency']);
    expect(described(result, 'labour')).toEqual(['the party']);
    expect(described(result, 'gchq')).toEqual([]);
  });

  it('attaches an apposition to the name it precedes ("Britain\'s spy agency GCHQ")', () => {
    const text = "The centre is part of Britain's spy agency GCHQ.";
    const result = resolveCoreference(
      text,
      [entity(text, 'uk', 'Britain'), entity(text, 'gchq', 'GCHQ')],
      (id) => KINDS[id],
    );
    expect(described(result, 'gchq')).toEqual(["Britain's spy agency GCHQ"]);
    expect(described(result, 'uk')).toEqual([]);
  });

  it('never attaches to an entity of the wrong kind', () => {
    const text = 'Acme warned The Sun. The party was over, the newspaper said, and the firm agreed.';
    const result = resolveCoreference(
      text,
      [entity(text, 'acme', 'Acme'), entity(text, 'sun', 'The Sun')],
      (id) => KINDS[id],
    );
    expect(described(result, 'acme')).toEqual(['the firm']);
    expect(described(result, 'sun')).toEqual(['the newspaper']);
  });

  it('attaches to none when two candidates were named in the same sentence', () => {
    const text = 'Labour and the Conservatives traded blows. The party said it would win.';
    const result = resolveCoreference(
      text,
      [entity(text, 'labour', 'Labour'), entity(text, 'tories', 'Conservatives')],
      (id) => KINDS[id],
    );
    expect(described(result, 'labour')).toEqual([]);
    expect(described(result, 'tories')).toEqual([]);
  });

  it('ignores "the other party", plurals, indefinites, pronouns and "the party of …"', () => {
    const text = 'Labour spoke. The other party, the parties, a party, it, he, and the party of Attlee.';
    const result = resolveCoreference(text, [entity(text, 'labour', 'Labour')], (id) => KINDS[id]);
    expect(described(result, 'labour')).toEqual([]);
  });

  it('dates an election description to the election entity ("the December 12 election", "this election")', () => {
    const text =
      'The general election is near. Parties met ahead of the December 12 election. In this election, anything goes.';
    const election = { ...entity(text, 'ge2019', 'general election'), type: 'event' as const };
    const result = resolveCoreference(text, [election], (id) => KINDS[id]);
    expect(described(result, 'ge2019')).toEqual([
      'general election',
      'the December 12 election',
      'this election',
    ]);
  });

  it('leaves a description whose modifiers say what the thing is to no entity ("the weight-loss company")', () => {
    const text =
      'Acme sold its cartoons. Shares of the weight-loss company fell. Ms Reed, the man behind his company, spoke. The Sun ran the 400 paper story.';
    const result = resolveCoreference(
      text,
      [entity(text, 'acme', 'Acme'), entity(text, 'sun', 'The Sun')],
      (id) => KINDS[id],
    );
    expect(described(result, 'acme')).toEqual([]);
    expect(described(result, 'sun')).toEqual([]);
  });

  it('keeps a modifier its kind or name carries, or a plain one ("the political party", "the entire country")', () => {
    const text =
      'Labour met in Leeds. The political party voted. Britain waited; the entire country watched.';
    const result = resolveCoreference(
      text,
      [entity(text, 'labour', 'Labour'), entity(text, 'uk', 'Britain')],
      (id) => KINDS[id],
    );
    expect(described(result, 'labour')).toEqual(['The political party']);
    expect(described(result, 'uk')).toEqual(['the entire country']);
  });

  it('does not change its input', () => {
    const text = 'Labour spoke. The party agreed.';
    const input = [entity(text, 'labour', 'Labour')];
    resolveCoreference(text, input, (id) => KINDS[id]);
    expect(input[0].mentions).toHaveLength(1);
  });
});

describe('resolveCoreference on a 1 MB article', () => {
  it('finishes (its growth is in npm run bench -- growth)', () => {
    const sentence =
      "Britain's spy agency GCHQ watched. Labour told the NCSC. The agency said the party was safe.\n";
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const entities = [
      entity(text, 'labour', 'Labour'),
      entity(text, 'ncsc', 'NCSC'),
      entity(text, 'gchq', 'GCHQ'),
    ];
    const result = resolveCoreference(text, entities, (id) => KINDS[id]);
    expect(described(result, 'ncsc')).toHaveLength(Math.ceil(1_000_000 / sentence.length));
  });
});

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createLinker, parseKb, type LinkContext } from '../../../lib/kb/index';

const kb = parseKb(gunzipSync(readFileSync(new URL('../../../assets/kb/kb.bin.gz', import.meta.url))));
const linker = createLinker(kb);

/** The context analyze() gives the linker: the text and the top candidate of every spotted name. */
function article(text: string, extra: Partial<LinkContext> = {}): LinkContext {
  const coMentionedIds = [...new Set(linker.spot(text).flatMap((s) => s.candidates.slice(0, 1)))];
  return { text, coMentionedIds, publishedAt: '2024-05-14', ...extra };
}
const linkPlace = (name: string, ctx: LinkContext) =>
  linker.link({ names: [name], type: 'place' }, ctx)?.kbId;

describe('first-level regions in the shipped KB', () => {
  it('has every US state, Canadian province and territory, Australian state and territory and UK nation', () => {
    const regions: string[] = [];
    for (let i = 0; i < kb.size; i++) if (kb.idOf(i).startsWith('region-')) regions.push(kb.idOf(i));
    const byCountry = (cc: string) => regions.filter((id) => id.startsWith(`region-${cc}-`)).length;
    expect([byCountry('us'), byCountry('ca'), byCountry('au'), byCountry('gb')]).toEqual([50, 13, 8, 4]);
  });

  it('shows a state with its country and capital', () => {
    const card = linker.card('region-us-tx', {});
    expect(card.title).toBe('Texas');
    expect(card.subtitle).toBe('State · United States');
    expect(card.description).toContain('capital Austin');
    expect(card.facts).toContainEqual({ label: 'Capital', value: 'Austin' });
  });

  it('shows a city in its state or province', () => {
    const houston = linker.card('city-us-houston', {});
    expect(houston.facts).toContainEqual({ label: 'In', value: 'Texas' });
    const glasgow = linker.card('city-gb-glasgow', {});
    expect(glasgow.facts).toContainEqual({ label: 'In', value: 'Scotland' });
  });

  it('links the names news uses, short forms included', () => {
    expect(linkPlace('Texas', article('A gunman in Texas killed three.'))).toBe('region-us-tx');
    expect(linkPlace('Calif.', article('In Oakland, Calif., police said.'))).toBe('region-us-ca');
    expect(linkPlace('NSW', article('Bushfires burned across NSW.'))).toBe('region-au-nsw');
    expect(linkPlace('B.C.', article('Vancouver, B.C., was flooded.'))).toBe('region-ca-bc');
    expect(linkPlace('Ontario', article('Ontario reported 500 cases; Toronto hospitals are full.'))).toBe(
      'region-ca-on',
    );
    expect(linkPlace('Scotland', article('Scotland voted to remain.'))).toBe('region-gb-sct');
  });

  it('spots no state in two-letter words that postal codes spell', () => {
    const spotted = linker.spot('TURNOUT IN OR NEAR ME WAS LOW, HI THERE, OK? Say hi to Me.');
    expect(spotted.flatMap((s) => s.candidates).filter((id) => id.startsWith('region-'))).toEqual([]);
  });

  it('keeps a team named for a nation without a place card', () => {
    const ctx = article('England beat Wales 2-1 at Wembley.');
    expect(linker.link({ names: ['England'], type: 'organization' }, ctx)).toBeUndefined();
  });
});

describe('regions and their namesakes', () => {
  it('reads Georgia after Atlanta as the US state', () => {
    expect(linkPlace('Georgia', article('The storm hit Atlanta, Georgia, on Monday.'))).toBe('region-us-ga');
    expect(
      linkPlace('Georgia', article('Voters in Georgia and Arizona lined up as Texas and Florida counted.')),
    ).toBe('region-us-ga');
    expect(linkPlace('Georgia', article('Georgia certified its results.', { country: 'US' }))).toBe(
      'region-us-ga',
    );
  });

  it("keeps Georgia's president in a Caucasus story on the country", () => {
    const caucasus = "Georgia's president met protesters in Tbilisi as parliament voted, the Kremlin said.";
    expect(linker.link({ names: ["Georgia's"] }, article(caucasus))?.kbId).toBe('country-ge');
    expect(linkPlace('Georgia', article('Georgia votes on Tuesday.'))).toBe('country-ge');
    expect(linkPlace('Georgia', article('Georgia votes on Tuesday.', { country: 'GE' }))).toBe('country-ge');
  });

  it('reads Washington as the capital unless the story is about the state', () => {
    expect(linkPlace('Washington', article('Officials in Washington said sanctions would stay.'))).toBe(
      'city-us-washington-d-c',
    );
    expect(
      linkPlace('Washington', article('Wildfires spread across Washington, with Seattle under smoke.')),
    ).toBe('region-us-wa');
    expect(linkPlace('Washington state', article('It rained in Washington state.'))).toBe('region-us-wa');
  });

  it('reads New York as the city unless the story is about the state', () => {
    expect(linkPlace('New York', article('She moved to New York to work on Wall Street.'))).toBe(
      'city-us-new-york-city',
    );
    expect(linkPlace('New York', article('She moved to New York.', { country: 'US' }))).toBe(
      'city-us-new-york-city',
    );
    expect(linkPlace('New York', article('The governor of New York signed the bill in Albany.'))).toBe(
      'region-us-ny',
    );
  });

  it("reads Victoria by the story's other places", () => {
    expect(linkPlace('Victoria', article('Victoria recorded 20 cases, Melbourne officials said.'))).toBe(
      'region-au-vic',
    );
    expect(
      linkPlace('Victoria', article('Police in Victoria, British Columbia, said the ferry was late.')),
    ).toBe('city-ca-victoria');
  });

  it("does not let a name's own namesake vouch for another: Quebec alone is the province", () => {
    // Quebec City lies in Quebec, and both are spotted for the one word 'Quebec'.
    expect(linkPlace('Quebec', article('The Quebec government said it would appeal.'))).toBe('region-ca-qc');
  });

  it('tells namesake cities apart by the state the story names', () => {
    const ctx = article('Springfield, Illinois, elected a mayor; Illinois voters also chose a senator.');
    expect(linkPlace('Springfield', ctx)).toBe('city-us-springfield-il');
  });
});

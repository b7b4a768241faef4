import { describe, expect, it } from 'vitest';
import { byCentrality } from '@/lib/analysis/centrality';
import type { AnalysisEntity, EntityType } from '@/lib/contract/types';

/** An entity with a mention at every place `text` spells one of its names. */
function entity(text: string, id: string, type: EntityType, names: string[], linked = true): AnalysisEntity {
  const mentions = names.flatMap((n) => {
    const out = [];
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length))
      out.push({ start: i, end: i + n.length, text: n });
    return out;
  });
  mentions.sort((a, b) => a.start - b.start);
  return {
    id,
    name: names[0],
    type,
    confidence: linked ? 0.9 : 0.3,
    mentions,
    ...(linked ? { kbId: id, card: { title: names[0], facts: [], source: 'test', licence: 'test' } } : {}),
  } as AnalysisEntity;
}

describe('cards in order of how central the entity is to the article', () => {
  it('leads a sports report with the coach and the clubs, not the countries it mentions', () => {
    const title = 'Marlow coach Ruth Tennant hails comeback as Harbury beaten 3-1';
    const text =
      'Ruth Tennant praised the spirit of her Marlow side after they came from behind to beat Harbury 3-1 on Saturday.\n\n' +
      'Harbury led at the break through a header from their Irish striker. Marlow levelled soon after, and their ' +
      'Dutch winger, signed in the summer after two seasons in Belgium, scored twice late on.\n\n' +
      '"I asked them to be brave," Tennant said. "They were." The win lifts Marlow to third. Harbury, who fielded ' +
      'players from France, Spain and Belgium, stay bottom. Marlow travel to France for a friendly in May; Spain ' +
      'hosts the pre-season camp again.';
    const entities = [
      entity(text, 'belgium', 'place', ['Belgium']),
      entity(text, 'france', 'place', ['France']),
      entity(text, 'spain', 'place', ['Spain']),
      entity(text, 'tennant', 'person', ['Ruth Tennant', 'Tennant'], false),
      entity(text, 'marlow', 'organization', ['Marlow'], false),
      entity(text, 'harbury', 'organization', ['Harbury'], false),
    ];
    const claims = [{ speaker: { name: 'Tennant', entityId: 'tennant' } }];
    const order = byCentrality(entities, { title, text, claims }).map((e) => e.id);
    expect(order.slice(0, 3).sort()).toEqual(['harbury', 'marlow', 'tennant']);
    expect(order.slice(3).sort()).toEqual(['belgium', 'france', 'spain']);
  });

  it('puts the company a business story is about before the places it names more often', () => {
    const title = 'Norland Mining cuts 400 jobs';
    const text =
      'Norland Mining will cut 400 jobs at its smelter, the company said on Tuesday.\n\n' +
      'Prices in China and Australia have fallen. Demand from China slowed, and Australia’s producers cut output. ' +
      'China and Australia together set the price, analysts said.';
    const entities = [
      entity(text, 'china', 'place', ['China']),
      entity(text, 'australia', 'place', ['Australia']),
      entity(text, 'norland', 'organization', ['Norland Mining'], false),
    ];
    expect(byCentrality(entities, { title, text })[0].id).toBe('norland');
  });
});

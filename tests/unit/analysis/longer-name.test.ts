/** A name that only ends a longer capitalised name (lib/analysis/longer-name), from sentences written for it. */
import { describe, expect, it } from 'vitest';
import { endsLongerName } from '@/lib/analysis/longer-name';
import { beginsLongerName } from '@/lib/analysis/name-context';

const ends = (text: string, name: string, personEnds: number[] = []) =>
  endsLongerName(text, text.indexOf(name), new Set(personEnds));

describe('a name that ends a longer capitalised name', () => {
  it('is cut from a title or a name', () => {
    expect(ends('She voiced a pear in The Talking Lemon cartoon.', 'Lemon')).toBe(true);
    expect(ends('We stayed at the Grand Vienna near the station.', 'Vienna')).toBe(true);
  });

  it('is not cut after a function word, a possessive, a title adjective, a hashtag or a sentence start', () => {
    expect(ends('They flew to Vienna on Monday.', 'Vienna')).toBe(false);
    expect(ends('He toured Google’s Dublin office.', 'Dublin')).toBe(false);
    expect(ends('The Acting U.S. Attorney spoke.', 'U.S.')).toBe(false);
    expect(ends('Fans wrote “#Wicked Boston show was great”.', 'Boston')).toBe(false);
    expect(ends('It rained. Vienna was grey.', 'Vienna')).toBe(false);
    expect(ends('Report\nVienna was grey.', 'Vienna')).toBe(false);
  });

  it('is not cut after a person’s name', () => {
    const text = 'Rep. Ana Ruiz Texas said no.';
    expect(ends(text, 'Texas', [text.indexOf('Ruiz') + 4])).toBe(false);
  });
});

describe('a place that begins a longer place name', () => {
  it('continues into a county, a boulevard or a neighbouring town', () => {
    const end = (text: string, name: string) => text.indexOf(name) + name.length;
    let text = 'The farm lies in Hudson County near the river.';
    expect(beginsLongerName(text, end(text, 'Hudson'))).toBe(true);
    text = 'The shop is on Avon Blvd near the park.';
    expect(beginsLongerName(text, end(text, 'Avon'))).toBe(true);
    text = 'It borders Glen Heights and Oakdale.';
    expect(beginsLongerName(text, end(text, 'Glen'))).toBe(true);
    text = 'It borders Oakdale and Glen Heights.';
    expect(beginsLongerName(text, end(text, 'Oakdale'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseHeadline, stripSiteName } from '../../../lib/page/title';

const url = 'https://news.example/story/1';

describe('stripSiteName', () => {
  it('drops a site named with its domain ending ("Factorio.com" names "Factorio")', () => {
    expect(stripSiteName('Friday Facts #282 - 0.17 in sight | Factorio', ['Factorio.com'], url)).toBe(
      'Friday Facts #282 - 0.17 in sight',
    );
  });

  it('drops a trailing segment that only reads as a site ("My website", "Example.com", "… News")', () => {
    expect(stripSiteName('Lorem ipsum dolor sit amet – My website', [], url)).toBe(
      'Lorem ipsum dolor sit amet',
    );
    expect(stripSiteName('Council approves new tram line | Riverside-Post.com', [], url)).toBe(
      'Council approves new tram line',
    );
    expect(stripSiteName('These Weeks in Firefox: Issue 85 – Nightly News', [], url)).toBe(
      'These Weeks in Firefox: Issue 85',
    );
  });

  it('keeps a site-like segment when too little headline would stay, or after a colon', () => {
    expect(stripSiteName('Storm hits – Weather news', [], url)).toBe('Storm hits – Weather news');
    expect(stripSiteName('Why we fell for it : fake news', [], url)).toBe('Why we fell for it : fake news');
    expect(stripSiteName('Drought - what farmers need to know', [], url)).toBe(
      'Drought - what farmers need to know',
    );
  });
});

describe('chooseHeadline', () => {
  it("brings back a 'Topic: ' prefix Readability cut, when a heading of the page starts with it", () => {
    expect(
      chooseHeadline(
        {
          readability: 'Shared Mutable History — evolve extension for Mercurial',
          documentTitle: 'Evolve: Shared Mutable History — evolve extension for Mercurial',
          headings: ['evolve extension for Mercurial', 'Evolve: Shared Mutable History¶'],
        },
        [],
        url,
      ),
    ).toBe('Evolve: Shared Mutable History — evolve extension for Mercurial');
  });

  it("leaves the prefix off when no heading confirms it (a blog's name heading alone)", () => {
    expect(
      chooseHeadline(
        {
          readability: 'Open Verilog flow for GreenPak4 devices',
          documentTitle: 'Silicon Exposed: Open Verilog flow for GreenPak4 devices',
          headings: ['Silicon Exposed', 'Sunday, May 8, 2016'],
        },
        [],
        url,
      ),
    ).toBe('Open Verilog flow for GreenPak4 devices');
  });

  it('falls back through JSON-LD, og:title, h1 and the document title, and strips the site', () => {
    expect(chooseHeadline({ openGraph: 'Farmers get aid | Gazette' }, ['Gazette'], url)).toBe(
      'Farmers get aid',
    );
    expect(chooseHeadline({ documentTitle: '  Farmers get aid  ' }, [], url)).toBe('Farmers get aid');
    expect(chooseHeadline({}, [], url)).toBeUndefined();
  });
});

/**
 * Title kinds of the second headline round: site names glued by a compound hyphen, a site's name followed by
 * its taglines, a Chinese site suffix, a meta tag cut at a quote, a kicker the h1 marks, a byline block nested
 * in the h1, a section label as the whole title, a leading section before a dash.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { chooseHeadline, stripSiteName } from '../../../lib/page/title';
import { page, PROSE } from './fixtures';

const url = 'https://news.example/story/1';

describe('site names around a title', () => {
  it('keeps a compound the site name opens with a hyphen ("ABC-Chef"), drops it after a spaced dash', () => {
    expect(stripSiteName('ABC-Chef Müller: Der Tarif reicht nicht', ['ABC'], url)).toBe(
      'ABC-Chef Müller: Der Tarif reicht nicht',
    );
    expect(stripSiteName('Council-backed plan stalls again in the city', ['Council'], url)).toBe(
      'Council-backed plan stalls again in the city',
    );
    expect(stripSiteName('ABC - Der Tarif reicht nicht für alle', ['ABC'], url)).toBe(
      'Der Tarif reicht nicht für alle',
    );
    expect(stripSiteName('Der Tarif reicht nicht für alle -ABC', ['ABC'], url)).toBe(
      'Der Tarif reicht nicht für alle',
    );
  });

  it("cuts at the site's name when its taglines follow it", () => {
    expect(
      stripSiteName(
        'Das neue Album der Band ist endlich da : Plattenblog | Notizen aus der Nische | Seit 2004',
        [],
        'http://archiv.plattenblog.example/?p=12',
      ),
    ).toBe('Das neue Album der Band ist endlich da');
    expect(
      stripSiteName('A quiet week on the river | Riverblog | Notes from the bank', ['Riverblog'], url),
    ).toBe('A quiet week on the river');
  });

  it('keeps a title whose middle part only looks short', () => {
    expect(stripSiteName('Storm warning | Coast | What to do tonight if you live by the sea', [], url)).toBe(
      'Storm warning | Coast | What to do tonight if you live by the sea',
    );
  });

  it('drops a club name built from a hyphenated host and a section path after the headline', () => {
    expect(
      stripSiteName(
        'FC Blaue Moewe Hamburg - Spieler verlängert seinen Vertrag bis 2026 - Verein Presse - News',
        [],
        'https://blaue-moewe.example/news/1',
      ),
    ).toBe('Spieler verlängert seinen Vertrag bis 2026');
  });

  it('drops a Chinese site name glued with a dash', () => {
    expect(stripSiteName('城市的声音：春天来了！-示例网', [], url)).toBe('城市的声音：春天来了！');
    expect(stripSiteName('城市的声音：春天来了-网络', [], url)).toBe('城市的声音：春天来了-网络');
  });

  it('brings back the document title when a meta title was cut at an unescaped quote', () => {
    expect(
      chooseHeadline(
        {
          openGraph: 'Senator calls the plan',
          documentTitle: 'Senator calls the plan "reckless"',
        },
        [],
        url,
      ),
    ).toBe('Senator calls the plan "reckless"');
    // A title that merely opens the document title (site part after it) stays as it is.
    expect(
      chooseHeadline(
        { openGraph: 'Senator calls the plan', documentTitle: 'Senator calls the plan | Daily' },
        [],
        url,
      ),
    ).toBe('Senator calls the plan');
  });
});

describe('the printed headline', () => {
  it('is the h1 less the kicker it marks, even when the title has the kicker before a dash', () => {
    const doc = page(
      `<h1><span class="overline">Die Zukunft der Arbeit</span>"Wir rücken nur die Stühle auf dem Deck um"</h1><p>${PROSE}</p>`,
      '<title>Die Zukunft der Arbeit - "Wir rücken nur die Stühle auf dem Deck um"</title>',
    );
    expect(extractArticle(doc, 'https://radio.example/a').title).toBe(
      '"Wir rücken nur die Stühle auf dem Deck um"',
    );
    const sub = page(
      `<h1 class="entry-title"><span class="sub-heading">Energiewende im Tal:</span><br> Wer heizt am saubersten?</h1><p>${PROSE}</p>`,
      '<title>Wer heizt am saubersten? - Talbote</title>',
    );
    expect(extractArticle(sub, 'https://talbote.example/a').title).toBe('Wer heizt am saubersten?');
  });

  it('leaves out a byline block a theme nests in the h1', () => {
    const doc = page(
      `<h1 class="entry-title">»Lasst den See sauber!«<h4 class="author">Veröffentlicht von <a href="/u">Seglerin</a> am <time datetime="2020-02-23">23. Februar 2020</time></h4></h1><p>${PROSE}</p>`,
      '<title>»Lasst den See sauber!« - Der Segelblog</title>',
    );
    expect(extractArticle(doc, 'https://segel.example/a').title).toBe('»Lasst den See sauber!«');
  });

  it('is the h1 that two title sources say word for word, over a shorter social title printed lower', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Fest am Flugplatz: Zweites Flugzeug fast zugelassen',
          openGraph: 'Fest am Flugplatz: Zweites Flugzeug fast zugelassen',
          jsonLd: 'Fest am Flugplatz in Dessau: Zweites Flugzeug fast zugelassen',
          documentTitle: 'Fest am Flugplatz in Dessau: Zweites Flugzeug fast zugelassen | MZ',
          headings: [
            'Fest am Flugplatz in Dessau: Zweites Flugzeug fast zugelassen',
            'Fest am Flugplatz: Zweites Flugzeug fast zugelassen',
          ],
          chromeH1s: ['Fest am Flugplatz in Dessau: Zweites Flugzeug fast zugelassen'],
        },
        ['MZ'],
        url,
      ),
    ).toBe('Fest am Flugplatz in Dessau: Zweites Flugzeug fast zugelassen');
  });

  it('is the one printed h1 when the title is a section label ("Home"), never a lower-case tag cloud', () => {
    expect(chooseHeadline({ documentTitle: 'Home', printed: ['Time to say goodbye.'] }, [], url)).toBe(
      'Time to say goodbye.',
    );
    expect(
      chooseHeadline({ documentTitle: 'Home', printed: ['yes we camp tents protest shirts'] }, [], url),
    ).toBe('Home');
    expect(
      chooseHeadline(
        { documentTitle: 'Home', printed: ['First post of the year', 'Second post here'] },
        [],
        url,
      ),
    ).toBe('Home');
  });

  it('drops a leading section before a dash when the page prints the rest alone', () => {
    expect(
      chooseHeadline(
        {
          documentTitle: 'bergbuch.example - Outdoornews - Neue Schneekarten für alle Gipfel',
          headings: ['OutdoorNews | Eintrag', 'Neue Schneekarten für alle Gipfel'],
        },
        [],
        'https://www.bergbuch.example/news/1',
      ),
    ).toBe('Neue Schneekarten für alle Gipfel');
    // Without such a heading the section stays: nothing says which part is the headline.
    expect(
      chooseHeadline(
        { documentTitle: 'Outdoornews - Neue Schneekarten für alle Gipfel', headings: [] },
        [],
        'https://www.bergbuch.example/news/1',
      ),
    ).toBe('Outdoornews - Neue Schneekarten für alle Gipfel');
  });
});

describe('an archived copy of a page', () => {
  const archived = 'https://web.archive.org/web/20140226054445/http://www.harbourtalk.example/2014/02/kinos/';
  it('names its site by the archived host, not the archive’s', () => {
    expect(
      stripSiteName('Harbour Talk » Blog Archive » Cinemas in the valley go digital', [], archived),
    ).toBe('Cinemas in the valley go digital');
    expect(
      stripSiteName('Cinemas in the valley go digital | Harbour Talk', [], archived.replace('http://', '')),
    ).toBe('Cinemas in the valley go digital');
  });

  it('takes the post’s title when the h1 is the archived site’s name', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Harbour Talk',
          documentTitle: 'Harbour Talk » Blog Archive » Cinemas in the valley go digital',
          h1: 'Harbour Talk',
        },
        [],
        archived,
      ),
    ).toBe('Cinemas in the valley go digital');
  });
});

describe('a title that opens with the site’s domain', () => {
  it('takes the printed h1 that is its last part, not the domain and section path', () => {
    expect(
      chooseHeadline(
        {
          readability: 'www.townhall.example: The Mayor / Speeches',
          documentTitle:
            'www.townhall.example: The Mayor / Speeches / Speech by the Mayor at the opening of the harbour bridge',
          printed: ['Navigation and service', 'Speech by the Mayor at the opening of the harbour bridge'],
          headings: ['Navigation and service', 'Speech by the Mayor at the opening of the harbour bridge'],
        },
        [],
        'https://www.townhall.example/speeches/2003/bridge.html',
      ),
    ).toBe('Speech by the Mayor at the opening of the harbour bridge');
  });

  it('still reads a part after a headline-long first part as the site’s tagline, not a printed headline', () => {
    expect(
      chooseHeadline(
        {
          documentTitle: 'Beef liver with apple and onion | Love goes through the stomach',
          printed: ['Love goes through the stomach'],
        },
        [],
        'https://www.kitchen.example/recipes/liver',
      ),
    ).not.toBe('Love goes through the stomach');
  });
});

describe('an h1 that is only a link to the site’s home page', () => {
  const story = `<div class="post"><p>${PROSE}</p><p>${PROSE}</p></div>`;
  it.each([
    ['/', 'https://dance.example/figures/cross-body'],
    ['https://www.dance.example/', 'https://www.dance.example/figures/cross-body'],
    ['/index.php', 'https://dance.example/figures/cross-body'],
    [
      'https://web.archive.org/web/20140226054445/http://www.dance.example/',
      'https://web.archive.org/web/20140226054445/http://www.dance.example/figures/cross-body',
    ],
  ])('is the site’s name, not the headline (home link %s)', (href, address) => {
    const doc = page(
      `<div id="top"><h1><a href="${href}"><span>Salsa Figures - Dance in Leeds</span></a></h1></div>${story}`,
      '<title>Cross-body turn - Salsa Figures - Dance in Leeds</title>',
    );
    expect(extractArticle(doc, address).title).toMatch(/^Cross-body turn\b/);
  });

  it('is still the headline when the link goes to the story itself', () => {
    const doc = page(
      `<h1><a href="/figures/cross-body">Cross-body turn for beginners in six steps</a></h1><p>${PROSE}</p><p>${PROSE}</p>`,
      '<title>Cross-body turn for beginners in six steps | Dance in Leeds</title>',
    );
    expect(extractArticle(doc, 'https://dance.example/figures/cross-body').title).toBe(
      'Cross-body turn for beginners in six steps',
    );
  });
});

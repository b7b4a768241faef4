/**
 * What a page prints by its headline, read as the reader reads it: date lines in the formats sites use,
 * an update line as the only date, headlines without kickers, bylines without labels and post stamps.
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../lib/page/byline';
import { findDates } from '../../../lib/page/date-parse';
import { splitWireCredit } from '../../../lib/page/wire-credit';
import { extractArticle } from '../../../lib/page/extract';
import { chooseHeadline } from '../../../lib/page/title';
import { page, PROSE } from './fixtures';

describe('date lines in the formats sites print', () => {
  it.each([
    ['Update: November, 13/2019 - 14:38', '2019-11-13T14:38'],
    ['Updated 13.11.2019 14:38', '2019-11-13T14:38'],
    ['Posted Nov. 13, 2019 2:38 p.m. ET', '2019-11-13T14:38-05:00'],
    ['Published 13 November 2019 | 14:38 GMT', '2019-11-13T14:38+00:00'],
    ['First published 2019/11/13', '2019-11-13'],
    ['Last modified: Wednesday, 13 November 2019, 14:38', '2019-11-13T14:38'],
    ['13th November 2019 at 2:38 pm', '2019-11-13T14:38'],
    ['Veröffentlicht am 13. November 2019 um 14:38 Uhr', '2019-11-13T14:38'],
  ])('%s', (line, iso) => {
    expect(findDates(line)[0]?.iso).toBe(iso);
  });
});

const article = (dateLine: string, extra = '') =>
  page(
    `<div id="top"><span>Thursday, January 28 2021</span></div>
     <div class="col-left"><h1>Council approves the new bridge over the river</h1>${dateLine}
       <div class="txt"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div></div>
     <div class="col-right"><h3>Latest</h3>
       <div class="item"><a href="/a">Storm floods homes in the north of the county</a><br><span>January 27, 2021</span></div>
       <div class="item"><a href="/b">Retail sales fall as shops stay shut all month</a><br><span>January 26, 2021</span></div>
     </div>${extra}`,
    '<title>Council approves the new bridge over the river</title>',
  );

describe('the article date from its date line, never the header or a sidebar', () => {
  it('takes an update line that is the only date as the publication (and the update)', () => {
    const a = extractArticle(article('<span>Updated: 13.11.2019 14:38</span>'), 'file:///input.html');
    expect(a.publishedAt).toBe('2019-11-13T14:38');
    expect(a.modifiedAt).toBe('2019-11-13T14:38');
  });

  it('lets a separate published date win over the update line', () => {
    const a = extractArticle(
      article('<span>Published: 12 November 2019 09:10</span> <span>Updated: 13 November 2019 14:38</span>'),
      'file:///input.html',
    );
    expect(a.publishedAt).toBe('2019-11-12T09:10');
    expect(a.modifiedAt).toBe('2019-11-13T14:38');
  });

  it('gives no date from the header and sidebar alone', () => {
    const a = extractArticle(article(''), 'file:///input.html');
    expect(a.publishedAt ?? '').not.toMatch(/^2021-01-2[678]/);
  });
});

describe('headlines as printed', () => {
  it('takes the h1 when the title is the h1 after a kicker and a colon', () => {
    expect(
      chooseHeadline(
        {
          openGraph: 'Siemens und die Kohlemine: Kaeser verarscht Neubauer',
          h1: 'Kaeser verarscht Neubauer',
        },
        [],
        'https://taz.example/x',
      ),
    ).toBe('Kaeser verarscht Neubauer');
  });

  it('drops an unrecognised site part after "›" when the h1 is the rest', () => {
    expect(
      chooseHeadline(
        {
          documentTitle: 'Laufen im Winter in zwölf Monaten › Nordish by Nature',
          h1: 'Laufen im Winter in zwölf Monaten',
        },
        [],
        'https://blog.example/laufen',
      ),
    ).toBe('Laufen im Winter in zwölf Monaten');
  });

  it('leaves out a kicker the h1 marks as such', () => {
    const doc = page(
      `<h1><span class="dachzeile">Nach Corona-Lockerungen</span> <span class="headline">Autohäuser rechnen mit langsamem Anlaufen</span></h1><p>${PROSE}</p>`,
      '<meta property="og:title" content="Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen">',
    );
    expect(extractArticle(doc, 'https://mdr.example/news/autohaeuser-100.html').title).toBe(
      'Autohäuser rechnen mit langsamem Anlaufen',
    );
  });
});

describe('bylines as printed', () => {
  it.each([
    ['View all posts by Daniel Lemire', 'Daniel Lemire'],
    ['Zeige alle Beiträge von Petra Ruland', 'Petra Ruland'],
    ['Autor: Anna Schmidt', 'Anna Schmidt'],
    ['Interview: Julia Lauter', 'Julia Lauter'],
    ['Written by Rob Ewaschuk', 'Rob Ewaschuk'],
    ['vom Support Team', 'Support Team'],
    ['Lupa am 26/10/13, 03:48 pm', 'Lupa'],
    ['Isabella Di Biase am Samstag, 19. Oktober 2019 um 11:14 Uhr', 'Isabella Di Biase'],
    ['Ulrike 18.10.2019 16:06 Uhr', 'Ulrike'],
    ['Frank Bueltge - http://bueltge.de', 'Frank Bueltge'],
  ])('%s', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it.each(['No Author', 'Follow'])('%s names nobody', (raw) => {
    expect(cleanByline(raw)).toBeUndefined();
  });
});

describe('wire credits', () => {
  it.each([
    ['A. Reporter, B. Reporter, Associated Press', 'A. Reporter, B. Reporter', 'Associated Press'],
    ['Jane Doe, Reuters', 'Jane Doe', 'Reuters'],
    ['Jean Dupont, Agence France-Presse', 'Jean Dupont', 'AFP'],
    ['Max Muster, dpa', 'Max Muster', 'dpa'],
  ])('%s', (byline, people, agency) => {
    expect(splitWireCredit(byline)).toEqual({ byline: people, agency });
  });

  it('keeps a byline that is only an agency and credits the agency; leaves one naming no agency as it is', () => {
    expect(splitWireCredit('AFP')).toEqual({ byline: 'AFP', agency: 'AFP' });
    expect(splitWireCredit('The Associated Press')).toEqual({
      byline: 'The Associated Press',
      agency: 'Associated Press',
    });
    expect(splitWireCredit('Jane Doe, John Roe')).toEqual({ byline: 'Jane Doe, John Roe' });
  });

  it('moves the agency of a printed wire byline out of the byline, keeping both reporters', () => {
    const doc = page(
      `<h1>Storm batters the coast as thousands lose power</h1><p class="byline">By A. Reporter and B. Reporter, Associated Press</p><p>${PROSE}</p><p>${PROSE}</p>`,
      '<meta property="og:site_name" content="https://partner.example">',
    );
    const a = extractArticle(doc, 'https://partner.example/news/storm-batters-the-coast');
    expect(a.byline).toBe('A. Reporter, B. Reporter');
    expect(a.agency).toBe('Associated Press');
    expect(a.publisher ?? '').not.toMatch(/^https?:/);
  });
});

describe('relative date lines, on the clock of the reading', () => {
  const relative = (line: string) =>
    page(
      `<h1>Council approves the new bridge over the river</h1><span>${line}</span><div><p>${PROSE}</p><p>${PROSE}</p></div>`,
    );
  it.each([
    ['3 hours ago', '2019-11-13T14:38+00:00'],
    ['Updated 45 minutes ago', '2019-11-13T16:53+00:00'],
    ['an hour ago', '2019-11-13T16:38+00:00'],
    ['2 days ago', '2019-11-11'],
  ])('%s', (line, iso) => {
    const a = extractArticle(relative(line), 'file:///input.html', { readAt: '2019-11-13T17:38:00Z' });
    expect(a.publishedAt).toBe(iso);
  });

  it('gives no date without the time of reading', () => {
    expect(extractArticle(relative('3 hours ago'), 'file:///input.html').publishedAt).toBeUndefined();
  });
});

describe('the printed h1 as the headline', () => {
  const url = 'https://paper.example/politik/x';
  it('takes the h1 when it words the headline differently from the SEO title', () => {
    expect(
      chooseHeadline(
        {
          documentTitle: 'Michael Bloomberg is having to answer questions about his past - Los Angeles Times',
          openGraph: 'As his first debate nears, Bloomberg is having to answer about his past',
          printed: ['As his first debate nears, Bloomberg is having to answer about his past'],
        },
        ['Los Angeles Times'],
        url,
      ),
    ).toBe('As his first debate nears, Bloomberg is having to answer about his past');
  });

  it('takes the h1 without the kicker the meta title puts before it', () => {
    expect(
      chooseHeadline(
        {
          openGraph: 'Kücknitz - So lief die Auktion der Schätzchen von St. Johannes',
          printed: ['So lief die Auktion der Schätzchen von St. Johannes'],
        },
        [],
        url,
      ),
    ).toBe('So lief die Auktion der Schätzchen von St. Johannes');
  });

  it('skips an h1 that names the site, a section label, or another subject', () => {
    const sources = {
      documentTitle: 'Podcasts in Plex einbinden | Disfunctions',
      printed: ['Disfunctions', 'Opinion', 'Weather warning for the whole coast this weekend'],
    };
    expect(chooseHeadline(sources, ['Disfunctions'], 'https://disfunctions.example/p')).toBe(
      'Podcasts in Plex einbinden',
    );
  });

  it("skips an h1 that is the blog's tagline in the title, or a short topic the title does not hold", () => {
    expect(
      chooseHeadline(
        {
          documentTitle: 'Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen',
          printed: ['Liebe geht durch den Magen'],
        },
        [],
        'https://rezepte.example/rinderleber',
      ),
    ).toMatch(/^Rinderleber mit Apfel und Zwiebel/);
    expect(
      chooseHeadline(
        {
          openGraph: 'Mit Hilfe des Chefs für die Rente sparen',
          printed: ['Betriebliche Altersvorsorge'],
        },
        [],
        url,
      ),
    ).toBe('Mit Hilfe des Chefs für die Rente sparen');
  });

  it('keeps the title when the h1 glues an unmarked kicker to it', () => {
    expect(
      chooseHeadline(
        {
          openGraph: 'Why collaborative thinking beats individual smarts',
          printed: ['Open ProgressWhy collaborative thinking beats individual smarts'],
        },
        [],
        url,
      ),
    ).toBe('Why collaborative thinking beats individual smarts');
  });

  it('drops a blog theme\'s "Blog Archive" part with the blog\'s name', () => {
    expect(
      chooseHeadline(
        { documentTitle: 'Four Years Remaining » Blog Archive » Interning of Small Integers in Python' },
        ['Four Years Remaining'],
        'https://fouryears.example/2009/11/interning',
      ),
    ).toBe('Interning of Small Integers in Python');
  });

  it('reads the h1 text beside a topic label, without screen-reader text and soft hyphens', () => {
    const doc = page(
      `<h1><div class="topic-label">100. Geburtstag</div> Holocaust-Überlebende Margot Friedländer wird 100 Jahre</h1><p>${PROSE}</p>`,
      '<meta property="og:title" content="100. Geburtstag: Holocaust-Überlebende Margot Friedländer wird 100 Jahre">',
    );
    expect(extractArticle(doc, 'https://stiftung.example/a').title).toBe(
      'Holocaust-Überlebende Margot Friedländer wird 100 Jahre',
    );
    const zeit = page(
      `<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1><p>${PROSE}</p>`,
      '<title>Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE</title>',
    );
    expect(extractArticle(zeit, 'https://zeit.example/a').title).toBe('Bohren, bis es heiß wird');
    const shy = page(`<h1>Mes\u00adsen\u00adger\u00addiens\u00adte sind kein Raum</h1><p>${PROSE}</p>`);
    expect(extractArticle(shy, 'https://amt.example/a').title).toBe('Messengerdienste sind kein Raum');
  });
});

describe('bylines of blog themes and German labels', () => {
  it.each([
    ['Erstellt von Andri Bryner', 'Andri Bryner'],
    ['Artikel von: hausinfo', 'hausinfo'],
    ['Blog Beitrag von Margarita Koreneva', 'Margarita Koreneva'],
    ['Eine Kolumne von Nils Pickert', 'Nils Pickert'],
    ['Von:Moritz Pieczewski-Freimuth', 'Moritz Pieczewski-Freimuth'],
    ['Über Luis Holuch 257 Artikel', 'Luis Holuch'],
    ['Williams Perdomo @wperdomod', 'Williams Perdomo'],
  ])('%s', (raw, name) => {
    expect(cleanByline(raw, true)).toBe(name);
  });

  it('keeps a user name the page prints as the author, but not one from metadata', () => {
    expect(cleanByline('von flerche', true)).toBe('flerche');
    expect(cleanByline('flerche')).toBeUndefined();
  });

  it('reads an hCard author inside a post on a page whose body class mentions a sidebar', () => {
    const doc = page(
      `<article class="post hentry"><h1>Laufen im Winter</h1><div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/heiko">Heiko</a></span></span></div><p>${PROSE}</p></article>`,
    );
    doc.body.className = 'single has-sidebar';
    expect(extractArticle(doc, 'https://blog.example/laufen').byline).toBe('Heiko');
  });

  it('reads a post-author hCard name (blog themes without an "author" class of its own)', () => {
    const doc = page(
      `<h1>Tach auch, liebe Leser</h1><p>${PROSE}</p><div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">der Michel</span></span></div>`,
    );
    expect(extractArticle(doc, 'https://michel.example/tach').byline).toBe('der Michel');
  });
});

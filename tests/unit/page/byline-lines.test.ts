import { describe, expect, it } from 'vitest';
import { cleanByline, findByline } from '../../../lib/page/byline';
import { isPersonName, labelledNames, metaLineName, siteOwner } from '../../../lib/page/byline-lines';
import { readJsonLd } from '../../../lib/page/json-ld';
import { readMetaTags } from '../../../lib/page/meta-tags';
import { page, PROSE } from './fixtures';

/** The byline of a small page with `body` and `head` markup at `url`. */
function bylineOf(body: string, head = '', url = 'https://paper.example/story'): string | undefined {
  const doc = page(`${body}<p>${PROSE}</p>`, head);
  return findByline(doc, readJsonLd(doc), readMetaTags(doc), '', url);
}
const clean = (s: string) => cleanByline(s);
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('isPersonName', () => {
  it('reads two to four capitalised name words, particles and initials as a name', () => {
    expect(isPersonName('Amelie Loevenich')).toBe(true);
    expect(isPersonName('Iris Lange-Fricke')).toBe(true);
    expect(isPersonName('Boris T. Kaiser')).toBe(true);
    expect(isPersonName('Ursula von der Leyen')).toBe(true);
    expect(isPersonName('JUERGEN HASENKOPF')).toBe(true);
  });

  it('reads names with an apostrophe or an inner capital', () => {
    expect(isPersonName("Sean O'Malley")).toBe(true);
    expect(isPersonName('Ava McKay')).toBe(true);
    expect(isPersonName('Leo DiMarco')).toBe(true);
    expect(isPersonName('Ava MCKAY-Text')).toBe(false);
  });

  it('refuses one word, titles of outlets, organisations and page parts', () => {
    expect(isPersonName('Konstantin')).toBe(false);
    expect(isPersonName('The Japan Times')).toBe(false);
    expect(isPersonName('Le Grand Continent')).toBe(false);
    expect(isPersonName('Spessart Tourismus GmbH')).toBe(false);
    expect(isPersonName('Alle Artikel')).toBe(false);
    expect(isPersonName('Michael Hingstonfacebooktwitterflipboardwhatsapp')).toBe(false);
  });
});

describe('labelled byline lines', () => {
  it('takes the names after a label in any of the usual forms', () => {
    expect(labelledNames('Von Uta Staschewski', clean)).toBe('Uta Staschewski');
    expect(labelledNames('Posted by Konstantin 21.10.2019', clean)).toBe('Konstantin');
    expect(labelledNames('Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45', clean)).toBe('Pamela Sladky');
    expect(labelledNames('Blog Beitrag von Margarita Koreneva', clean)).toBe('Margarita Koreneva');
    expect(labelledNames('Text von Christian Seiler Illustration von Markus Roost', clean)).toBe(
      'Christian Seiler',
    );
    expect(labelledNames('Redaktion: Eberhard Fuhr (Pressesprecher des EJW)', clean)).toBe('Eberhard Fuhr');
    expect(labelledNames('Autoren Jelko Djuren und Jutta Klaukien', clean)).toBe(
      'Jelko Djuren, Jutta Klaukien',
    );
  });

  it('reads "Author:", "Auteur :" and "Autor :" labels, with or without a space before the colon', () => {
    expect(labelledNames('Author: Marta Olsen, Datum: 03.Mär.19', clean)).toBe('Marta Olsen');
    expect(labelledNames('Auteur : Benoît Lacasse', clean)).toBe('Benoît Lacasse');
    expect(labelledNames('Auteur(s) : Claire Dumont', clean)).toBe('Claire Dumont');
    expect(labelledNames('Autor : Jonas Weber', clean)).toBe('Jonas Weber');
  });

  it('finds the author label after another label on one line, and stops at the next label', () => {
    expect(labelledNames('Datum: 12.03.2021 Autor: Lena Hofer Quelle: Stadtblatt', clean)).toBe('Lena Hofer');
    // <br>-separated label lines run together in the text ("HoferQuelle:").
    expect(labelledNames('Datum: 12.03.2021 Autor: Lena HoferQuelle: Stadtblatt', clean)).toBe('Lena Hofer');
    expect(labelledNames('Datum: 12.03.2021 Ort: Wien', clean)).toBeUndefined();
    expect(
      bylineOf(
        '<h1>Neue Regeln für Landwirte</h1><div class="meta-block"><span>Datum:</span> 12.03.2021<br><span>Autor:</span> Lena Hofer<br><span>Quelle:</span> Stadtblatt</div>',
      ),
    ).toBe('Lena Hofer');
  });

  it('keeps every person of a wire byline', () => {
    expect(labelledNames('Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR', clean)).toBe(
      'Volkmar Kabisch, Jan Lukas Strozyk, Benedikt Strunz, NDR',
    );
  });

  it('reads no byline into sentences and headlines that start like one', () => {
    expect(labelledNames('Von der Leyen will mehr Geld für Verteidigung', clean)).toBeUndefined();
    expect(labelledNames('By the numbers: the drought in five charts', clean)).toBeUndefined();
    expect(labelledNames('Von Berlin nach Hamburg in zwei Stunden', clean)).toBeUndefined();
    expect(labelledNames('Uta Staschewski', clean)).toBeUndefined();
  });

  it('reads a byline in a column whose layout wrapper says "has-double-sidebar"', () => {
    expect(
      bylineOf(
        '<div class="main-content has-double-sidebar"><h1>Neue Regeln für Landwirte</h1><h5><em>Von Lena Hofer</em></h5></div>',
      ),
    ).toBe('Lena Hofer');
  });

  it('finds a labelled line in the page, not one in the comments or the footer', () => {
    expect(
      bylineOf(
        '<h1>Neue Regeln für Landwirte</h1><div class="news-single-timedata"><span>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)</span></div>',
      ),
    ).toBe('Eberhard Fuhr');
    expect(
      bylineOf(
        '<h1>Neue Regeln für Landwirte</h1><div class="comments"><p>Von Hans Meier</p></div><footer><p>Von Petra Klein</p></footer>',
      ),
    ).toBeUndefined();
  });
});

describe('meta lines near the headline', () => {
  it('takes the one name beside a date or time', () => {
    expect(metaLineName('11.12.2019 - Amelie Loevenich')).toBe('Amelie Loevenich');
    expect(metaLineName('04.02.2022 | 13:10 Uhr | Uta Helkenberg')).toBe('Uta Helkenberg');
    expect(metaLineName('Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com / 150 /')).toBe('Gunter Frank');
    expect(metaLineName('yas! | By Cara Stiles | April 13, 2020')).toBe('Cara Stiles');
  });

  it('refuses lines without a date, with two names, or with other words beside an unlabelled name', () => {
    expect(metaLineName('Amelie Loevenich - Uta Helkenberg')).toBeUndefined();
    expect(metaLineName('11.12.2019 - Amelie Loevenich - Uta Helkenberg')).toBeUndefined();
    expect(metaLineName('Politik | 11.12.2019 | Amelie Loevenich')).toBeUndefined();
    expect(metaLineName('Thursday, January 28 2021')).toBeUndefined();
  });

  it('reads a meta line after the headline, not one in a teaser list', () => {
    expect(
      bylineOf(
        '<h1>Variablen und ihr Zuhause erklärt</h1><p class="text-muted">11.12.2019 - Amelie Loevenich</p>',
      ),
    ).toBe('Amelie Loevenich');
    expect(
      bylineOf(
        '<h1>Variablen und ihr Zuhause erklärt</h1><div class="teaser"><p>11.12.2019 - Amelie Loevenich</p></div>',
      ),
    ).toBeUndefined();
  });
});

describe('author links, graph references and SEO labels', () => {
  it('takes an author-page link whose text is a name, not one that is a menu entry', () => {
    expect(bylineOf('<address>By <a href="/author/tanderson/">Tim Anderson</a></address>')).toBe(
      'Tim Anderson',
    );
    expect(bylineOf('<p><a href="/autoren/">Alle Autoren</a></p>')).toBeUndefined();
    // A menu of columnists is no byline.
    expect(
      bylineOf('<div class="dropdown"><ul><li><a href="/author/robert-fisk">Robert Fisk</a></li></ul></div>'),
    ).toBeUndefined();
  });

  it('resolves a JSON-LD author given by @id, after meta authors that name people', () => {
    const graph = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'X', author: { '@id': 'https://paper.example/#/person/1' } },
        { '@type': 'Person', '@id': 'https://paper.example/#/person/1', name: 'Steven Salentin' },
      ],
    });
    expect(bylineOf('<h1>Story</h1>', graph)).toBe('Steven Salentin');
    expect(bylineOf('<h1>Story</h1>', `${graph}<meta name="parsely-author" content="Jessica Holly">`)).toBe(
      'Jessica Holly',
    );
  });

  it('reads the "Written by" pair of twitter:label/data, but not an account name there', () => {
    const tw = (who: string) =>
      `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="${who}">`;
    expect(bylineOf('<h1>Story</h1>', tw('Ana Ruiz'))).toBe('Ana Ruiz');
    expect(bylineOf('<h1>Story</h1>', tw('sarah-indra'))).toBeUndefined();
  });

  it('keeps a post byline inside the post body of a blog widget', () => {
    expect(
      bylineOf(
        '<div class="widget Blog"><div class="post"><div class="post-content"><span class="byline-author">Posted by Nathan Parker, Varun Khaneja and Kiran C Nair - Chrome Safe Browsing team</span></div></div></div>',
      ),
    ).toBe('Nathan Parker, Varun Khaneja, Kiran C Nair');
  });
});

describe('the owner of a personal site', () => {
  const owner = (body: string, siteName: string, url: string) =>
    siteOwner(page(body), [siteName], new URL(url).hostname);
  it('is the person the host spells, from the site name or the copyright line', () => {
    expect(owner('', 'Dr. Alexander Klier', 'https://www.alexander-klier.net/x')).toBe('Alexander Klier');
    expect(
      owner(
        '<div id="footer"><p>Copyright (c) 2012- Gregory Szorc. All rights reserved.</p></div>',
        '',
        'https://gregoryszorc.com/blog/x',
      ),
    ).toBe('Gregory Szorc');
  });

  it('is nobody on an outlet named like a person, or when the host spells another name', () => {
    expect(owner('', 'The Japan Times', 'https://www.japantimes.co.jp/x')).toBeUndefined();
    expect(owner('<footer>© 2020 Wolfgang Michal</footer>', '', 'https://paper.example/x')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { cleanByline, findByline } from '../../../lib/page/byline';
import { fullNameOf } from '../../../lib/page/byline-metadata';
import { labelledNames, signatureAtEnd } from '../../../lib/page/byline-lines';
import { readJsonLd } from '../../../lib/page/json-ld';
import { readMetaTags } from '../../../lib/page/meta-tags';
import { extractArticle } from '../../../lib/page/extract';
import { closingCredit, isAgencyName, isHostingWord } from '../../../lib/page/wire-credit';
import { page, PROSE } from './fixtures';

/** The byline of a small page with `body` and `head` markup at `url`. */
function bylineOf(body: string, head = '', url = 'https://paper.example/story'): string | undefined {
  const doc = page(`${body}<p>${PROSE}</p>`, head);
  return findByline(doc, readJsonLd(doc), readMetaTags(doc), '', url);
}
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
/** A site menu of `n` entries, as long pages print before their article. */
const longMenu = (n: number) =>
  `<nav><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/topic/${i}">Thema ${i}</a></li>`).join('')}</ul></nav>`;

describe('bylines in structured data', () => {
  it('reads the author a WebPage node refers to when the graph has no article node', () => {
    const graph = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://club.example/#site', name: 'Radclub Nord' },
        {
          '@type': 'WebPage',
          '@id': 'https://club.example/tour/#page',
          author: { '@id': 'https://club.example/#/person/1' },
        },
        { '@type': 'Person', '@id': 'https://club.example/#/person/1', name: 'Hanna Vogt' },
      ],
    });
    expect(bylineOf('<h1>Unsere Tour an die Küste im Juni</h1>', graph)).toBe('Hanna Vogt');
  });

  it('gives a bare given name in full when the Person describes itself by its full name', () => {
    const people = [
      {
        '@type': 'Person',
        name: 'Jonas',
        description: 'Jonas Lindqvist ist Bergführer und schreibt über Touren.',
      },
      { '@type': 'Person', name: 'Mira', description: 'Mira Oduya - Fotografin und Reisende.' },
      { '@type': 'Person', name: 'Theo', description: 'Theo writes about bikes.' },
    ];
    expect(fullNameOf('Jonas', people)).toBe('Jonas Lindqvist');
    expect(fullNameOf('Mira', people)).toBe('Mira Oduya');
    // No surname after the given name, a full name already, or no such Person: unchanged.
    expect(fullNameOf('Theo', people)).toBe('Theo');
    expect(fullNameOf('Jonas Berg', people)).toBe('Jonas Berg');
    expect(fullNameOf('Anna', people)).toBe('Anna');
    const head = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BlogPosting', headline: 'Drei Hütten im Herbst', author: { '@id': '#jonas' } },
        { ...people[0], '@id': '#jonas' },
      ],
    });
    expect(bylineOf('<h1>Drei Hütten im Herbst</h1>', `${head}<meta name="author" content="Jonas">`)).toBe(
      'Jonas Lindqvist',
    );
  });
});

describe('bylines printed in the page', () => {
  it('reads a link to the writer’s staff or author page under the headline', () => {
    expect(
      bylineOf(
        '<h1>Ein Gespräch über Migration und Statistik</h1><dl class="post-meta"><dt>Par</dt><dd><a href="https://revue.example/fr/staff/lea-moreau/">Léa Moreau</a></dd></dl>',
      ),
    ).toBe('Léa Moreau');
    // The portrait's own class says "name"; the schema.org name is the writer's.
    expect(
      bylineOf(
        '<h1>Wege im Wald gesperrt: Polizei ermittelt</h1><a href="/autoren/eva-brandt-1234"><span class="field--name-portrait">© Eva Brandt</span><span itemprop="name">Eva Brandt</span></a>',
      ),
    ).toBe('Eva Brandt');
  });

  it('does not read a staff-page link in a menu or one that names no person', () => {
    expect(
      bylineOf(
        '<ul class="menu"><li><a href="/staff/">Redaktion</a></li><li><a href="/staff/tom-berg">Tom Berg</a></li></ul><h1>Ein Gespräch über Migration und Statistik</h1>',
      ),
    ).toBeUndefined();
  });

  it('reads a byline marked by its test id, with the label run into the name', () => {
    expect(
      bylineOf(
        '<h1>Resort plan for the lake moves ahead</h1><div data-testid="prism-byline"><span>By</span><a href="/about/newsteam/kim-ray">K.J. Ray</a> <span>Thursday, November 9, 2023</span></div>',
      ),
    ).toBe('K.J. Ray');
    expect(cleanByline('ByK.J. Ray')).toBe('K.J. Ray');
    expect(cleanByline('Byron Hale')).toBe('Byron Hale');
    expect(cleanByline('Vonda Kerr')).toBe('Vonda Kerr');
  });

  it('finds the meta line under the headline of a page whose menus run past the line budget', () => {
    const body = `${longMenu(1600)}<main><h1>Die Freiheit der Planung in der Stadt</h1><div class="field">Essay</div><div class="field"><span>25.10.2022 - Karl Weber</span></div></main>`;
    expect(bylineOf(body)).toBe('Karl Weber');
    const labelled = `${longMenu(1600)}<main><h1>Die Freiheit der Planung in der Stadt</h1><p>Von Karla Weber</p></main>`;
    expect(bylineOf(labelled)).toBe('Karla Weber');
  });

  it('reads a meta line printed just above the headline in its block', () => {
    expect(
      bylineOf(
        '<div class="content"><div><small>04.02.2022 | 13:10 Uhr | Uta Ohlsen</small><h1>Stellungnahme zum Pilotjahr der Zucht</h1></div></div>',
      ),
    ).toBe('Uta Ohlsen');
    // A teaser's meta line further up the page, outside the headline's block, is another text's.
    expect(
      bylineOf(
        '<div class="teaser-list"><div><span>03.02.2022 | Tom Kern</span></div></div><div class="content"><div><p>Zucht</p><h1>Stellungnahme zum Pilotjahr der Zucht</h1></div></div>',
      ),
    ).toBeUndefined();
  });
});

describe('bylines marked with other words for the writer', () => {
  it('reads an element whose class names the writer as Verfasser, writer or reporter', () => {
    const h1 = '<h1>Neue Radwege für die Altstadt beschlossen</h1>';
    expect(bylineOf(`${h1}<div class="news-verfasser">Jana Kiefer</div>`)).toBe('Jana Kiefer');
    expect(bylineOf(`${h1}<span class="article-writer">Tom Reyes</span>`)).toBe('Tom Reyes');
    expect(bylineOf(`${h1}<p class="story__reporter">Lina Okoro</p>`)).toBe('Lina Okoro');
  });

  it('reads a line labelled "Verfasser:" or "Verfasserin:"', () => {
    expect(bylineOf('<h1>Neue Radwege für die Altstadt beschlossen</h1><p>Verfasser: Ole Brandt</p>')).toBe(
      'Ole Brandt',
    );
    expect(cleanByline('Verfasserin: Ina Vogt')).toBe('Ina Vogt');
    expect(
      bylineOf(
        '<h1>Neue Radwege für die Altstadt beschlossen</h1><p>Datum: 03.05.2021 Verfasserin: Ina Vogt</p>',
      ),
    ).toBe('Ina Vogt');
  });

  it('does not take such a class for a byline when it holds no name, a menu entry, or only contains the word', () => {
    const h1 = '<h1>Neue Radwege für die Altstadt beschlossen</h1>';
    expect(bylineOf(`${h1}<div class="writer-tools">Share this story</div>`)).toBeUndefined();
    expect(
      bylineOf(`<ul class="links"><li><a class="reporter" href="/team">Anna Berg</a></li></ul>${h1}`),
    ).toBeUndefined();
    expect(bylineOf(`${h1}<span class="typewriter">Anna Berg</span>`)).toBeUndefined();
  });
});

describe("a translator's credit is not the article's byline", () => {
  it('keeps the writer and drops the translator named after a label', () => {
    expect(cleanByline('Ana Ruiz, translated by Tom Berry')).toBe('Ana Ruiz');
    expect(cleanByline('Von Ana Ruiz Übersetzung: Tom Berry')).toBe('Ana Ruiz');
    expect(cleanByline('Par Léa Moreau (traduction Jan Smit)')).toBe('Léa Moreau');
    expect(cleanByline('Translated by Tom Berry')).toBeUndefined();
  });

  it("skips a translator's author link in a byline box and reads the writer printed before it", () => {
    const box = `<div class="author"><p>Autor <span>Mara Lindt</span></p>
      <p>Übersetzung <span><a href="/author/jo-fink/">Jo Fink</a></span>, <span class="date">12.12.22</span></p></div>`;
    expect(bylineOf(`<h1>Why headlines promise more than pages hold</h1>${box}`)).toBe('Mara Lindt');
  });

  it('keeps an author link that no translator label precedes', () => {
    const box = `<div class="author">Text <a href="/author/jo-fink/">Jo Fink</a> · Übersetzung Pia Lutz</div>`;
    expect(bylineOf(`<h1>Why headlines promise more than pages hold</h1>${box}`)).toBe('Jo Fink');
  });
});

describe("a picture's credit is not the article's byline", () => {
  it('skips the author of a licence box or caption above the article, and reads the writer after it', () => {
    const licence = `<div class="hero"><div class="license-info"><span class="license-type">CC BY 2.0</span>
      <span class="author-name"><a class="license-author" href="https://media.example/wiki/File:Mouse.jpg">Piet Vermeulen</a></span></div></div>`;
    expect(
      bylineOf(
        `${licence}<h1>Why headlines promise more than pages hold</h1><p class="byline">By Mara Lindt</p>`,
      ),
    ).toBe('Mara Lindt');
    const caption = `<figure><img src="a.jpg"><figcaption>Harbour at dawn <span class="author">Jens Okafor</span></figcaption></figure>`;
    expect(
      bylineOf(
        `${caption}<h1>The harbour opens its doors to night swimmers</h1><span class="author">Lea Sand</span>`,
      ),
    ).toBe('Lea Sand');
    // With no byline of its own, the page gives none rather than the photographer.
    expect(bylineOf(`<h1>Why headlines promise more than pages hold</h1>${licence}`)).toBeUndefined();
  });
});

describe('credits where the article ends', () => {
  it('reads a desk and agency credit closing one of the last paragraphs', () => {
    expect(closingCredit(`${PROSE} (WZ mit dpa)\n\n*wz.example gehört zum Netzwerk Nord.`)).toBe(
      'WZ mit dpa',
    );
    expect(closingCredit(`${PROSE} (dpa/lno)`)).toBe('dpa/lno');
    expect(closingCredit(`${PROSE}\n\nEin zweiter Absatz endet hier. — AFP`)).toBe('AFP');
  });

  it('does not take a photo credit for the text’s credit', () => {
    expect(closingCredit(`${PROSE}\n\nTitelbild: © KCNA/dpa`)).toBeUndefined();
    expect(closingCredit(`${PROSE}\n\nFoto: Uta Berg/dpa`)).toBeUndefined();
    expect(closingCredit(`${PROSE} (WZ mit dpa)\n\nFoto: © Uta Berg`)).toBe('WZ mit dpa');
  });

  it('reads the writer signing the end of the article', () => {
    expect(signatureAtEnd(`${PROSE}\n\nLena Marquardt`)).toBe('Lena Marquardt');
    expect(signatureAtEnd(`${PROSE} Die Wahl bleibt spannend. (Karl P. Brenner) +++\n\nJETZT LESEN`)).toBe(
      'Karl P. Brenner',
    );
  });

  it('reads a signature followed by the signer’s job', () => {
    expect(
      signatureAtEnd(`${PROSE}\n\nAnna Roth\n\nStellvertretende Pressesprecherin und Leiterin Presse`),
    ).toBe('Anna Roth');
    expect(signatureAtEnd(`${PROSE}\n\nAnna Roth\n\nWeitere Meldungen aus der Region`)).toBeUndefined();
  });

  it('does not sign with a promo line in capitals, a title or a name inside the prose', () => {
    expect(signatureAtEnd(`${PROSE}\n\nJETZT ABONNIEREN`)).toBeUndefined();
    expect(signatureAtEnd(`${PROSE}\n\nMehr zum Thema`)).toBeUndefined();
    expect(signatureAtEnd(`${PROSE} Das sagte gestern Karl Brenner im Rathaus.`)).toBeUndefined();
    expect(signatureAtEnd(`${PROSE}\n\nLena Marquardt\n\n${PROSE}\n\n${PROSE}\n\n${PROSE}`)).toBeUndefined();
  });

  it('credits the signature after an organisation named as author, never before a byline', () => {
    const doc = page(`<h1>Buch der Woche: eine neue Geschichte</h1><p>${PROSE}</p>`);
    const text = `${PROSE}\n\nLena Marquardt`;
    expect(findByline(doc, [], readMetaTags(doc), text, 'https://mag.example/a')).toBe('Lena Marquardt');
    const signed = page(`<h1>Buch der Woche: eine neue Geschichte</h1><p class="byline">Von Tom Kern</p>`);
    expect(findByline(signed, [], readMetaTags(signed), text, 'https://mag.example/a')).toBe('Tom Kern');
  });
});

describe('agency and source lines', () => {
  it('reads an agency on the byline’s line', () => {
    expect(
      bylineOf(
        '<h1>Präsident beginnt Reise in den Süden</h1><p><em><strong>Por Agencia EFE</strong></em></p>',
      ),
    ).toBe('Agencia EFE');
    expect(labelledNames('Von dpa', (s) => cleanByline(s))).toBe('dpa');
    expect(isAgencyName('Agence AFP')).toBe(true);
    expect(isAgencyName('Agencia Municipal')).toBe(false);
  });

  it('skips a picture credit with a byline class and reads the source line', () => {
    expect(
      bylineOf(
        '<h1>Ein Bericht aus dem Gefängnis</h1><p class="text__byline">Bild © hr</p><footer><p class="text__byline">Quelle: radio.example/ab</p></footer>',
      ),
    ).toBe('radio.example/ab');
    expect(cleanByline('Foto: Tom Kern')).toBeUndefined();
    expect(cleanByline('© Uta Berg')).toBeUndefined();
  });
});

describe('no signature from a list of links', () => {
  it('does not sign with a name-like entry of the links that end a page', () => {
    expect(
      signatureAtEnd(`${PROSE}\n\nKurs in Landshut!\n\nMac-Treff Nord\n\nApple-Runde\n\n0`),
    ).toBeUndefined();
    expect(signatureAtEnd('Lena Marquardt')).toBeUndefined();
  });
});

describe('lines around the headline, written as they come', () => {
  it('reads "von Name" after a date and time with no separator', () => {
    expect(labelledNames('06.11.2023 13:30 von Olga', (s) => cleanByline(s))).toBe('Olga');
    expect(labelledNames('06.11.2023, 13:30 Uhr | Von Tom Kern', (s) => cleanByline(s))).toBe('Tom Kern');
    expect(labelledNames('06.11.2023 13:30 Vorschau', (s) => cleanByline(s))).toBeUndefined();
  });

  it('drops a relative time run into the name', () => {
    expect(cleanByline('Houzz Nordvor 5 StundenMehr')).toBe('Houzz Nord');
    expect(cleanByline('Jane Doe3 hours ago')).toBe('Jane Doe');
    expect(cleanByline('Igor Vorberg')).toBe('Igor Vorberg');
  });

  it('reads a wire credit printed under the headline, not one under a picture', () => {
    expect(bylineOf('<h1>Masks stolen from a city hospital</h1><p class="credit">JIJI</p>')).toBe('JIJI');
    expect(
      bylineOf(
        '<h1>Masks stolen from a city hospital</h1><figure><img src="a.jpg"><figcaption>Kyodo</figcaption></figure>',
      ),
    ).toBeUndefined();
  });
});

describe('a byline element that names the site', () => {
  it('gives way to the writer a line of the text names', () => {
    const body =
      '<header><h1>Forest lands kept by their peoples store more carbon</h1><div class="td-post-author-name">By <a href="/author/planet-desk/">Green Ledger</a></div></header><div class="post-content"><p><em>Courtesy of Forest Notes</em></p><p><em>Written by: <a href="https://notes.example/1">Julia Moll</a></em></p></div>';
    expect(bylineOf(body, '<meta property="og:site_name" content="Green Ledger">')).toBe('Julia Moll');
    // With no such line, the site's name stays the credit.
    const bare = body.replace(/<p><em>Written.*?<\/p>/, '');
    expect(bylineOf(bare, '<meta property="og:site_name" content="Green Ledger">')).toBe('Green Ledger');
  });

  it('reads "Written by:" and refuses a phrase in lower case', () => {
    expect(cleanByline('Written by: Julia Moll')).toBe('Julia Moll');
    expect(cleanByline('von deinen Hochzeitsbloggern')).toBeUndefined();
  });
});

describe('a broadcaster’s byline', () => {
  const reporter =
    '<h1>Two hurt in a crash on the causeway</h1><p class="byline">By Lina Hart and Joe Marsh</p>';
  it('gives the reporters, not the channel named as author', () => {
    // Structured data often types the station as a Person.
    for (const channel of [
      'WKRX',
      'KTVB-TV',
      'NBC Lakeside',
      'Channel 9 Eyewitness',
      'SWR Fernsehen',
      '7News',
    ]) {
      const author = ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        author: { '@type': 'Person', name: channel },
      });
      expect(bylineOf(reporter, author, 'https://tv.example/a')).toBe('Lina Hart, Joe Marsh');
    }
  });

  it('keeps a person named as author, capitals and call-sign-like first names included', () => {
    for (const person of ['Kate Wolf', 'KATE WOLF', 'Will Foxley', 'Wade Cobb']) {
      const author = ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        author: { '@type': 'Person', name: person },
      });
      expect(bylineOf(reporter, author, 'https://tv.example/a')).toBe(person);
    }
  });
  it('keeps a person credited with the channel, and a wire service named as author', () => {
    const plain = '<h1>Two hurt in a crash on the causeway</h1>';
    expect(bylineOf(plain, '<meta name="author" content="By Ed Marlow, CNN">', 'https://cnn.example/a')).toBe(
      'Ed Marlow, CNN',
    );
    expect(bylineOf(plain, '<meta name="author" content="CNN Wire">', 'https://tv.example/a')).toBe(
      'CNN Wire',
    );
  });

  it('reads no script inside the byline element', () => {
    expect(
      bylineOf(
        '<h1>Two hurt in a crash on the causeway</h1><div class="story-byline">By <b>Ed Marlow</b><script>storyAuthor = "By Ed Marlow";</script></div>',
      ),
    ).toBe('Ed Marlow');
  });
});

describe('a wire story hosted by a partner', () => {
  it('credits the agency and never gives the hosting word as the publisher', () => {
    const doc = page(
      `<h1>Storm batters the coast as thousands lose power</h1><p class="byline">By The Associated Press</p><p>${PROSE}</p><p>${PROSE}</p>`,
      '<meta property="og:site_name" content="Hosted">',
    );
    const a = extractArticle(doc, 'https://hosted.partner.example/article/storm-batters-the-coast');
    expect(a.agency).toBe('Associated Press');
    expect(a.publisher).not.toBe('Hosted');
    expect(isHostingWord('Hosted News')).toBe(true);
    expect(isHostingWord('Hostess Weekly')).toBe(false);
  });
});

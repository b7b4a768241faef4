import { describe, expect, it } from 'vitest';
import { cleanByline, findByline, withoutSiteCredit } from '../../../lib/page/byline';
import { readJsonLd } from '../../../lib/page/json-ld';
import { readMetaTags } from '../../../lib/page/meta-tags';
import { page, PROSE } from './fixtures';

/** The byline of a small page with `body` and `head` markup. */
function bylineOf(body: string, head = ''): string | undefined {
  const doc = page(`${body}<p>${PROSE}</p>`, head);
  return findByline(doc, readJsonLd(doc), readMetaTags(doc));
}
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('cleanByline', () => {
  it('drops a job title after the name, keeps degrees and co-authors', () => {
    expect(
      cleanByline('By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology'),
    ).toBe('Daniel Kahn Gillmor');
    expect(cleanByline('Brenda Goodman, MA')).toBe('Brenda Goodman, MA');
    expect(cleanByline('Priya Shah, Tom Berry')).toBe('Priya Shah, Tom Berry');
  });

  it('writes "X and Y" as "X, Y", but leaves "Mac & i" and parenthesised credits alone', () => {
    expect(cleanByline('By Stella Kim and Jennifer Jett')).toBe('Stella Kim, Jennifer Jett');
    expect(cleanByline('Ana Ruiz, Li Wei and Tom Berry')).toBe('Ana Ruiz, Li Wei, Tom Berry');
    expect(cleanByline('Mac & i')).toBe('Mac & i');
    expect(cleanByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toBe(
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
    );
  });

  it('decodes character references left in structured-data names', () => {
    expect(cleanByline('Redacci&oacute;n Diario Norte')).toBe('Redacción Diario Norte');
    expect(cleanByline('Sean O&#039;Neil &amp; Ana M&uuml;ller')).toBe("Sean O'Neil, Ana Müller");
    expect(cleanByline('Tom &bogus; Berry')).toBe('Tom &bogus; Berry');
  });

  it('refuses date lines, clip lengths, site credits and "all posts" links as bylines', () => {
    expect(cleanByline('01:30 Min.')).toBeUndefined();
    expect(cleanByline('01.12.2022 / / Solar / International / News')).toBeUndefined();
    expect(cleanByline('Hecho en Chile con Drupal por Estudio Sur')).toBeUndefined();
    expect(cleanByline('Theme designed by Pixelwerk')).toBeUndefined();
    expect(cleanByline('Alle Beiträge')).toBeUndefined();
  });

  it('ends the names where the page goes on with figures or a sentence', () => {
    expect(
      cleanByline('Ute Lang, Warum die Zinsen steigen und was das für Sparer heißt 4.5 12 Stimmen'),
    ).toBe('Ute Lang');
    expect(cleanByline('Ute Lang, 12. März 2020')).toBe('Ute Lang');
    expect(cleanByline('Ute Lang, Jan Lukas Strozyk und Ben Strunz, NDR')).toBe(
      'Ute Lang, Jan Lukas Strozyk, Ben Strunz, NDR',
    );
  });

  it('drops relative times and refuses update lines and account handles', () => {
    expect(cleanByline('Aleš Vávra před 2 hodinami')).toBe('Aleš Vávra');
    expect(cleanByline('Jane Doe 3 hours ago')).toBe('Jane Doe');
    expect(cleanByline('Last Updated: January 7, 2025')).toBeUndefined();
    expect(cleanByline('CC7567')).toBeUndefined();
    expect(cleanByline('mcupdate')).toBeUndefined();
  });
});

describe('findByline', () => {
  it('joins the people of a JSON-LD author array', () => {
    const head = ld({
      '@type': 'NewsArticle',
      author: [
        { '@type': 'Person', name: 'Ana Ruiz' },
        { '@type': 'Person', name: 'Li Wei' },
      ],
    });
    expect(bylineOf('<h1>Story</h1>', head)).toBe('Ana Ruiz, Li Wei');
  });

  it('prefers a visible person over a JSON-LD organisation author, which stays the last resort', () => {
    const head = ld({
      '@type': 'NewsArticle',
      author: { '@type': 'NewsMediaOrganization', name: 'Northern Gazette' },
    });
    expect(bylineOf('<div class="byline">By Tom Berry</div>', head)).toBe('Tom Berry');
    expect(bylineOf('<h1>Story</h1>', head)).toBe('Northern Gazette');
  });

  it('skips a meta author that is the site itself, and Twitter handles', () => {
    const head =
      '<meta property="og:site_name" content="Folha"><meta name="author" content="Folha">' +
      '<meta name="twitter:creator" content="folha">';
    expect(bylineOf('<span class="author">Bruno Rodrigues</span>', head)).toBe('Bruno Rodrigues');
  });

  it('reads Dublin Core creator before meta author, and joins repeated meta authors', () => {
    expect(
      bylineOf(
        '<h1>Story</h1>',
        '<meta name="author" content="Web Desk Two"><meta property="dc:creator" content="Ana Ruiz">',
      ),
    ).toBe('Ana Ruiz');
    expect(
      bylineOf(
        '<h1>Story</h1>',
        '<meta property="article:author" content="Ana Ruiz"><meta property="article:author" content="Li Wei">',
      ),
    ).toBe('Ana Ruiz, Li Wei');
  });

  it('reads the Open Graph author under its prefixed and "_name" spellings, and Cxense\'s author tag', () => {
    expect(bylineOf('<h1>Story</h1>', '<meta property="og:article:author" content="Ana Ruiz">')).toBe(
      'Ana Ruiz',
    );
    expect(bylineOf('<h1>Story</h1>', '<meta property="article:author_name" content="Li Wei">')).toBe(
      'Li Wei',
    );
    expect(bylineOf('<h1>Story</h1>', '<meta name="cXenseParse:author" content="Tom Berry">')).toBe(
      'Tom Berry',
    );
    // A profile address in article:author is no name: the "_name" tag beside it is.
    expect(
      bylineOf(
        '<h1>Story</h1>',
        '<meta property="article:author" content="https://social.example/ana.ruiz"><meta property="article:author_name" content="Ana Ruiz">',
      ),
    ).toBe('Ana Ruiz');
  });

  it('takes the author link of a byline that goes on with a job title', () => {
    expect(
      bylineOf('<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> Games Editor</div>'),
    ).toBe('Jane Doe');
  });

  it('takes one name element per author, and co-author siblings', () => {
    expect(
      bylineOf(
        '<div class="article-byline"><span class="byline-name">Stella Kim</span><span class="byline-name">Jennifer Jett</span><span class="byline-desk">NBC</span></div>',
      ),
    ).toBe('Stella Kim, Jennifer Jett');
    expect(
      bylineOf(
        '<span class="authors"><span class="author">Ana Ruiz</span><span class="author">Li Wei</span></span>',
      ),
    ).toBe('Ana Ruiz, Li Wei');
  });

  it('leaves out the date inside a byline block', () => {
    expect(
      bylineOf(
        '<div class="author"><a href="/x">Aleš Vávra</a><div class="author__date">Monday 10:52</div></div>',
      ),
    ).toBe('Aleš Vávra');
  });

  it('ignores bylines of comments and sidebars', () => {
    expect(
      bylineOf(
        '<aside><div class="byline">Other Writer</div></aside><ul class="comments-list"><li><div class="byline">J J</div></li></ul><div class="author-name">Nataliya Vasilyeva</div>',
      ),
    ).toBe('Nataliya Vasilyeva');
  });
});

describe("the article's own byline in a layout named like a sidebar", () => {
  it('keeps a byline under the headline when the article element is named "sticky-sidebar-parent"', () => {
    expect(
      bylineOf(
        '<article class="article sticky-sidebar-parent"><h1>Council approves the new harbour plan</h1><span class="byline">By <a href="/writers/mia-tan/">Mia Tan</a></span></article><div class="widget-list"><div class="byline">By Desk Staff</div></div>',
      ),
    ).toBe('Mia Tan');
  });

  it('still skips a byline in a sidebar that does not hold the headline', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><div class="sidebar"><div class="byline">By Other Writer</div></div><span class="byline">By Mia Tan</span>',
      ),
    ).toBe('Mia Tan');
  });

  it('reads a link to a "writers" page or an "authors and editors" page as an author link', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><div class="byline">By <a href="/writers/mia-tan/">Mia Tan</a> <span>12</span> <a href="/edit">Edit</a></div>',
      ),
    ).toBe('Mia Tan');
  });
});

describe('bylines by their class, fuller author lists and printed writers', () => {
  it('reads an element whose class ends in "author" when its text is a person\'s name', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><div class="node__author"><a href="/user/ina-vogt">Ina Vogt</a></div>',
      ),
    ).toBe('Ina Vogt');
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><div class="autor"><h6>Ramón Ortiz Peña | Publicado hace 3 horas</h6></div>',
      ),
    ).toBe('Ramón Ortiz Peña');
  });

  it('reads two writers joined by "und" in such an element', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><div class="content__author"><span>von <a href="/profil/a">Lars Hahn</a> und <a href="/profil/b">Ina Vogt</a></span></div>',
      ),
    ).toBe('Lars Hahn, Ina Vogt');
  });

  it('reads a "contributor" element and a link to a contributor or reporter page outside any byline element', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><div class="story-contributor"><span>Noor Haddad</span></div>',
      ),
    ).toBe('Noor Haddad');
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><p><a href="/contributors/noor-haddad">Noor Haddad</a> · 4 min read</p>',
      ),
    ).toBe('Noor Haddad');
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><div><a href="https://paper.example/reporters/tim-oyelaran/">Tim Oyelaran</a></div>',
      ),
    ).toBe('Tim Oyelaran');
  });

  it('takes an agency, desk or organisation an author element credits when no person is named anywhere', () => {
    const h1 = '<h1>Council approves the new harbour plan</h1>';
    expect(bylineOf(`${h1}<div class="article-autors">AFP</div>`)).toBe('AFP');
    expect(bylineOf(`${h1}<span class="post__author">Redaktion</span>`)).toBe('Redaktion');
    expect(bylineOf(`${h1}<a href="https://harbourtv.example/author/harbourtv/">harbourtv</a>`)).toBe(
      'harbourtv',
    );
    // A person named elsewhere wins: the credit is the last resort.
    expect(
      bylineOf(`${h1}<span class="post__author">Redaktion</span><p class="byline">Von Lena Kraus</p>`),
    ).toBe('Lena Kraus');
  });

  it('does not take an author index link, a menu entry or a figure as such a credit', () => {
    const h1 = '<h1>Council approves the new harbour plan</h1>';
    expect(
      bylineOf(`${h1}<a href="/autoren/">Autoren</a><a href="/author/team-7/">Harbour News</a>`),
    ).toBeUndefined();
    expect(bylineOf(`${h1}<ul><li><span class="post__author">Redaktion</span></li></ul>`)).toBeUndefined();
    expect(bylineOf(`${h1}<span class="post__author">Desk 7</span>`)).toBeUndefined();
  });

  it('does not take a menu of columnists or a contributors page link that names no person', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><ul><li><a href="/columnists/noor-haddad">Noor Haddad</a></li></ul><p><a href="/contributors/">Our contributors</a></p>',
      ),
    ).toBeUndefined();
  });

  it('does not read such an element when it is a menu entry or no name', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1><ul><li class="menu-author"><a href="/x">Ina Vogt</a></li></ul><div class="box-author">Unsere Redaktion empfiehlt</div>',
      ),
    ).toBeUndefined();
  });

  it('takes the meta author list when JSON-LD names only its first writer', () => {
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1>',
        `${ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Ruth Adler' } })}<meta name="author" content="Ruth Adler, Sean O'Malley">`,
      ),
    ).toBe("Ruth Adler, Sean O'Malley");
    // A meta list that drops the JSON-LD writer is not the same list.
    expect(
      bylineOf(
        '<h1>Council approves the new harbour plan</h1>',
        `${ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Ruth Adler' } })}<meta name="author" content="Sean O'Malley, Kim Lee">`,
      ),
    ).toBe('Ruth Adler');
  });

  it('prefers the writer printed under the headline to a blog account named in meta tags', () => {
    const head =
      '<meta name="author" content="Paula Admin"><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Paula Admin">';
    expect(
      bylineOf(
        '<article><h1>Warum der Winter so mild war</h1><p><strong>Von Mat\u00adthi\u00adas Kranz</strong></p></article>',
        head,
      ),
    ).toBe('Matthias Kranz');
    expect(
      bylineOf(
        '<article><h1>Warum der Winter so mild war</h1><p><em>Ein Interview von Eva Roth mit Jan Berg.</em></p></article>',
        head,
      ),
    ).toBe('Eva Roth');
    // JSON-LD names the writer, not an account: it stays.
    expect(
      bylineOf(
        '<article><h1>Warum der Winter so mild war</h1><p>Von Matthias Kranz</p></article>',
        ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Paula Roth' } }),
      ),
    ).toBe('Paula Roth');
    // A labelled line that names no person leaves the meta author.
    expect(
      bylineOf(
        '<article><h1>Warum der Winter so mild war</h1><p>Von Berlin nach Hamburg</p></article>',
        head,
      ),
    ).toBe('Paula Admin');
  });

  it('completes a given name from the printed byline', () => {
    expect(
      bylineOf(
        '<article><h1>Warum der Winter so mild war</h1><p>Eine Kolumne von Nora Falk</p></article>',
        '<meta name="author" content="Nora">',
      ),
    ).toBe('Nora Falk');
    expect(
      bylineOf(
        '<article><h1>Warum der Winter so mild war</h1><p>Eine Kolumne von Tim Falk</p></article>',
        ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Nora' } }),
      ),
    ).toBe('Nora');
  });

  it('ignores a labelled byline of a teaser far below the headline', () => {
    const teasers = Array.from({ length: 70 }, (_, i) => `<p>Kurzmeldung Nummer ${i + 1}</p>`).join('');
    expect(
      bylineOf(
        `<article><h1>Warum der Winter so mild war</h1>${teasers}<p>por Sergio Vidal</p></article>`,
        '<meta name="author" content="Paula Admin">',
      ),
    ).toBe('Paula Admin');
  });
});

describe('organisations named as authors, and the site after a byline', () => {
  const on = (body: string, head: string, url: string) => {
    const doc = page(`${body}<p>${PROSE}</p>`, head);
    return findByline(doc, readJsonLd(doc), readMetaTags(doc), '', url);
  };
  it('prefers the printed writer to a meta author that is an organisation or the site', () => {
    const byline = '<p class="byline">Von <a href="/autor/uta">Uta Staschewski</a></p>';
    expect(
      on(byline, '<meta name="author" content="Hanns-Seidel-Stiftung e.V.">', 'https://hss.example/a'),
    ).toBe('Uta Staschewski');
    expect(
      on(byline, '<meta name="author" content="IT Finanzmagazin">', 'https://it-finanzmagazin.example/a'),
    ).toBe('Uta Staschewski');
    expect(on(byline, '<meta name="author" content="STERN.de">', 'https://paper.example/a')).toBe(
      'Uta Staschewski',
    );
  });

  it('keeps the organisation when nothing else names a writer, and a person meta author as it is', () => {
    expect(on('', '<meta name="author" content="Web Commerce GmbH">', 'https://ekiba.example/a')).toBe(
      'Web Commerce GmbH',
    );
    expect(
      on(
        '<p class="byline">Von Uta Staschewski</p>',
        '<meta name="author" content="Anna Berg">',
        'https://hss.example/a',
      ),
    ).toBe('Anna Berg');
  });

  it('drops the site itself after the names, but not another outlet', () => {
    expect(withoutSiteCredit('Rob Picheta, CNN', [], 'https://edition.cnn.com/2021/03/08/uk/x')).toBe(
      'Rob Picheta',
    );
    expect(withoutSiteCredit('Ed Hornick, CNN', ['CNN'], 'https://example.org/x')).toBe('Ed Hornick');
    expect(
      withoutSiteCredit('Volkmar Kabisch, Benedikt Strunz, NDR', [], 'https://www.tagesschau.de/x'),
    ).toBe('Volkmar Kabisch, Benedikt Strunz, NDR');
    expect(withoutSiteCredit('CNN', [], 'https://edition.cnn.com/x')).toBe('CNN');
  });
});

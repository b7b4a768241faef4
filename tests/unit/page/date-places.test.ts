/**
 * Where a page's date is not: a stamp in a "more from this author" list, a date inside a sentence of the
 * article; and where it is when nothing else is: the page's last-change line.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { page, PROSE } from './fixtures';

const url = 'https://verband.example/news/neue-regeln-2023';

describe('a stamped date', () => {
  it('in a list item beside another story’s link is not the article’s, even when it is closer to the headline', () => {
    const doc = page(
      `<div class="banner"><span>Pressemitteilung | Verein für Verbraucher</span><time datetime="2022-12-12 12:22">12.12.2022 12:22</time></div>
       <div class="main"><h1>Das ändert sich im neuen Jahr für alle Kunden</h1><p>${PROSE}</p>
       <div class="more"><h4>Weitere Mitteilungen dieses Vereins</h4><ul>
         <li><time datetime="2022-08-10 11:05">10.08.2022 11:05</time><a href="/n/1"><strong>Wie viel Haus kann ich mir leisten?</strong></a></li>
         <li><time datetime="2022-08-04 10:02">04.08.2022 10:02</time><a href="/n/2"><strong>Vorsicht vor falschen Anrufen vom Amt</strong></a></li>
       </ul></div></div>`,
    );
    expect(extractArticle(doc, url).publishedAt?.slice(0, 10)).toBe('2022-12-12');
  });

  it('beside the byline’s share links stays the article’s', () => {
    const doc = page(
      `<h1>Scientist warns the warming is speeding up</h1>
       <div class="meta"><div><a href="/author/a">By Ann Example, Climate Reporter at Large</a><a href="https://x.example/share">Share this story on the network</a></div>
       <div class="block"><time datetime="2023-11-02T19:53:52.000Z">November 2, 2023 3:53 PM EDT</time></div></div>
       <p>${PROSE}</p><p>A rig stands in an oil field on March 24, 2014 near the coast, in a photo from the archive of the agency.</p>`,
    );
    expect(extractArticle(doc, 'https://mag.example/6330/warming/').publishedAt?.slice(0, 10)).toBe(
      '2023-11-02',
    );
  });
});

describe('the last resort', () => {
  it('is never a date inside a sentence of the article', () => {
    const doc = page(
      `<h1>Team captain names two new players for the cup</h1>
       <p>The captain named the team for the qualifiers against the visitors (4 and 5 March 2022 in the capital) on Friday, and two young players are in it.</p><p>${PROSE}</p>`,
    );
    expect(extractArticle(doc, 'https://club.example/news/team').publishedAt).toBeUndefined();
    const de = page(
      `<h1>Neue Schneekarten für alle Gipfel der Alpen</h1>
       <p>Der Ausschnitt eines Satellitenbildes bei St. Moritz vom 31.05.2021 zeigt links die Schneedecke und rechts die Klassen.</p><p>${PROSE}</p>`,
      '',
      'de',
    );
    expect(extractArticle(de, 'https://berg.example/news/718').publishedAt).toBeUndefined();
  });

  it('is a date line set apart or labelled as the publication', () => {
    const doc = page(
      `<h1>Team captain names two new players for the cup</h1><p>Posted by the club office on 4 February 2022</p><p>${PROSE}</p>`,
    );
    expect(extractArticle(doc, 'https://club.example/news/team').publishedAt?.slice(0, 10)).toBe(
      '2022-02-04',
    );
  });

  it('is the last-change line when the page prints no other date, never over a publication line', () => {
    const only = page(
      `<h1>Neue Schneekarten für alle Gipfel der Alpen</h1><p>${PROSE}</p>
       <p>Der Ausschnitt eines Satellitenbildes bei St. Moritz vom 31.05.2021 zeigt links die Schneedecke und rechts die Klassen.</p>
       <div class="foot-info">Letzte Änderung: 14.01.2022 um 09:25 Seitenaufrufe: 5540</div>`,
      '',
      'de',
    );
    expect(extractArticle(only, 'https://berg.example/news/718').publishedAt?.slice(0, 10)).toBe(
      '2022-01-14',
    );
    const both = page(
      `<h1>Neue Schneekarten für alle Gipfel der Alpen</h1><p>Erschienen am 10.01.2022</p><p>${PROSE}</p>
       <div class="foot-info">Letzte Änderung: 14.01.2022 um 09:25</div>`,
      '',
      'de',
    );
    expect(extractArticle(both, 'https://berg.example/news/718').publishedAt?.slice(0, 10)).toBe(
      '2022-01-10',
    );
  });
});

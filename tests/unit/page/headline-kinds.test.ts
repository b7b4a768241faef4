import { describe, expect, it } from 'vitest';
import { chooseHeadline, stripSiteName } from '../../../lib/page/title';

const url = 'https://news.example/story/1';

describe('site names and section paths around a title', () => {
  it('drops a site name written whole, with or without spaces around the separator', () => {
    expect(
      stripSiteName('NEWS WEB EASY|Ein Gesetz verbietet Strafen für Kinder', ['NEWS WEB EASY'], url),
    ).toBe('Ein Gesetz verbietet Strafen für Kinder');
    expect(
      stripSiteName(
        'Pour le néolibéralisme, la retraite est un archaïsme - AOC media - Analyse Opinion Critique',
        ['AOC media - Analyse Opinion Critique'],
        url,
      ),
    ).toBe('Pour le néolibéralisme, la retraite est un archaïsme');
  });

  it('drops a trailing path of short section names after a headline', () => {
    expect(stripSiteName('La fiscalía decidirá si recurre la imputación » Local » Noticias', [], url)).toBe(
      'La fiscalía decidirá si recurre la imputación',
    );
    expect(
      stripSiteName('kein App Store mehr über Mobile Daten mit iOS 13 ? | iPhone | Forum', [], url),
    ).toBe('kein App Store mehr über Mobile Daten mit iOS 13 ?');
  });

  it('keeps titles whose parts are the headline itself', () => {
    expect(stripSiteName('Live | Bundesliga | Tabelle', [], url)).toBe('Live | Bundesliga | Tabelle');
    expect(stripSiteName('Brexit: May loses vote | Analysis of the defeat', [], url)).toBe(
      'Brexit: May loses vote | Analysis of the defeat',
    );
  });

  it('keeps a product name that starts with the host name', () => {
    expect(
      stripSiteName(
        'Run Windows on Mac - Parallels Desktop 15 Virtual Machine for Mac',
        [],
        'https://www.parallels.com/products/desktop/',
      ),
    ).toBe('Run Windows on Mac - Parallels Desktop 15 Virtual Machine for Mac');
  });
});

describe('the printed headline', () => {
  it('is the h1 that holds the title and more, set apart by a space or colon', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Marita Kramer verpasst Olympische Spiele in Peking - skispringen.com',
          documentTitle: 'Marita Kramer verpasst Olympische Spiele in Peking - skispringen.com',
          printed: ['"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking'],
        },
        ['skispringen.com'],
        'https://www.skispringen.com/x',
      ),
    ).toBe('"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking');
    expect(
      chooseHeadline(
        {
          readability: 'Ultium Cells erhöht Gigafactory-Kapazität',
          printed: ['Ultium Cells erhöht Gigafactory-Kapazität in Tennessee'],
        },
        [],
        url,
      ),
    ).toBe('Ultium Cells erhöht Gigafactory-Kapazität in Tennessee');
  });

  it('is the title when the h1 glues a kicker to it without a space', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Why collaborative tools matter',
          printed: ['Open ProgressWhy collaborative tools matter'],
        },
        [],
        url,
      ),
    ).toBe('Why collaborative tools matter');
  });

  it('is the title when the h1 adds an unmarked kicker before it or a date line after it', () => {
    const title = 'Erinnerung an die Opfer der NS-Verbrechen';
    expect(chooseHeadline({ readability: title, printed: [`Holocaust-Gedenktag ${title}`] }, [], url)).toBe(
      title,
    );
    expect(
      chooseHeadline({ readability: title, printed: [`${title} 02.02.2022 • Verband , Presse`] }, [], url),
    ).toBe(title);
  });

  it('keeps the chosen title when the page prints it as a heading beside a breadcrumb h1', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung',
          documentTitle: 'Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung | MZ.de',
          headings: ['Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung'],
          chromeH1s: ['Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung'],
        },
        [],
        'https://www.mz.de/x',
      ),
    ).toBe('Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung');
  });

  it('is a breadcrumb h1 only when it is word for word the page title less the site', () => {
    const sources = {
      readability: 'Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung',
      openGraph: 'Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung',
      documentTitle: 'Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung | MZ.de',
    };
    expect(
      chooseHeadline(
        {
          ...sources,
          chromeH1s: ['Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung'],
        },
        ['Mitteldeutsche Zeitung'],
        'https://www.mz.de/x',
      ),
    ).toBe('Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung');
    expect(
      chooseHeadline(
        { ...sources, chromeH1s: ['Lokales aus Dessau und Umgebung'] },
        [],
        'https://www.mz.de/x',
      ),
    ).toBe('Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung');
  });

  it('is not a short topic h1 that the title does not say', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Mit Hilfe des Chefs für die Rente sparen',
          documentTitle: 'Betriebliche Altersvorsorge (bAV) - Wann lohnt die Betriebsrente? - Finanztip',
          printed: ['Betriebliche Altersvorsorge'],
        },
        ['Finanztip'],
        'https://www.finanztip.example/x',
      ),
    ).toBe('Mit Hilfe des Chefs für die Rente sparen');
  });

  it('is never the section label Readability took, when another source names the article', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Aktuelles',
          openGraph: 'Schneeflöckchen, Weißröckchen – mit Hund im Winter',
          documentTitle: 'Schneeflöckchen, Weißröckchen – mit Hund im Winter - Hundeschule',
        },
        [],
        url,
      ),
    ).toBe('Schneeflöckchen, Weißröckchen – mit Hund im Winter');
    expect(
      chooseHeadline(
        {
          readability: 'Four Years Remaining » Blog Archive',
          documentTitle: 'Four Years Remaining » Blog Archive » Interning of Small Integers in Python',
        },
        ['Four Years Remaining'],
        'https://fouryears.example/x',
      ),
    ).toBe('Interning of Small Integers in Python');
  });

  it('is not an h1 that opens with the site part of the title', () => {
    expect(
      chooseHeadline(
        {
          readability: 'Kinder und Arbeit » ProNATs e.V.',
          documentTitle: 'Kinder und Arbeit » ProNATs e.V.',
          printed: ['ProNATs e.V. Verein zur Unterstützung arbeitender Kinder und Jugendlicher'],
        },
        [],
        'https://www.pronats.example/x',
      ),
    ).toBe('Kinder und Arbeit');
  });
});

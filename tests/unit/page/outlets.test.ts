import { describe, expect, it } from 'vitest';
import { MEDIA, OUTLETS, PUBLISHER_BY_DOMAIN, SITE_NAMES } from '../../../data/kb-seed/outlets';
import { extractArticle } from '../../../lib/page/extract';
import { page, PROSE } from './fixtures';

/**
 * The domains of the hand-written outlet list that the KB's outlet seeds replaced, with the name a page
 * that does not name its publisher gets. Two differ from the old list, by the outlet's own usual name: the
 * Australian Broadcasting Corporation signs its pages "ABC News", and politico.eu is Politico Europe.
 */
const FORMERLY_HAND_LISTED: Array<[domain: string, publisher: string]> = [
  ['abcnews.go.com', 'ABC News'],
  ['abc.net.au', 'ABC News'],
  ['afp.com', 'AFP'],
  ['aljazeera.com', 'Al Jazeera'],
  ['apnews.com', 'Associated Press'],
  ['axios.com', 'Axios'],
  ['bbc.co.uk', 'BBC News'],
  ['bbc.com', 'BBC News'],
  ['bloomberg.com', 'Bloomberg'],
  ['businessinsider.com', 'Business Insider'],
  ['buzzfeed.com', 'BuzzFeed'],
  ['buzzfeednews.com', 'BuzzFeed News'],
  ['cbc.ca', 'CBC News'],
  ['cbsnews.com', 'CBS News'],
  ['cnbc.com', 'CNBC'],
  ['cnn.com', 'CNN'],
  ['csmonitor.com', 'The Christian Science Monitor'],
  ['dailymail.co.uk', 'Daily Mail'],
  ['dw.com', 'Deutsche Welle'],
  ['economist.com', 'The Economist'],
  ['euronews.com', 'Euronews'],
  ['faz.net', 'Frankfurter Allgemeine Zeitung'],
  ['foxnews.com', 'Fox News'],
  ['france24.com', 'France 24'],
  ['ft.com', 'Financial Times'],
  ['theguardian.com', 'The Guardian'],
  ['huffingtonpost.com', 'HuffPost'],
  ['huffpost.com', 'HuffPost'],
  ['independent.co.uk', 'The Independent'],
  ['latimes.com', 'Los Angeles Times'],
  ['lemonde.fr', 'Le Monde'],
  ['lefigaro.fr', 'Le Figaro'],
  ['nbcnews.com', 'NBC News'],
  ['npr.org', 'NPR'],
  ['nytimes.com', 'The New York Times'],
  ['politico.com', 'Politico'],
  ['politico.eu', 'Politico Europe'],
  ['reuters.com', 'Reuters'],
  ['sky.com', 'Sky News'],
  ['spiegel.de', 'Der Spiegel'],
  ['sueddeutsche.de', 'Süddeutsche Zeitung'],
  ['telegraph.co.uk', 'The Telegraph'],
  ['thehill.com', 'The Hill'],
  ['thetimes.co.uk', 'The Times'],
  ['theverge.com', 'The Verge'],
  ['thesun.co.uk', 'The Sun'],
  ['time.com', 'Time'],
  ['usatoday.com', 'USA Today'],
  ['vox.com', 'Vox'],
  ['washingtonpost.com', 'The Washington Post'],
  ['wsj.com', 'The Wall Street Journal'],
  ['news.yahoo.com', 'Yahoo News'],
  ['zeit.de', 'Die Zeit'],
  ['elpais.com', 'El País'],
  ['corriere.it', 'Corriere della Sera'],
  ['repubblica.it', 'la Repubblica'],
  ['irishtimes.com', 'The Irish Times'],
  ['rte.ie', 'RTÉ'],
  ['scmp.com', 'South China Morning Post'],
  ['straitstimes.com', 'The Straits Times'],
  ['thehindu.com', 'The Hindu'],
  ['timesofindia.indiatimes.com', 'The Times of India'],
  ['smh.com.au', 'The Sydney Morning Herald'],
  ['news.sky.com', 'Sky News'],
  ['seattletimes.com', 'The Seattle Times'],
  ['medium.com', 'Medium'],
  ['wired.com', 'Wired'],
  ['arstechnica.com', 'Ars Technica'],
  ['techcrunch.com', 'TechCrunch'],
  ['theatlantic.com', 'The Atlantic'],
  ['newyorker.com', 'The New Yorker'],
  ['nypost.com', 'New York Post'],
  ['rfi.fr', 'RFI'],
  ['lesechos.fr', 'Les Echos'],
  ['liberation.fr', 'Libération'],
  ['tagesschau.de', 'tagesschau.de'],
  ['welt.de', 'Die Welt'],
  ['thenational.ae', 'The National'],
  ['dawn.com', 'Dawn'],
  ['japantimes.co.jp', 'The Japan Times'],
  ['kyodonews.net', 'Kyodo News'],
  ['aa.com.tr', 'Anadolu Agency'],
  ['xinhuanet.com', 'Xinhua'],
  ['tass.com', 'TASS'],
  ['efe.com', 'EFE'],
  ['ansa.it', 'ANSA'],
];

/** A news page that names no publisher: no og:site_name, no JSON-LD. */
const bare = () =>
  page(`<h1>Farmers get drought aid package</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`);

describe('the outlet table (data/kb-seed/outlets.ts)', () => {
  it('names the publisher of a page on each formerly hand-listed domain', () => {
    const named = FORMERLY_HAND_LISTED.map(([domain]) => [
      domain,
      extractArticle(bare(), `https://www.${domain}/world/2024/story`).publisher,
    ]);
    expect(named).toEqual(FORMERLY_HAND_LISTED);
  });

  it('names a subdomain by its parent domain, and an unknown domain not at all', () => {
    expect(extractArticle(bare(), 'https://edition.cnn.com/2024/01/02/story').publisher).toBe('CNN');
    expect(extractArticle(bare(), 'https://economictimes.indiatimes.com/news/x').publisher).toBe(
      'The Economic Times',
    );
    expect(extractArticle(bare(), 'https://www.gazette.example/news/x').publisher).toBeUndefined();
  });

  it('lists each domain once, lower-case, across all outlets', () => {
    const domains = [...OUTLETS, ...MEDIA].flatMap((e) => e.domains ?? []);
    expect(domains.filter((d, i) => domains.indexOf(d) !== i)).toEqual([]);
    expect(domains.filter((d) => d !== d.toLowerCase() || /^www\.|\/|\s/.test(d))).toEqual([]);
    expect(PUBLISHER_BY_DOMAIN.size).toBe(domains.length);
  });

  it('gives site names only to outlets it holds', () => {
    const ids = new Set([...OUTLETS, ...MEDIA].map((e) => e.id));
    expect(Object.keys(SITE_NAMES).filter((id) => !ids.has(id))).toEqual([]);
    expect(PUBLISHER_BY_DOMAIN.get('bbc.co.uk')).toBe('BBC News');
  });
});

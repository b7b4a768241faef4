/**
 * News agencies and outlets (mostly of the UK, US, EU, India and Australia) with their web domains, so a
 * page's publisher, and with it the article's country, is recognised (lib/kb/article-country). The one
 * outlet table: the page layer names a publisher by domain from these same entries (PUBLISHER_BY_DOMAIN,
 * read by lib/page/site.ts), so this file imports nothing but types. Facts only; descriptions are
 * templates or our words.
 */
import type { SeedEntity } from '../../lib/kb/types';

type Extra = Partial<SeedEntity>;

function outlet(
  id: string,
  name: string,
  kind: string,
  country: string,
  domains: string[],
  extra: Extra = {},
): SeedEntity {
  return {
    id,
    type: 'organization',
    kind,
    name,
    country,
    domains,
    website: `https://www.${domains[0]}/`,
    prior: 0.6,
    ...extra,
  };
}

const agency = (id: string, name: string, country: string, domains: string[], extra: Extra = {}) =>
  outlet(id, name, 'news agency', country, domains, { prior: 0.7, ...extra });
const paper = (id: string, name: string, country: string, domains: string[], extra: Extra = {}) =>
  outlet(id, name, 'newspaper', country, domains, extra);
const tv = (id: string, name: string, country: string, domains: string[], extra: Extra = {}) =>
  outlet(id, name, 'broadcaster', country, domains, extra);
const site = (id: string, name: string, country: string, domains: string[], extra: Extra = {}) =>
  outlet(id, name, 'news website', country, domains, extra);

/** News agencies, newspapers, broadcasters and news sites. */
export const OUTLETS: SeedEntity[] = [
  // News agencies
  agency('fr-agence-france-presse', 'Agence France-Presse', 'FR', ['afp.com'], {
    acronyms: ['AFP'],
    aliases: ['Agence France Presse'],
    founded: '1835',
    hq: 'Paris',
    wikipedia: 'Agence France-Presse',
    description: 'French international news agency, founded in 1835 and headquartered in Paris.',
    website: 'https://www.afp.com/',
  }),
  agency('gb-reuters', 'Reuters', 'GB', ['reuters.com'], {
    founded: '1851',
    hq: 'London',
    wikipedia: 'Reuters',
    description: 'International news agency founded in London in 1851, owned by Thomson Reuters.',
  }),
  agency('us-associated-press', 'Associated Press', 'US', ['apnews.com', 'ap.org'], {
    acronyms: ['AP'],
    aliases: ['The Associated Press'],
    founded: '1846',
    hq: 'New York City',
    wikipedia: 'Associated Press',
    description: 'American not-for-profit news agency, founded in 1846 and based in New York.',
  }),
  agency('gb-press-association', 'PA Media', 'GB', ['pamediagroup.com'], {
    aliases: ['Press Association', 'PA'],
    founded: '1868',
    hq: 'London',
    wikipedia: 'PA Media',
    description: 'National news agency of the UK and Ireland, founded in 1868 as the Press Association.',
  }),
  agency('us-bloomberg-news', 'Bloomberg News', 'US', ['bloomberg.com'], {
    aliases: ['Bloomberg'],
    founded: '1990',
    hq: 'New York City',
    wikipedia: 'Bloomberg News',
  }),
  agency('de-deutsche-presse-agentur', 'Deutsche Presse-Agentur', 'DE', ['dpa.com'], {
    acronyms: ['DPA', 'dpa'],
    founded: '1949',
    hq: 'Hamburg',
    wikipedia: 'Deutsche Presse-Agentur',
  }),
  agency('es-agencia-efe', 'EFE', 'ES', ['efe.com'], {
    aliases: ['Agencia EFE'],
    founded: '1939',
    hq: 'Madrid',
    wikipedia: 'EFE',
  }),
  agency('it-ansa', 'ANSA', 'IT', ['ansa.it'], {
    acronyms: ['ANSA'],
    aliases: ['Agenzia Nazionale Stampa Associata'],
    founded: '1945',
    hq: 'Rome',
    wikipedia: 'ANSA',
  }),
  agency('in-press-trust-of-india', 'Press Trust of India', 'IN', ['ptinews.com'], {
    acronyms: ['PTI'],
    founded: '1947',
    hq: 'New Delhi',
    wikipedia: 'Press Trust of India',
  }),
  agency('in-asian-news-international', 'Asian News International', 'IN', ['aninews.in'], {
    acronyms: ['ANI'],
    founded: '1971',
    hq: 'New Delhi',
    wikipedia: 'Asian News International',
  }),
  agency('au-australian-associated-press', 'Australian Associated Press', 'AU', ['aap.com.au'], {
    acronyms: ['AAP'],
    founded: '1935',
    hq: 'Sydney',
    wikipedia: 'Australian Associated Press',
  }),
  agency('cn-xinhua', 'Xinhua News Agency', 'CN', ['xinhuanet.com', 'news.cn'], {
    aliases: ['Xinhua'],
    founded: '1931',
    hq: 'Beijing',
    wikipedia: 'Xinhua News Agency',
  }),
  agency('ru-tass', 'TASS', 'RU', ['tass.com', 'tass.ru'], {
    acronyms: ['TASS'],
    founded: '1904',
    hq: 'Moscow',
    wikipedia: 'TASS',
  }),
  agency('ru-ria-novosti', 'RIA Novosti', 'RU', ['ria.ru'], {
    founded: '1941',
    hq: 'Moscow',
    wikipedia: 'RIA Novosti',
  }),
  agency('jp-kyodo-news', 'Kyodo News', 'JP', ['kyodonews.net'], {
    aliases: ['Kyodo'],
    founded: '1945',
    hq: 'Tokyo',
    wikipedia: 'Kyodo News',
  }),
  agency('kr-yonhap', 'Yonhap News Agency', 'KR', ['yna.co.kr'], {
    aliases: ['Yonhap'],
    founded: '1980',
    hq: 'Seoul',
    wikipedia: 'Yonhap News Agency',
  }),
  agency('tr-anadolu-agency', 'Anadolu Agency', 'TR', ['aa.com.tr'], {
    founded: '1920',
    hq: 'Ankara',
    wikipedia: 'Anadolu Agency',
  }),
  agency('ca-canadian-press', 'The Canadian Press', 'CA', ['thecanadianpress.com'], {
    aliases: ['Canadian Press'],
    founded: '1917',
    hq: 'Toronto',
    wikipedia: 'The Canadian Press',
  }),
  agency('be-agence-europe', 'Agence Europe', 'BE', ['agenceurope.eu'], {
    founded: '1953',
    hq: 'Brussels',
    wikipedia: 'Agence Europe',
    prior: 0.4,
  }),
  agency('ua-ukrinform', 'Ukrinform', 'UA', ['ukrinform.net'], {
    founded: '1918',
    hq: 'Kyiv',
    wikipedia: 'Ukrinform',
    prior: 0.5,
  }),
  agency('ua-interfax-ukraine', 'Interfax-Ukraine', 'UA', ['interfax.com.ua'], {
    hq: 'Kyiv',
    wikipedia: 'Interfax-Ukraine',
    prior: 0.5,
  }),
  agency('ru-interfax', 'Interfax', 'RU', ['interfax.ru', 'interfax.com'], {
    founded: '1989',
    hq: 'Moscow',
    wikipedia: 'Interfax',
    prior: 0.55,
  }),
  agency('in-united-news-of-india', 'United News of India', 'IN', ['uniindia.com'], {
    acronyms: ['UNI'],
    founded: '1961',
    hq: 'New Delhi',
    wikipedia: 'United News of India',
    prior: 0.5,
  }),
  agency('il-jta', 'Jewish Telegraphic Agency', 'US', ['jta.org'], {
    acronyms: ['JTA'],
    founded: '1917',
    hq: 'New York City',
    wikipedia: 'Jewish Telegraphic Agency',
    prior: 0.45,
  }),
];

/** Newspapers, broadcasters and news websites of the UK, US, EU, India and Australia, and a few more. */
export const MEDIA: SeedEntity[] = [
  // United Kingdom
  paper('gb-the-sun', 'The Sun', 'GB', ['thesun.co.uk'], {
    kind: 'tabloid newspaper',
    parent: 'gb-news-uk',
    founded: '1964',
    hq: 'London',
    wikipedia: 'The Sun (United Kingdom)',
    description: 'British tabloid newspaper published by News UK.',
  }),
  paper('gb-the-times', 'The Times', 'GB', ['thetimes.co.uk', 'thetimes.com'], {
    parent: 'gb-news-uk',
    founded: '1785',
    hq: 'London',
    wikipedia: 'The Times',
  }),
  paper('gb-the-sunday-times', 'The Sunday Times', 'GB', ['thesundaytimes.co.uk'], {
    parent: 'gb-news-uk',
    founded: '1821',
    hq: 'London',
    wikipedia: 'The Sunday Times',
  }),
  paper('gb-the-guardian', 'The Guardian', 'GB', ['theguardian.com', 'guardian.co.uk'], {
    aliases: ['Guardian'],
    founded: '1821',
    hq: 'London',
    wikipedia: 'The Guardian',
  }),
  paper('gb-the-observer', 'The Observer', 'GB', ['observer.co.uk'], {
    founded: '1791',
    hq: 'London',
    wikipedia: 'The Observer',
  }),
  paper('gb-the-daily-telegraph', 'The Daily Telegraph', 'GB', ['telegraph.co.uk'], {
    aliases: ['The Telegraph', 'Daily Telegraph', 'Telegraph'],
    founded: '1855',
    hq: 'London',
    wikipedia: 'The Daily Telegraph',
  }),
  paper('gb-financial-times', 'Financial Times', 'GB', ['ft.com'], {
    acronyms: ['FT'],
    founded: '1888',
    hq: 'London',
    wikipedia: 'Financial Times',
  }),
  paper('gb-daily-mail', 'Daily Mail', 'GB', ['dailymail.co.uk'], {
    kind: 'tabloid newspaper',
    aliases: ['Mail Online', 'MailOnline', 'The Daily Mail'],
    founded: '1896',
    hq: 'London',
    wikipedia: 'Daily Mail',
  }),
  paper('gb-daily-mirror', 'Daily Mirror', 'GB', ['mirror.co.uk'], {
    kind: 'tabloid newspaper',
    aliases: ['The Mirror', 'Mirror'],
    founded: '1903',
    hq: 'London',
    wikipedia: 'Daily Mirror',
  }),
  paper('gb-daily-express', 'Daily Express', 'GB', ['express.co.uk'], {
    kind: 'tabloid newspaper',
    aliases: ['The Express'],
    founded: '1900',
    hq: 'London',
    wikipedia: 'Daily Express',
  }),
  paper('gb-the-independent', 'The Independent', 'GB', ['independent.co.uk'], {
    kind: 'news website',
    founded: '1986',
    hq: 'London',
    wikipedia: 'The Independent',
  }),
  paper('gb-evening-standard', 'Evening Standard', 'GB', ['standard.co.uk'], {
    aliases: ['London Evening Standard'],
    founded: '1827',
    hq: 'London',
    wikipedia: 'Evening Standard',
  }),
  paper('gb-the-economist', 'The Economist', 'GB', ['economist.com'], {
    kind: 'magazine',
    founded: '1843',
    hq: 'London',
    wikipedia: 'The Economist',
  }),
  paper('gb-i', 'i', 'GB', ['inews.co.uk'], {
    aliases: ['i newspaper', 'The i Paper'],
    founded: '2010',
    hq: 'London',
    wikipedia: 'The i Paper',
    prior: 0.3,
  }),
  paper('gb-the-scotsman', 'The Scotsman', 'GB', ['scotsman.com'], {
    founded: '1817',
    hq: 'Edinburgh',
    wikipedia: 'The Scotsman',
  }),
  paper('gb-the-herald', 'The Herald', 'GB', ['heraldscotland.com'], {
    founded: '1783',
    hq: 'Glasgow',
    wikipedia: 'The Herald (Glasgow)',
    prior: 0.4,
  }),
  paper('gb-metro', 'Metro', 'GB', ['metro.co.uk'], {
    founded: '1999',
    hq: 'London',
    wikipedia: 'Metro (British newspaper)',
    prior: 0.3,
  }),
  tv('gb-bbc', 'BBC', 'GB', ['bbc.co.uk', 'bbc.com'], {
    acronyms: ['BBC'],
    aliases: ['British Broadcasting Corporation', 'BBC News'],
    kind: 'public broadcaster',
    founded: '1922',
    hq: 'London',
    wikipedia: 'BBC',
    prior: 0.85,
  }),
  tv('gb-sky-news', 'Sky News', 'GB', ['news.sky.com', 'sky.com'], {
    founded: '1989',
    hq: 'London',
    wikipedia: 'Sky News',
  }),
  tv('gb-itv', 'ITV', 'GB', ['itv.com'], {
    acronyms: ['ITV'],
    aliases: ['ITV News'],
    founded: '1955',
    hq: 'London',
    wikipedia: 'ITV (TV network)',
  }),
  tv('gb-channel-4', 'Channel 4', 'GB', ['channel4.com'], {
    aliases: ['Channel 4 News'],
    founded: '1982',
    hq: 'London',
    wikipedia: 'Channel 4',
  }),
  tv('gb-gb-news', 'GB News', 'GB', ['gbnews.com'], { founded: '2021', hq: 'London', wikipedia: 'GB News' }),
  site('gb-politics-home', 'PoliticsHome', 'GB', ['politicshome.com'], {
    founded: '2008',
    wikipedia: 'PoliticsHome',
    prior: 0.4,
  }),
  outlet('gb-news-uk', 'News UK', 'company', 'GB', ['news.co.uk'], {
    kind: 'media company',
    parent: 'us-news-corp',
    founded: '1981',
    hq: 'London',
    wikipedia: 'News UK',
    description: 'British newspaper publisher (The Sun, The Times), owned by News Corp.',
  }),
  // United States
  paper('us-the-new-york-times', 'The New York Times', 'US', ['nytimes.com'], {
    acronyms: ['NYT'],
    aliases: ['New York Times', 'NY Times'],
    founded: '1851',
    hq: 'New York City',
    wikipedia: 'The New York Times',
    prior: 0.8,
  }),
  paper('us-the-washington-post', 'The Washington Post', 'US', ['washingtonpost.com'], {
    aliases: ['Washington Post'],
    founded: '1877',
    hq: 'Washington, D.C.',
    wikipedia: 'The Washington Post',
    prior: 0.8,
  }),
  paper('us-the-wall-street-journal', 'The Wall Street Journal', 'US', ['wsj.com'], {
    acronyms: ['WSJ'],
    aliases: ['Wall Street Journal'],
    parent: 'us-news-corp',
    founded: '1889',
    hq: 'New York City',
    wikipedia: 'The Wall Street Journal',
    prior: 0.8,
  }),
  paper('us-usa-today', 'USA Today', 'US', ['usatoday.com'], {
    founded: '1982',
    hq: 'McLean, Virginia',
    wikipedia: 'USA Today',
  }),
  paper('us-los-angeles-times', 'Los Angeles Times', 'US', ['latimes.com'], {
    aliases: ['LA Times', 'L.A. Times'],
    founded: '1881',
    hq: 'El Segundo, California',
    wikipedia: 'Los Angeles Times',
  }),
  paper('us-chicago-tribune', 'Chicago Tribune', 'US', ['chicagotribune.com'], {
    founded: '1847',
    hq: 'Chicago',
    wikipedia: 'Chicago Tribune',
  }),
  paper('us-the-boston-globe', 'The Boston Globe', 'US', ['bostonglobe.com'], {
    aliases: ['Boston Globe'],
    founded: '1872',
    hq: 'Boston',
    wikipedia: 'The Boston Globe',
  }),
  paper('us-new-york-post', 'New York Post', 'US', ['nypost.com'], {
    kind: 'tabloid newspaper',
    parent: 'us-news-corp',
    founded: '1801',
    hq: 'New York City',
    wikipedia: 'New York Post',
  }),
  paper('us-the-atlantic', 'The Atlantic', 'US', ['theatlantic.com'], {
    kind: 'magazine',
    founded: '1857',
    hq: 'Washington, D.C.',
    wikipedia: 'The Atlantic',
  }),
  paper('us-time', 'Time', 'US', ['time.com'], {
    kind: 'magazine',
    aliases: ['Time magazine'],
    founded: '1923',
    hq: 'New York City',
    wikipedia: 'Time (magazine)',
    prior: 0.3,
  }),
  paper('us-newsweek', 'Newsweek', 'US', ['newsweek.com'], {
    kind: 'magazine',
    founded: '1933',
    hq: 'New York City',
    wikipedia: 'Newsweek',
  }),
  paper('us-the-new-yorker', 'The New Yorker', 'US', ['newyorker.com'], {
    kind: 'magazine',
    founded: '1925',
    hq: 'New York City',
    wikipedia: 'The New Yorker',
  }),
  tv('us-cnn', 'CNN', 'US', ['cnn.com'], {
    acronyms: ['CNN'],
    aliases: ['Cable News Network'],
    founded: '1980',
    hq: 'Atlanta',
    wikipedia: 'CNN',
    prior: 0.8,
  }),
  tv('us-fox-news', 'Fox News', 'US', ['foxnews.com'], {
    aliases: ['Fox News Channel'],
    founded: '1996',
    hq: 'New York City',
    wikipedia: 'Fox News',
  }),
  // The networks own the acronyms: 'a CBS drama', 'NBC's coverage of the Olympics' name the network; the
  // news divisions are named in full.
  tv('us-nbc', 'NBC', 'US', ['nbc.com'], {
    acronyms: ['NBC'],
    aliases: ['National Broadcasting Company'],
    kind: 'television network',
    founded: '1926',
    hq: 'New York City',
    wikipedia: 'NBC',
  }),
  tv('us-nbc-news', 'NBC News', 'US', ['nbcnews.com'], {
    founded: '1940',
    hq: 'New York City',
    parent: 'us-nbc',
    wikipedia: 'NBC News',
  }),
  tv('us-cbs', 'CBS', 'US', ['cbs.com'], {
    acronyms: ['CBS'],
    aliases: ['Columbia Broadcasting System'],
    kind: 'television network',
    founded: '1927',
    hq: 'New York City',
    wikipedia: 'CBS',
  }),
  tv('us-cbs-news', 'CBS News', 'US', ['cbsnews.com'], {
    founded: '1927',
    hq: 'New York City',
    parent: 'us-cbs',
    wikipedia: 'CBS News',
  }),
  tv('us-abc-news', 'ABC News', 'US', ['abcnews.go.com', 'abcnews.com'], {
    founded: '1945',
    hq: 'New York City',
    wikipedia: 'ABC News',
  }),
  tv('us-npr', 'NPR', 'US', ['npr.org'], {
    acronyms: ['NPR'],
    aliases: ['National Public Radio'],
    kind: 'public broadcaster',
    founded: '1970',
    hq: 'Washington, D.C.',
    wikipedia: 'NPR',
  }),
  tv('us-cnbc', 'CNBC', 'US', ['cnbc.com'], {
    acronyms: ['CNBC'],
    founded: '1989',
    hq: 'Englewood Cliffs, New Jersey',
    wikipedia: 'CNBC',
  }),
  tv('us-msnbc', 'MSNBC', 'US', ['msnbc.com'], {
    acronyms: ['MSNBC'],
    founded: '1996',
    hq: 'New York City',
    wikipedia: 'MSNBC',
  }),
  site('us-politico', 'Politico', 'US', ['politico.com'], {
    founded: '2007',
    hq: 'Arlington, Virginia',
    wikipedia: 'Politico',
  }),
  site('us-axios', 'Axios', 'US', ['axios.com'], {
    founded: '2016',
    hq: 'Arlington, Virginia',
    wikipedia: 'Axios (website)',
  }),
  site('us-the-hill', 'The Hill', 'US', ['thehill.com'], {
    founded: '1994',
    hq: 'Washington, D.C.',
    wikipedia: 'The Hill (newspaper)',
  }),
  site('us-huffpost', 'HuffPost', 'US', ['huffpost.com', 'huffingtonpost.com'], {
    aliases: ['Huffington Post'],
    founded: '2005',
    hq: 'New York City',
    wikipedia: 'HuffPost',
  }),
  site('us-vox', 'Vox', 'US', ['vox.com'], { founded: '2014', wikipedia: 'Vox (website)', prior: 0.4 }),
  site('us-propublica', 'ProPublica', 'US', ['propublica.org'], {
    founded: '2007',
    hq: 'New York City',
    wikipedia: 'ProPublica',
  }),
  site('us-business-insider', 'Business Insider', 'US', ['businessinsider.com'], {
    founded: '2007',
    hq: 'New York City',
    wikipedia: 'Business Insider',
    prior: 0.5,
  }),
  outlet('us-buzzfeed', 'BuzzFeed', 'media company', 'US', ['buzzfeed.com'], {
    founded: '2006',
    hq: 'New York City',
    wikipedia: 'BuzzFeed',
    prior: 0.5,
  }),
  site('us-buzzfeed-news', 'BuzzFeed News', 'US', ['buzzfeednews.com'], {
    parent: 'us-buzzfeed',
    founded: '2011',
    dissolved: '2023',
    hq: 'New York City',
    wikipedia: 'BuzzFeed News',
    prior: 0.5,
  }),
  paper('us-the-christian-science-monitor', 'The Christian Science Monitor', 'US', ['csmonitor.com'], {
    aliases: ['Christian Science Monitor'],
    founded: '1908',
    hq: 'Boston',
    wikipedia: 'The Christian Science Monitor',
  }),
  paper('us-the-seattle-times', 'The Seattle Times', 'US', ['seattletimes.com'], {
    aliases: ['Seattle Times'],
    founded: '1891',
    hq: 'Seattle',
    wikipedia: 'The Seattle Times',
  }),
  site('us-the-verge', 'The Verge', 'US', ['theverge.com'], {
    founded: '2011',
    hq: 'New York City',
    wikipedia: 'The Verge',
    prior: 0.4,
  }),
  site('us-yahoo-news', 'Yahoo News', 'US', ['news.yahoo.com'], {
    website: 'https://news.yahoo.com/',
    wikipedia: 'Yahoo News',
    prior: 0.5,
  }),
  paper('us-wired', 'Wired', 'US', ['wired.com'], {
    kind: 'magazine',
    founded: '1993',
    hq: 'San Francisco',
    wikipedia: 'Wired (magazine)',
    prior: 0.3,
  }),
  site('us-ars-technica', 'Ars Technica', 'US', ['arstechnica.com'], {
    founded: '1998',
    wikipedia: 'Ars Technica',
    prior: 0.5,
  }),
  site('us-techcrunch', 'TechCrunch', 'US', ['techcrunch.com'], {
    founded: '2005',
    hq: 'San Francisco',
    wikipedia: 'TechCrunch',
    prior: 0.5,
  }),
  // A publishing platform, not a newsroom: its writers live anywhere, so it names no country.
  {
    id: 'medium',
    type: 'organization',
    kind: 'publishing platform',
    name: 'Medium',
    domains: ['medium.com'],
    website: 'https://medium.com/',
    founded: '2012',
    wikipedia: 'Medium (website)',
    prior: 0.2,
  },
  outlet('us-news-corp', 'News Corp', 'company', 'US', ['newscorp.com'], {
    kind: 'media company',
    founded: '2013',
    hq: 'New York City',
    wikipedia: 'News Corp',
  }),
  // European Union and Europe
  paper('fr-le-monde', 'Le Monde', 'FR', ['lemonde.fr'], {
    founded: '1944',
    hq: 'Paris',
    wikipedia: 'Le Monde',
  }),
  paper('fr-le-figaro', 'Le Figaro', 'FR', ['lefigaro.fr'], {
    founded: '1826',
    hq: 'Paris',
    wikipedia: 'Le Figaro',
  }),
  paper('fr-liberation', 'Libération', 'FR', ['liberation.fr'], {
    founded: '1973',
    hq: 'Paris',
    wikipedia: 'Libération',
    prior: 0.4,
  }),
  paper('fr-les-echos', 'Les Echos', 'FR', ['lesechos.fr'], {
    founded: '1908',
    hq: 'Paris',
    prior: 0.4,
  }),
  tv('fr-radio-france-internationale', 'Radio France Internationale', 'FR', ['rfi.fr'], {
    acronyms: ['RFI'],
    kind: 'public broadcaster',
    wikipedia: 'Radio France Internationale',
  }),
  tv('fr-france-24', 'France 24', 'FR', ['france24.com'], {
    founded: '2006',
    hq: 'Paris',
    wikipedia: 'France 24',
  }),
  paper('de-der-spiegel', 'Der Spiegel', 'DE', ['spiegel.de'], {
    kind: 'magazine',
    aliases: ['Spiegel'],
    founded: '1947',
    hq: 'Hamburg',
    wikipedia: 'Der Spiegel',
  }),
  paper('de-frankfurter-allgemeine-zeitung', 'Frankfurter Allgemeine Zeitung', 'DE', ['faz.net'], {
    acronyms: ['FAZ'],
    founded: '1949',
    hq: 'Frankfurt',
    wikipedia: 'Frankfurter Allgemeine Zeitung',
  }),
  paper('de-suddeutsche-zeitung', 'Süddeutsche Zeitung', 'DE', ['sueddeutsche.de'], {
    founded: '1945',
    hq: 'Munich',
    wikipedia: 'Süddeutsche Zeitung',
  }),
  paper('de-die-zeit', 'Die Zeit', 'DE', ['zeit.de'], {
    founded: '1946',
    hq: 'Hamburg',
    wikipedia: 'Die Zeit',
  }),
  paper('de-bild', 'Bild', 'DE', ['bild.de'], {
    kind: 'tabloid newspaper',
    founded: '1952',
    hq: 'Berlin',
    wikipedia: 'Bild',
  }),
  paper('de-die-welt', 'Die Welt', 'DE', ['welt.de'], {
    founded: '1946',
    hq: 'Berlin',
    wikipedia: 'Die Welt',
  }),
  tv('de-tagesschau', 'Tagesschau', 'DE', ['tagesschau.de'], {
    kind: 'television news programme',
    founded: '1952',
    hq: 'Hamburg',
    prior: 0.5,
  }),
  tv('de-deutsche-welle', 'Deutsche Welle', 'DE', ['dw.com'], {
    acronyms: ['DW'],
    kind: 'public broadcaster',
    founded: '1953',
    hq: 'Bonn',
    wikipedia: 'Deutsche Welle',
  }),
  paper('es-el-pais', 'El País', 'ES', ['elpais.com'], {
    founded: '1976',
    hq: 'Madrid',
    wikipedia: 'El País',
  }),
  paper('es-el-mundo', 'El Mundo', 'ES', ['elmundo.es'], {
    founded: '1989',
    hq: 'Madrid',
    wikipedia: 'El Mundo (Spain)',
  }),
  paper('it-corriere-della-sera', 'Corriere della Sera', 'IT', ['corriere.it'], {
    founded: '1876',
    hq: 'Milan',
    wikipedia: 'Corriere della Sera',
  }),
  paper('it-la-repubblica', 'La Repubblica', 'IT', ['repubblica.it'], {
    founded: '1976',
    hq: 'Rome',
    wikipedia: 'La Repubblica',
  }),
  paper('ie-the-irish-times', 'The Irish Times', 'IE', ['irishtimes.com'], {
    aliases: ['Irish Times'],
    founded: '1859',
    hq: 'Dublin',
    wikipedia: 'The Irish Times',
  }),
  tv('ie-rte', 'RTÉ', 'IE', ['rte.ie'], {
    aliases: ['RTE', 'Raidió Teilifís Éireann'],
    kind: 'public broadcaster',
    founded: '1960',
    hq: 'Dublin',
    wikipedia: 'RTÉ',
  }),
  paper('nl-de-volkskrant', 'de Volkskrant', 'NL', ['volkskrant.nl'], {
    founded: '1919',
    hq: 'Amsterdam',
    wikipedia: 'de Volkskrant',
    prior: 0.4,
  }),
  site('be-euractiv', 'Euractiv', 'BE', ['euractiv.com'], {
    founded: '1999',
    hq: 'Brussels',
    wikipedia: 'Euractiv',
    prior: 0.4,
  }),
  site('be-politico-europe', 'Politico Europe', 'BE', ['politico.eu'], {
    parent: 'us-politico',
    founded: '2015',
    hq: 'Brussels',
    wikipedia: 'Politico Europe',
    prior: 0.5,
  }),
  site('eu-euronews', 'Euronews', 'FR', ['euronews.com'], {
    kind: 'broadcaster',
    founded: '1993',
    hq: 'Lyon',
    wikipedia: 'Euronews',
  }),
  tv('qa-al-jazeera', 'Al Jazeera', 'QA', ['aljazeera.com', 'aljazeera.net'], {
    founded: '1996',
    hq: 'Doha',
    wikipedia: 'Al Jazeera',
    prior: 0.7,
  }),
  // Middle East and Asia
  paper('ae-the-national', 'The National', 'AE', ['thenational.ae'], {
    founded: '2008',
    hq: 'Abu Dhabi',
    wikipedia: 'The National (Abu Dhabi)',
    prior: 0.3,
  }),
  paper('pk-dawn', 'Dawn', 'PK', ['dawn.com'], {
    founded: '1941',
    hq: 'Karachi',
    wikipedia: 'Dawn (newspaper)',
    prior: 0.3,
  }),
  paper('hk-south-china-morning-post', 'South China Morning Post', 'HK', ['scmp.com'], {
    acronyms: ['SCMP'],
    founded: '1903',
    hq: 'Hong Kong',
    wikipedia: 'South China Morning Post',
  }),
  paper('sg-the-straits-times', 'The Straits Times', 'SG', ['straitstimes.com'], {
    aliases: ['Straits Times'],
    founded: '1845',
    hq: 'Singapore',
    wikipedia: 'The Straits Times',
  }),
  paper('jp-the-japan-times', 'The Japan Times', 'JP', ['japantimes.co.jp'], {
    aliases: ['Japan Times'],
    founded: '1897',
    hq: 'Tokyo',
    wikipedia: 'The Japan Times',
  }),
  // India
  paper(
    'in-the-times-of-india',
    'The Times of India',
    'IN',
    ['timesofindia.indiatimes.com', 'indiatimes.com'],
    {
      acronyms: ['TOI'],
      aliases: ['Times of India'],
      founded: '1838',
      hq: 'Mumbai',
      wikipedia: 'The Times of India',
    },
  ),
  paper('in-the-hindu', 'The Hindu', 'IN', ['thehindu.com'], {
    founded: '1878',
    hq: 'Chennai',
    wikipedia: 'The Hindu',
  }),
  paper('in-hindustan-times', 'Hindustan Times', 'IN', ['hindustantimes.com'], {
    founded: '1924',
    hq: 'New Delhi',
    wikipedia: 'Hindustan Times',
  }),
  paper('in-the-indian-express', 'The Indian Express', 'IN', ['indianexpress.com'], {
    aliases: ['Indian Express'],
    founded: '1932',
    hq: 'Noida',
    wikipedia: 'The Indian Express',
  }),
  paper('in-the-economic-times', 'The Economic Times', 'IN', ['economictimes.indiatimes.com'], {
    founded: '1961',
    hq: 'Mumbai',
    wikipedia: 'The Economic Times',
  }),
  tv('in-ndtv', 'NDTV', 'IN', ['ndtv.com'], {
    acronyms: ['NDTV'],
    founded: '1988',
    hq: 'New Delhi',
    wikipedia: 'NDTV',
  }),
  site('in-scroll', 'Scroll.in', 'IN', ['scroll.in'], {
    founded: '2014',
    wikipedia: 'Scroll.in',
    prior: 0.4,
  }),
  site('in-the-wire', 'The Wire', 'IN', ['thewire.in'], {
    founded: '2015',
    hq: 'New Delhi',
    wikipedia: 'The Wire (India)',
    prior: 0.4,
  }),
  tv('in-india-today', 'India Today', 'IN', ['indiatoday.in'], {
    kind: 'magazine',
    founded: '1975',
    hq: 'Noida',
    wikipedia: 'India Today',
  }),
  // Canada
  tv('ca-cbc', 'Canadian Broadcasting Corporation', 'CA', ['cbc.ca'], {
    acronyms: ['CBC'],
    aliases: ['CBC News', 'CBC/Radio-Canada'],
    kind: 'public broadcaster',
    founded: '1936',
    hq: 'Ottawa',
    wikipedia: 'Canadian Broadcasting Corporation',
  }),
  // Australia
  tv('au-abc', 'Australian Broadcasting Corporation', 'AU', ['abc.net.au'], {
    aliases: ['ABC News Australia'],
    kind: 'public broadcaster',
    founded: '1932',
    hq: 'Sydney',
    wikipedia: 'Australian Broadcasting Corporation',
  }),
  paper('au-the-sydney-morning-herald', 'The Sydney Morning Herald', 'AU', ['smh.com.au'], {
    acronyms: ['SMH'],
    aliases: ['Sydney Morning Herald'],
    founded: '1831',
    hq: 'Sydney',
    wikipedia: 'The Sydney Morning Herald',
  }),
  paper('au-the-age', 'The Age', 'AU', ['theage.com.au'], {
    founded: '1854',
    hq: 'Melbourne',
    wikipedia: 'The Age',
  }),
  paper('au-the-australian', 'The Australian', 'AU', ['theaustralian.com.au'], {
    parent: 'us-news-corp',
    founded: '1964',
    hq: 'Sydney',
    wikipedia: 'The Australian',
  }),
  paper('au-the-australian-financial-review', 'The Australian Financial Review', 'AU', ['afr.com'], {
    aliases: ['Australian Financial Review'],
    founded: '1951',
    hq: 'Sydney',
    wikipedia: 'The Australian Financial Review',
  }),
  site('au-news-com-au', 'news.com.au', 'AU', ['news.com.au'], {
    parent: 'us-news-corp',
    founded: '1999',
    wikipedia: 'News.com.au',
    prior: 0.4,
  }),
  tv('au-sbs', 'SBS', 'AU', ['sbs.com.au'], {
    acronyms: ['SBS'],
    aliases: ['Special Broadcasting Service'],
    kind: 'public broadcaster',
    founded: '1975',
    hq: 'Sydney',
    wikipedia: 'Special Broadcasting Service',
  }),
  site('au-guardian-australia', 'Guardian Australia', 'AU', [], {
    website: 'https://www.theguardian.com/au',
    founded: '2013',
    hq: 'Sydney',
    wikipedia: 'Guardian Australia',
    prior: 0.4,
  }),
];

/**
 * The name an outlet signs its own pages with, where it differs from its entry's name (the organisation's):
 * the BBC publishes as "BBC News", the Australian Broadcasting Corporation as "ABC News".
 */
export const SITE_NAMES: Readonly<Record<string, string>> = {
  'fr-agence-france-presse': 'AFP',
  'us-bloomberg-news': 'Bloomberg',
  'cn-xinhua': 'Xinhua',
  'gb-the-daily-telegraph': 'The Telegraph',
  'gb-bbc': 'BBC News',
  'it-la-repubblica': 'la Repubblica',
  'fr-radio-france-internationale': 'RFI',
  'de-tagesschau': 'tagesschau.de',
  'ca-cbc': 'CBC News',
  'au-abc': 'ABC News',
};

/**
 * The publisher's name by web domain, for pages that do not name their publisher (lib/page/site.ts): the
 * one outlet table, so the page layer and the KB name an outlet the same way. A domain listed twice keeps
 * its first outlet, as the KB build does.
 */
export const PUBLISHER_BY_DOMAIN: ReadonlyMap<string, string> = new Map(
  [...OUTLETS, ...MEDIA]
    .flatMap((e) => (e.domains ?? []).map((d) => [d.toLowerCase(), SITE_NAMES[e.id] ?? e.name] as const))
    .reverse(),
);

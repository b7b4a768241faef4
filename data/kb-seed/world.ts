/**
 * International bodies (UN and agencies, NATO, EU institutions, IMF, World Bank, WTO…), US parties and
 * federal elections, the largest companies and tech firms, and major NGOs. Facts only.
 */
import type { SeedEntity } from '../../lib/kb/types';

type Extra = Partial<SeedEntity>;

function org(
  id: string,
  name: string,
  kind: string,
  acronyms: string[],
  founded: string,
  hq: string,
  website: string,
  extra: Extra = {},
): SeedEntity {
  return {
    id,
    type: 'organization',
    kind,
    name,
    ...(acronyms.length ? { acronyms } : {}),
    founded,
    hq,
    website: `https://${website}/`,
    domains: [website.replace(/^www\./, '')],
    wikipedia: name,
    prior: 0.75,
    ...extra,
  };
}
const io = (
  id: string,
  name: string,
  acr: string[],
  founded: string,
  hq: string,
  site: string,
  extra: Extra = {},
) => org(id, name, 'international organisation', acr, founded, hq, site, extra);
const un = (
  id: string,
  name: string,
  acr: string[],
  founded: string,
  hq: string,
  site: string,
  extra: Extra = {},
) =>
  org(id, name, 'United Nations agency', acr, founded, hq, site, { parent: 'int-united-nations', ...extra });
const eu = (
  id: string,
  name: string,
  acr: string[],
  founded: string,
  hq: string,
  site: string,
  extra: Extra = {},
) =>
  org(id, name, 'European Union institution', acr, founded, hq, site, {
    parent: 'int-european-union',
    ...extra,
  });
const co = (
  id: string,
  name: string,
  country: string,
  founded: string,
  hq: string,
  site: string,
  extra: Extra = {},
) => org(id, name, 'company', [], founded, hq, site, { country, ...extra });
const ngo = (
  id: string,
  name: string,
  acr: string[],
  founded: string,
  hq: string,
  site: string,
  extra: Extra = {},
) => org(id, name, 'non-governmental organisation', acr, founded, hq, site, extra);

/** International organisations. */
export const INTERNATIONAL: SeedEntity[] = [
  // Names news uses for places GeoNames spells out in full.
  {
    id: 'city-us-washington-d-c',
    type: 'place',
    kind: 'capital city',
    name: 'Washington, D.C.',
    aliases: ['Washington', 'Washington DC', 'Washington D.C.'],
    country: 'US',
    prior: 0.8,
  },
  {
    id: 'city-us-new-york-city',
    type: 'place',
    kind: 'city',
    name: 'New York City',
    aliases: ['New York', 'NYC'],
    country: 'US',
    prior: 0.85,
  },
  {
    // ParlGov lists Likud under its translated name.
    id: 'il-the-consolidation',
    type: 'organization',
    kind: 'political party',
    name: 'Likud',
    aliases: ['The Consolidation'],
    country: 'IL',
  },
  io('int-united-nations', 'United Nations', ['UN', 'U.N.'], '1945-10-24', 'New York City', 'www.un.org', {
    kind: 'intergovernmental organisation',
    aliases: ['the UN'],
    prior: 0.9,
  }),
  un(
    'int-un-security-council',
    'United Nations Security Council',
    ['UNSC'],
    '1945-10-24',
    'New York City',
    'www.un.org/securitycouncil',
    { aliases: ['UN Security Council', 'Security Council'], kind: 'UN organ' },
  ),
  un(
    'int-un-general-assembly',
    'United Nations General Assembly',
    ['UNGA'],
    '1945-10-24',
    'New York City',
    'www.un.org/en/ga',
    { aliases: ['UN General Assembly', 'General Assembly'], kind: 'UN organ' },
  ),
  un(
    'int-world-health-organization',
    'World Health Organization',
    ['WHO'],
    '1948-04-07',
    'Geneva',
    'www.who.int',
    { aliases: ['World Health Organisation'] },
  ),
  un('int-unicef', 'UNICEF', ['UNICEF'], '1946-12-11', 'New York City', 'www.unicef.org', {
    aliases: ["United Nations Children's Fund"],
    wikipedia: 'UNICEF',
  }),
  un('int-unhcr', 'UNHCR', ['UNHCR'], '1950-12-14', 'Geneva', 'www.unhcr.org', {
    aliases: ['United Nations High Commissioner for Refugees', 'UN refugee agency', 'UN Refugee Agency'],
    wikipedia: 'United Nations High Commissioner for Refugees',
  }),
  un('int-unesco', 'UNESCO', ['UNESCO'], '1945-11-16', 'Paris', 'www.unesco.org', {
    aliases: ['United Nations Educational, Scientific and Cultural Organization'],
    wikipedia: 'UNESCO',
  }),
  un('int-world-food-programme', 'World Food Programme', ['WFP'], '1961-11-19', 'Rome', 'www.wfp.org', {
    aliases: ['World Food Program', 'UN World Food Programme'],
  }),
  un('int-fao', 'Food and Agriculture Organization', ['FAO'], '1945-10-16', 'Rome', 'www.fao.org', {
    aliases: ['Food and Agriculture Organization of the United Nations'],
  }),
  un(
    'int-undp',
    'United Nations Development Programme',
    ['UNDP'],
    '1965-11-22',
    'New York City',
    'www.undp.org',
    { aliases: ['UN Development Programme'] },
  ),
  un('int-unep', 'United Nations Environment Programme', ['UNEP'], '1972-06-05', 'Nairobi', 'www.unep.org', {
    aliases: ['UN Environment Programme'],
  }),
  un('int-ilo', 'International Labour Organization', ['ILO'], '1919-04-11', 'Geneva', 'www.ilo.org', {
    aliases: ['International Labour Organisation'],
  }),
  un('int-iaea', 'International Atomic Energy Agency', ['IAEA'], '1957-07-29', 'Vienna', 'www.iaea.org', {
    aliases: ['UN nuclear watchdog'],
  }),
  un('int-unrwa', 'UNRWA', ['UNRWA'], '1949-12-08', 'Amman', 'www.unrwa.org', {
    aliases: ['United Nations Relief and Works Agency for Palestine Refugees in the Near East'],
    wikipedia: 'UNRWA',
  }),
  un(
    'int-ohchr',
    'Office of the United Nations High Commissioner for Human Rights',
    ['OHCHR'],
    '1993-12-20',
    'Geneva',
    'www.ohchr.org',
    { aliases: ['UN human rights office', 'UN Human Rights Office'] },
  ),
  un(
    'int-unhrc',
    'United Nations Human Rights Council',
    ['UNHRC'],
    '2006-03-15',
    'Geneva',
    'www.ohchr.org/en/hrbodies/hrc',
    { aliases: ['UN Human Rights Council', 'Human Rights Council'], kind: 'UN body' },
  ),
  un(
    'int-unfccc',
    'United Nations Framework Convention on Climate Change',
    ['UNFCCC'],
    '1994-03-21',
    'Bonn',
    'unfccc.int',
    { aliases: ['UN climate change secretariat'] },
  ),
  un(
    'int-ipcc',
    'Intergovernmental Panel on Climate Change',
    ['IPCC'],
    '1988-12-06',
    'Geneva',
    'www.ipcc.ch',
    { aliases: ['UN climate panel'] },
  ),
  un(
    'int-icao',
    'International Civil Aviation Organization',
    ['ICAO'],
    '1947-04-04',
    'Montreal',
    'www.icao.int',
  ),
  un('int-imo', 'International Maritime Organization', ['IMO'], '1948-03-17', 'London', 'www.imo.org'),
  un('int-itu', 'International Telecommunication Union', ['ITU'], '1865-05-17', 'Geneva', 'www.itu.int'),
  un(
    'int-wipo',
    'World Intellectual Property Organization',
    ['WIPO'],
    '1967-07-14',
    'Geneva',
    'www.wipo.int',
  ),
  un('int-wmo', 'World Meteorological Organization', ['WMO'], '1950-03-23', 'Geneva', 'wmo.int'),
  un(
    'int-unodc',
    'United Nations Office on Drugs and Crime',
    ['UNODC'],
    '1997-11-01',
    'Vienna',
    'www.unodc.org',
  ),
  un(
    'int-ocha',
    'United Nations Office for the Coordination of Humanitarian Affairs',
    ['OCHA'],
    '1991-12-19',
    'New York City',
    'www.unocha.org',
    { aliases: ['UN humanitarian office'] },
  ),
  un(
    'int-international-court-of-justice',
    'International Court of Justice',
    ['ICJ'],
    '1945-06-26',
    'The Hague',
    'www.icj-cij.org',
    { kind: 'international court', aliases: ['World Court'] },
  ),
  io(
    'int-international-criminal-court',
    'International Criminal Court',
    ['ICC'],
    '2002-07-01',
    'The Hague',
    'www.icc-cpi.int',
    { kind: 'international court' },
  ),
  io('int-imf', 'International Monetary Fund', ['IMF'], '1944-07-22', 'Washington, D.C.', 'www.imf.org', {
    kind: 'international financial institution',
    prior: 0.85,
  }),
  io('int-world-bank', 'World Bank', [], '1944-07-22', 'Washington, D.C.', 'www.worldbank.org', {
    kind: 'international financial institution',
    aliases: ['World Bank Group'],
    prior: 0.85,
  }),
  io('int-wto', 'World Trade Organization', ['WTO'], '1995-01-01', 'Geneva', 'www.wto.org', {
    aliases: ['World Trade Organisation'],
    prior: 0.8,
  }),
  io('int-nato', 'NATO', ['NATO'], '1949-04-04', 'Brussels', 'www.nato.int', {
    kind: 'military alliance',
    aliases: [
      'Nato',
      'North Atlantic Treaty Organization',
      'North Atlantic Treaty Organisation',
      'the Atlantic alliance',
    ],
    prior: 0.9,
  }),
  io(
    'int-oecd',
    'Organisation for Economic Co-operation and Development',
    ['OECD'],
    '1961-09-30',
    'Paris',
    'www.oecd.org',
    { aliases: ['Organization for Economic Cooperation and Development'] },
  ),
  io(
    'int-osce',
    'Organization for Security and Co-operation in Europe',
    ['OSCE'],
    '1975-08-01',
    'Vienna',
    'www.osce.org',
  ),
  io('int-council-of-europe', 'Council of Europe', ['CoE'], '1949-05-05', 'Strasbourg', 'www.coe.int'),
  io(
    'int-european-court-of-human-rights',
    'European Court of Human Rights',
    ['ECHR', 'ECtHR'],
    '1959-01-21',
    'Strasbourg',
    'www.echr.coe.int',
    { kind: 'international court', parent: 'int-council-of-europe' },
  ),
  io('int-opec', 'OPEC', ['OPEC'], '1960-09-14', 'Vienna', 'www.opec.org', {
    aliases: ['Organization of the Petroleum Exporting Countries'],
    wikipedia: 'OPEC',
  }),
  io('int-g20', 'G20', ['G20', 'G-20'], '1999-09-26', 'none (rotating presidency)', 'g20.org', {
    kind: 'intergovernmental forum',
    aliases: ['Group of Twenty'],
    wikipedia: 'G20',
  }),
  io('int-g7', 'G7', ['G7', 'G-7'], '1975-11-15', 'none (rotating presidency)', 'www.g7italy.it', {
    kind: 'intergovernmental forum',
    aliases: ['Group of Seven'],
    wikipedia: 'G7',
    domains: [],
  }),
  io('int-african-union', 'African Union', ['AU'], '2002-07-09', 'Addis Ababa', 'au.int', { prior: 0.6 }),
  io('int-asean', 'ASEAN', ['ASEAN'], '1967-08-08', 'Jakarta', 'asean.org', {
    aliases: ['Association of Southeast Asian Nations'],
    wikipedia: 'ASEAN',
  }),
  io('int-arab-league', 'Arab League', [], '1945-03-22', 'Cairo', 'www.lasportal.org', {
    aliases: ['League of Arab States'],
  }),
  io(
    'int-commonwealth-of-nations',
    'Commonwealth of Nations',
    [],
    '1949-04-26',
    'London',
    'thecommonwealth.org',
    { aliases: ['the Commonwealth'] },
  ),
  io('int-interpol', 'Interpol', ['INTERPOL'], '1923-09-07', 'Lyon', 'www.interpol.int', {
    aliases: ['International Criminal Police Organization'],
    wikipedia: 'Interpol',
  }),
  io('int-brics', 'BRICS', ['BRICS'], '2009-06-16', 'none', 'brics.br', {
    kind: 'intergovernmental forum',
    wikipedia: 'BRICS',
    domains: [],
  }),
  io(
    'int-bank-for-international-settlements',
    'Bank for International Settlements',
    ['BIS'],
    '1930-05-17',
    'Basel',
    'www.bis.org',
    { kind: 'international financial institution' },
  ),
  io(
    'int-european-union',
    'European Union',
    ['EU', 'E.U.'],
    '1993-11-01',
    'Brussels',
    'european-union.europa.eu',
    { kind: 'political and economic union', aliases: ['the EU', 'Brussels'], prior: 0.9 },
  ),
  eu(
    'int-european-commission',
    'European Commission',
    ['EC'],
    '1958-01-01',
    'Brussels',
    'commission.europa.eu',
    { aliases: ['the Commission', 'EU Commission'] },
  ),
  eu(
    'int-european-parliament',
    'European Parliament',
    ['EP'],
    '1952-09-10',
    'Strasbourg',
    'www.europarl.europa.eu',
    { aliases: ['EU Parliament'] },
  ),
  eu(
    'int-european-council',
    'European Council',
    [],
    '1975-03-10',
    'Brussels',
    'www.consilium.europa.eu/en/european-council',
  ),
  eu(
    'int-council-of-the-european-union',
    'Council of the European Union',
    [],
    '1958-01-01',
    'Brussels',
    'www.consilium.europa.eu',
    { aliases: ['Council of the EU', 'Council of Ministers'] },
  ),
  eu(
    'int-european-central-bank',
    'European Central Bank',
    ['ECB'],
    '1998-06-01',
    'Frankfurt',
    'www.ecb.europa.eu',
    { kind: 'central bank' },
  ),
  eu(
    'int-court-of-justice-of-the-eu',
    'Court of Justice of the European Union',
    ['CJEU', 'ECJ'],
    '1952-12-10',
    'Luxembourg',
    'curia.europa.eu',
    { aliases: ['European Court of Justice'] },
  ),
  eu(
    'int-european-investment-bank',
    'European Investment Bank',
    ['EIB'],
    '1958-01-01',
    'Luxembourg',
    'www.eib.org',
  ),
  eu('int-europol', 'Europol', [], '1998-10-01', 'The Hague', 'www.europol.europa.eu', {
    aliases: ['European Union Agency for Law Enforcement Cooperation'],
    wikipedia: 'Europol',
  }),
  eu('int-frontex', 'Frontex', [], '2004-10-26', 'Warsaw', 'www.frontex.europa.eu', {
    aliases: ['European Border and Coast Guard Agency'],
    wikipedia: 'Frontex',
  }),
  eu(
    'int-european-medicines-agency',
    'European Medicines Agency',
    ['EMA'],
    '1995-01-01',
    'Amsterdam',
    'www.ema.europa.eu',
  ),
  org(
    'us-democratic-party',
    'Democratic Party',
    'political party',
    [],
    '1828-01-08',
    'Washington, D.C.',
    'democrats.org',
    {
      country: 'US',
      aliases: ['Democrats', 'US Democrats', 'Democratic Party (United States)'],
      wikipedia: 'Democratic Party (United States)',
      prior: 0.85,
      description: 'One of the two major political parties of the United States; centre-left.',
    },
  ),
  org(
    'us-republican-party',
    'Republican Party',
    'political party',
    ['GOP'],
    '1854-03-20',
    'Washington, D.C.',
    'gop.com',
    {
      country: 'US',
      aliases: ['Republicans', 'Grand Old Party', 'Republican Party (United States)'],
      wikipedia: 'Republican Party (United States)',
      prior: 0.85,
      description: 'One of the two major political parties of the United States; centre-right to right-wing.',
    },
  ),
  org(
    'us-congress',
    'United States Congress',
    'legislature',
    [],
    '1789-03-04',
    'Washington, D.C.',
    'www.congress.gov',
    {
      kind: 'legislature',
      country: 'US',
      aliases: ['Congress', 'US Congress', 'U.S. Congress'],
      wikipedia: 'United States Congress',
    },
  ),
  org(
    'us-senate',
    'United States Senate',
    'legislative chamber',
    [],
    '1789-03-04',
    'Washington, D.C.',
    'www.senate.gov',
    {
      kind: 'legislative chamber',
      country: 'US',
      parent: 'us-congress',
      aliases: ['US Senate', 'U.S. Senate', 'Senate'],
      wikipedia: 'United States Senate',
      prior: 0.6,
    },
  ),
  org(
    'us-house-of-representatives',
    'United States House of Representatives',
    'legislative chamber',
    [],
    '1789-03-04',
    'Washington, D.C.',
    'www.house.gov',
    {
      kind: 'legislative chamber',
      country: 'US',
      parent: 'us-congress',
      aliases: ['House of Representatives', 'US House', 'U.S. House'],
      wikipedia: 'United States House of Representatives',
    },
  ),
  org(
    'us-white-house',
    'White House',
    'presidential office',
    [],
    '1800-11-01',
    'Washington, D.C.',
    'www.whitehouse.gov',
    { kind: 'presidential residence and office', country: 'US', aliases: ['the White House'], prior: 0.8 },
  ),
  org(
    'us-supreme-court',
    'Supreme Court of the United States',
    'court',
    ['SCOTUS'],
    '1789-03-04',
    'Washington, D.C.',
    'www.supremecourt.gov',
    { kind: 'court', country: 'US', aliases: ['US Supreme Court', 'U.S. Supreme Court'] },
  ),
];

/** US federal elections since 2000 (ParlGov does not cover the US). */
export const US_ELECTIONS: SeedEntity[] = [
  ['2000-11-07', true],
  ['2002-11-05', false],
  ['2004-11-02', true],
  ['2006-11-07', false],
  ['2008-11-04', true],
  ['2010-11-02', false],
  ['2012-11-06', true],
  ['2014-11-04', false],
  ['2016-11-08', true],
  ['2018-11-06', false],
  ['2020-11-03', true],
  ['2022-11-08', false],
  ['2024-11-05', true],
  ['2026-11-03', false],
  ['2028-11-07', true],
].map(([date, presidential]) => {
  const year = String(date).slice(0, 4);
  const name = presidential
    ? `${year} United States presidential election`
    : `${year} United States elections`;
  return {
    id: `us-election-${date}`,
    type: 'event' as const,
    kind: presidential ? 'presidential election' : 'midterm elections',
    name,
    aliases: presidential
      ? [
          `${year} US presidential election`,
          `${year} U.S. presidential election`,
          `${year} presidential election`,
          `${year} US election`,
          `${year} American presidential election`,
        ]
      : [
          `${year} midterm elections`,
          `${year} midterms`,
          `${year} US midterm elections`,
          `${year} US midterms`,
        ],
    country: 'US',
    parent: 'country-us',
    date: String(date),
    wikipedia: name,
    prior: 0.6,
  };
});

/** The largest companies and tech firms. */
export const COMPANIES: SeedEntity[] = [
  co('us-apple', 'Apple Inc.', 'US', '1976-04-01', 'Cupertino, California', 'www.apple.com', {
    aliases: ['Apple'],
    kind: 'technology company',
  }),
  co('us-microsoft', 'Microsoft', 'US', '1975-04-04', 'Redmond, Washington', 'www.microsoft.com', {
    kind: 'technology company',
  }),
  co('us-alphabet', 'Alphabet Inc.', 'US', '2015-10-02', 'Mountain View, California', 'abc.xyz', {
    aliases: ['Alphabet'],
    kind: 'technology company',
  }),
  co('us-google', 'Google', 'US', '1998-09-04', 'Mountain View, California', 'www.google.com', {
    kind: 'technology company',
    parent: 'us-alphabet',
    prior: 0.85,
  }),
  co('us-amazon', 'Amazon', 'US', '1994-07-05', 'Seattle', 'www.amazon.com', {
    aliases: ['Amazon.com'],
    kind: 'technology company',
    wikipedia: 'Amazon (company)',
  }),
  co('us-meta-platforms', 'Meta Platforms', 'US', '2004-02-04', 'Menlo Park, California', 'about.meta.com', {
    aliases: ['Meta'],
    kind: 'technology company',
  }),
  co('us-facebook', 'Facebook', 'US', '2004-02-04', 'Menlo Park, California', 'www.facebook.com', {
    kind: 'social network',
    parent: 'us-meta-platforms',
  }),
  co('us-instagram', 'Instagram', 'US', '2010-10-06', 'Menlo Park, California', 'www.instagram.com', {
    kind: 'social network',
    parent: 'us-meta-platforms',
  }),
  co('us-whatsapp', 'WhatsApp', 'US', '2009-02-24', 'Menlo Park, California', 'www.whatsapp.com', {
    kind: 'messaging service',
    parent: 'us-meta-platforms',
  }),
  co('us-x-corp', 'X', 'US', '2006-03-21', 'Bastrop, Texas', 'x.com', {
    aliases: ['Twitter', 'X Corp.'],
    kind: 'social network',
    wikipedia: 'Twitter',
    prior: 0.4,
  }),
  co('us-nvidia', 'Nvidia', 'US', '1993-04-05', 'Santa Clara, California', 'www.nvidia.com', {
    acronyms: ['NVIDIA'],
    kind: 'technology company',
  }),
  co('us-tesla', 'Tesla, Inc.', 'US', '2003-07-01', 'Austin, Texas', 'www.tesla.com', {
    aliases: ['Tesla'],
    kind: 'carmaker',
  }),
  co('us-openai', 'OpenAI', 'US', '2015-12-11', 'San Francisco', 'openai.com', {
    kind: 'artificial intelligence company',
  }),
  co('us-intel', 'Intel', 'US', '1968-07-18', 'Santa Clara, California', 'www.intel.com', {
    kind: 'technology company',
    wikipedia: 'Intel',
  }),
  co('us-ibm', 'IBM', 'US', '1911-06-16', 'Armonk, New York', 'www.ibm.com', {
    acronyms: ['IBM'],
    kind: 'technology company',
  }),
  co('us-oracle', 'Oracle Corporation', 'US', '1977-06-16', 'Austin, Texas', 'www.oracle.com', {
    aliases: ['Oracle'],
    kind: 'technology company',
  }),
  co('us-netflix', 'Netflix', 'US', '1997-08-29', 'Los Gatos, California', 'www.netflix.com', {
    kind: 'streaming company',
  }),
  co('us-uber', 'Uber', 'US', '2009-03-01', 'San Francisco', 'www.uber.com', { kind: 'technology company' }),
  co(
    'us-berkshire-hathaway',
    'Berkshire Hathaway',
    'US',
    '1839',
    'Omaha, Nebraska',
    'www.berkshirehathaway.com',
    { kind: 'conglomerate' },
  ),
  co('us-jpmorgan-chase', 'JPMorgan Chase', 'US', '2000-12-01', 'New York City', 'www.jpmorganchase.com', {
    aliases: ['JPMorgan', 'JP Morgan', 'J.P. Morgan'],
    kind: 'bank',
  }),
  co('us-goldman-sachs', 'Goldman Sachs', 'US', '1869', 'New York City', 'www.goldmansachs.com', {
    kind: 'bank',
  }),
  co('us-walmart', 'Walmart', 'US', '1962-07-02', 'Bentonville, Arkansas', 'www.walmart.com', {
    kind: 'retailer',
  }),
  co('us-exxonmobil', 'ExxonMobil', 'US', '1999-11-30', 'Spring, Texas', 'corporate.exxonmobil.com', {
    aliases: ['Exxon Mobil', 'Exxon'],
    kind: 'oil and gas company',
  }),
  co('us-chevron', 'Chevron Corporation', 'US', '1879-09-10', 'Houston', 'www.chevron.com', {
    aliases: ['Chevron'],
    kind: 'oil and gas company',
  }),
  co('us-boeing', 'Boeing', 'US', '1916-07-15', 'Arlington, Virginia', 'www.boeing.com', {
    kind: 'aerospace company',
  }),
  co('us-pfizer', 'Pfizer', 'US', '1849', 'New York City', 'www.pfizer.com', {
    kind: 'pharmaceutical company',
  }),
  co(
    'us-johnson-and-johnson',
    'Johnson & Johnson',
    'US',
    '1886-01-01',
    'New Brunswick, New Jersey',
    'www.jnj.com',
    { acronyms: ['J&J'], kind: 'pharmaceutical company' },
  ),
  co('us-general-motors', 'General Motors', 'US', '1908-09-16', 'Detroit', 'www.gm.com', {
    acronyms: ['GM'],
    kind: 'carmaker',
  }),
  co('us-ford', 'Ford Motor Company', 'US', '1903-06-16', 'Dearborn, Michigan', 'www.ford.com', {
    aliases: ['Ford'],
    kind: 'carmaker',
    prior: 0.5,
  }),
  co('ca-thomson-reuters', 'Thomson Reuters', 'CA', '2008-04-17', 'Toronto', 'www.thomsonreuters.com', {
    kind: 'media company',
  }),
  co('kr-samsung-electronics', 'Samsung Electronics', 'KR', '1969-01-13', 'Suwon', 'www.samsung.com', {
    aliases: ['Samsung'],
    kind: 'technology company',
  }),
  co('tw-tsmc', 'TSMC', 'TW', '1987-02-21', 'Hsinchu', 'www.tsmc.com', {
    acronyms: ['TSMC'],
    aliases: ['Taiwan Semiconductor Manufacturing Company'],
    kind: 'semiconductor company',
    wikipedia: 'TSMC',
  }),
  co('cn-alibaba', 'Alibaba Group', 'CN', '1999-06-28', 'Hangzhou', 'www.alibabagroup.com', {
    aliases: ['Alibaba'],
    kind: 'technology company',
  }),
  co('cn-tencent', 'Tencent', 'CN', '1998-11-11', 'Shenzhen', 'www.tencent.com', {
    kind: 'technology company',
  }),
  co('cn-huawei', 'Huawei', 'CN', '1987-09-15', 'Shenzhen', 'www.huawei.com', { kind: 'technology company' }),
  co('cn-bytedance', 'ByteDance', 'CN', '2012-03-09', 'Beijing', 'www.bytedance.com', {
    kind: 'technology company',
  }),
  co('cn-tiktok', 'TikTok', 'CN', '2016-09-01', 'Singapore and Los Angeles', 'www.tiktok.com', {
    kind: 'social network',
    parent: 'cn-bytedance',
  }),
  co('sa-saudi-aramco', 'Saudi Aramco', 'SA', '1933-05-29', 'Dhahran', 'www.aramco.com', {
    aliases: ['Aramco'],
    kind: 'oil and gas company',
  }),
  co('jp-toyota', 'Toyota', 'JP', '1937-08-28', 'Toyota City', 'global.toyota', {
    aliases: ['Toyota Motor Corporation'],
    kind: 'carmaker',
  }),
  co('jp-sony', 'Sony', 'JP', '1946-05-07', 'Tokyo', 'www.sony.com', { kind: 'electronics company' }),
  co('de-volkswagen', 'Volkswagen Group', 'DE', '1937-05-28', 'Wolfsburg', 'www.volkswagen-group.com', {
    acronyms: ['VW'],
    aliases: ['Volkswagen'],
    kind: 'carmaker',
  }),
  co('de-siemens', 'Siemens', 'DE', '1847-10-01', 'Munich', 'www.siemens.com', { kind: 'conglomerate' }),
  co('de-sap', 'SAP', 'DE', '1972-04-01', 'Walldorf', 'www.sap.com', {
    acronyms: ['SAP'],
    kind: 'technology company',
    wikipedia: 'SAP',
  }),
  co('nl-asml', 'ASML Holding', 'NL', '1984-04-01', 'Veldhoven', 'www.asml.com', {
    acronyms: ['ASML'],
    kind: 'semiconductor company',
  }),
  co('gb-shell', 'Shell plc', 'GB', '1907-04-01', 'London', 'www.shell.com', {
    aliases: ['Shell', 'Royal Dutch Shell'],
    kind: 'oil and gas company',
  }),
  co('gb-bp', 'BP', 'GB', '1909-04-14', 'London', 'www.bp.com', {
    acronyms: ['BP'],
    kind: 'oil and gas company',
    wikipedia: 'BP',
  }),
  co('gb-hsbc', 'HSBC', 'GB', '1865-03-03', 'London', 'www.hsbc.com', { acronyms: ['HSBC'], kind: 'bank' }),
  co('gb-astrazeneca', 'AstraZeneca', 'GB', '1999-04-06', 'Cambridge', 'www.astrazeneca.com', {
    kind: 'pharmaceutical company',
  }),
  co('gb-unilever', 'Unilever', 'GB', '1929-09-02', 'London', 'www.unilever.com', {
    kind: 'consumer goods company',
  }),
  co('gb-bae-systems', 'BAE Systems', 'GB', '1999-11-30', 'London', 'www.baesystems.com', {
    kind: 'defence company',
  }),
  co('fr-lvmh', 'LVMH', 'FR', '1987-06-03', 'Paris', 'www.lvmh.com', {
    acronyms: ['LVMH'],
    kind: 'luxury goods company',
  }),
  co('fr-totalenergies', 'TotalEnergies', 'FR', '1924-03-28', 'Courbevoie', 'totalenergies.com', {
    aliases: ['Total'],
    kind: 'oil and gas company',
  }),
  co('fr-airbus', 'Airbus', 'FR', '1970-12-18', 'Leiden', 'www.airbus.com', { kind: 'aerospace company' }),
  co('ch-nestle', 'Nestlé', 'CH', '1866', 'Vevey', 'www.nestle.com', {
    aliases: ['Nestle'],
    kind: 'food company',
  }),
  co('in-reliance-industries', 'Reliance Industries', 'IN', '1966-05-08', 'Mumbai', 'www.ril.com', {
    aliases: ['Reliance'],
    kind: 'conglomerate',
  }),
  co('in-tata-group', 'Tata Group', 'IN', '1868', 'Mumbai', 'www.tata.com', {
    aliases: ['Tata'],
    kind: 'conglomerate',
  }),
  co('in-infosys', 'Infosys', 'IN', '1981-07-02', 'Bengaluru', 'www.infosys.com', {
    kind: 'technology company',
  }),
  co('au-bhp', 'BHP', 'AU', '1885-08-13', 'Melbourne', 'www.bhp.com', {
    acronyms: ['BHP'],
    kind: 'mining company',
  }),
  co('ru-gazprom', 'Gazprom', 'RU', '1989-08-08', 'Saint Petersburg', 'www.gazprom.com', {
    kind: 'oil and gas company',
  }),
];

/** Major non-governmental organisations. */
export const NGOS: SeedEntity[] = [
  ngo('ngo-amnesty-international', 'Amnesty International', [], '1961-07-01', 'London', 'www.amnesty.org', {
    aliases: ['Amnesty'],
  }),
  ngo('ngo-human-rights-watch', 'Human Rights Watch', ['HRW'], '1978', 'New York City', 'www.hrw.org'),
  ngo(
    'ngo-icrc',
    'International Committee of the Red Cross',
    ['ICRC'],
    '1863-02-17',
    'Geneva',
    'www.icrc.org',
    { aliases: ['Red Cross'] },
  ),
  ngo(
    'ngo-ifrc',
    'International Federation of Red Cross and Red Crescent Societies',
    ['IFRC'],
    '1919-05-05',
    'Geneva',
    'www.ifrc.org',
  ),
  ngo('ngo-msf', 'Médecins Sans Frontières', ['MSF'], '1971-12-22', 'Geneva', 'www.msf.org', {
    aliases: ['Doctors Without Borders', 'Medecins Sans Frontieres'],
  }),
  ngo('ngo-oxfam', 'Oxfam', [], '1942-10-05', 'Nairobi', 'www.oxfam.org', {
    aliases: ['Oxfam International'],
  }),
  ngo('ngo-save-the-children', 'Save the Children', [], '1919-05-19', 'London', 'www.savethechildren.net'),
  ngo('ngo-greenpeace', 'Greenpeace', [], '1971-09-15', 'Amsterdam', 'www.greenpeace.org'),
  ngo('ngo-wwf', 'World Wide Fund for Nature', ['WWF'], '1961-04-29', 'Gland', 'www.worldwildlife.org', {
    aliases: ['World Wildlife Fund'],
  }),
  ngo(
    'ngo-transparency-international',
    'Transparency International',
    [],
    '1993-05-04',
    'Berlin',
    'www.transparency.org',
  ),
  ngo('ngo-reporters-without-borders', 'Reporters Without Borders', ['RSF'], '1985', 'Paris', 'rsf.org', {
    aliases: ['Reporters sans frontières'],
  }),
  ngo(
    'ngo-committee-to-protect-journalists',
    'Committee to Protect Journalists',
    ['CPJ'],
    '1981',
    'New York City',
    'cpj.org',
  ),
  ngo(
    'ngo-bill-and-melinda-gates-foundation',
    'Gates Foundation',
    [],
    '2000',
    'Seattle',
    'www.gatesfoundation.org',
    { aliases: ['Bill & Melinda Gates Foundation', 'Bill and Melinda Gates Foundation'] },
  ),
  ngo(
    'ngo-wikimedia-foundation',
    'Wikimedia Foundation',
    [],
    '2003-06-20',
    'San Francisco',
    'wikimediafoundation.org',
  ),
  ngo(
    'ngo-electronic-frontier-foundation',
    'Electronic Frontier Foundation',
    ['EFF'],
    '1990-07-10',
    'San Francisco',
    'www.eff.org',
  ),
  ngo(
    'ngo-world-economic-forum',
    'World Economic Forum',
    ['WEF'],
    '1971-01-24',
    'Cologny',
    'www.weforum.org',
    { aliases: ['Davos forum'] },
  ),
  ngo(
    'ngo-international-rescue-committee',
    'International Rescue Committee',
    ['IRC'],
    '1933',
    'New York City',
    'www.rescue.org',
  ),
  ngo(
    'ngo-care-international',
    'CARE International',
    ['CARE'],
    '1945',
    'Geneva',
    'www.care-international.org',
  ),
];

/**
 * Household names no open source of the build has: media and entertainment companies, online services,
 * sports bodies, space agencies, well-known brands, movements and armed groups. Facts only (name, kind,
 * country, founding year, seat, English Wikipedia title), written by the team. Names that are ordinary
 * words ('Target', 'Universal', 'Greyhound') are left out as aliases: they would match too much text.
 */
import type { SeedEntity } from '../../lib/kb/types';

type Extra = Partial<SeedEntity>;

/** One organisation; its Wikipedia title is its name unless `extra` says otherwise. */
function known(
  id: string,
  name: string,
  kind: string,
  country: string | undefined,
  founded: string,
  hq: string | undefined,
  extra: Extra = {},
): SeedEntity {
  return {
    id,
    type: 'organization',
    kind,
    name,
    ...(country ? { country } : {}),
    founded,
    ...(hq ? { hq } : {}),
    wikipedia: name,
    prior: 0.7,
    ...extra,
  };
}

/** Well-known organisations the sources lack, by kind. */
export const WELL_KNOWN: SeedEntity[] = [
  // Media and entertainment.
  known(
    'us-walt-disney-company',
    'The Walt Disney Company',
    'entertainment company',
    'US',
    '1923',
    'Burbank, California',
    {
      aliases: ['Walt Disney Company', 'Disney'],
    },
  ),
  known('us-pixar', 'Pixar', 'animation studio', 'US', '1986', 'Emeryville, California', {
    parent: 'us-walt-disney-company',
  }),
  known('us-marvel-studios', 'Marvel Studios', 'film studio', 'US', '1993', 'Burbank, California', {
    parent: 'us-walt-disney-company',
  }),
  known(
    'us-dreamworks-pictures',
    'DreamWorks Pictures',
    'film studio',
    'US',
    '1994',
    'Universal City, California',
  ),
  known('us-warner-bros', 'Warner Bros.', 'film studio', 'US', '1923', 'Burbank, California', {
    aliases: ['Warner Brothers'],
  }),
  known(
    'us-universal-pictures',
    'Universal Pictures',
    'film studio',
    'US',
    '1912',
    'Universal City, California',
  ),
  known('us-paramount-pictures', 'Paramount Pictures', 'film studio', 'US', '1912', 'Hollywood, Los Angeles'),
  known('us-dc-comics', 'DC Comics', 'comic book publisher', 'US', '1934', 'Burbank, California'),
  known('us-hbo', 'HBO', 'television network', 'US', '1972', 'New York City', {
    aliases: ['Home Box Office'],
  }),
  known('us-mtv', 'MTV', 'television channel', 'US', '1981', 'New York City', {
    aliases: ['Music Television'],
  }),
  known('us-espn', 'ESPN', 'sports television network', 'US', '1979', 'Bristol, Connecticut'),
  known(
    'us-fox-broadcasting-company',
    'Fox Broadcasting Company',
    'television network',
    'US',
    '1986',
    'Los Angeles',
    {
      aliases: ['Fox Broadcasting'],
    },
  ),
  known('us-the-cw', 'The CW', 'television network', 'US', '2006', 'Burbank, California', {
    aliases: ['CW Television Network'],
  }),
  // Online services and publishers.
  known('us-youtube', 'YouTube', 'video-sharing platform', 'US', '2005', 'San Bruno, California', {
    parent: 'us-google',
  }),
  known('us-wikipedia', 'Wikipedia', 'online encyclopedia', 'US', '2001', undefined, {
    parent: 'ngo-wikimedia-foundation',
  }),
  known('us-reddit', 'Reddit', 'social news website', 'US', '2005', 'San Francisco'),
  known('us-linkedin', 'LinkedIn', 'professional networking service', 'US', '2003', 'Sunnyvale, California', {
    parent: 'us-microsoft',
  }),
  known('us-flickr', 'Flickr', 'photo-sharing website', 'US', '2004', 'San Francisco'),
  known('us-evernote', 'Evernote', 'note-taking software company', 'US', '2008', 'Redwood City, California'),
  known('se-spotify', 'Spotify', 'audio streaming service', 'SE', '2006', 'Stockholm'),
  known('de-researchgate', 'ResearchGate', 'academic social network', 'DE', '2008', 'Berlin'),
  known('us-wikileaks', 'WikiLeaks', 'document-leaking website', undefined, '2006', undefined),
  known('nl-elsevier', 'Elsevier', 'academic publisher', 'NL', '1880', 'Amsterdam'),
  known('de-springer-nature', 'Springer Nature', 'academic publisher', 'DE', '2015', 'Berlin'),
  known(
    'us-creative-commons',
    'Creative Commons',
    'non-profit organisation',
    'US',
    '2001',
    'Mountain View, California',
  ),
  // Sport.
  known('int-fifa', 'FIFA', 'international football federation', 'CH', '1904', 'Zürich', {
    aliases: ['Fédération Internationale de Football Association'],
  }),
  known('int-uefa', 'UEFA', 'European football federation', 'CH', '1954', 'Nyon', {
    aliases: ['Union of European Football Associations'],
  }),
  known('int-ioc', 'International Olympic Committee', 'sports body', 'CH', '1894', 'Lausanne', {
    acronyms: ['IOC'],
  }),
  known(
    'us-ncaa',
    'National Collegiate Athletic Association',
    'college sports association',
    'US',
    '1906',
    'Indianapolis',
    {
      acronyms: ['NCAA'],
    },
  ),
  known('gb-premier-league', 'Premier League', 'football league', 'GB', '1992', 'London', {
    aliases: ['English Premier League'],
  }),
  // Space and science.
  known('int-esa', 'European Space Agency', 'space agency', undefined, '1975', 'Paris', {
    acronyms: ['ESA'],
  }),
  known('ru-roscosmos', 'Roscosmos', 'space agency', 'RU', '1992', 'Moscow'),
  known('in-isro', 'Indian Space Research Organisation', 'space agency', 'IN', '1969', 'Bengaluru', {
    acronyms: ['ISRO'],
  }),
  known('jp-jaxa', 'Japan Aerospace Exploration Agency', 'space agency', 'JP', '2003', 'Tokyo', {
    acronyms: ['JAXA'],
    wikipedia: 'JAXA',
  }),
  known('int-cern', 'CERN', 'particle physics laboratory', undefined, '1954', 'Meyrin', {
    aliases: ['European Organization for Nuclear Research'],
  }),
  known('us-spacex', 'SpaceX', 'spacecraft manufacturer', 'US', '2002', 'Starbase, Texas'),
  known('fr-academie-francaise', 'Académie française', 'learned society', 'FR', '1635', 'Paris', {
    aliases: ['Academie francaise', 'French Academy'],
  }),
  known('fr-academy-of-sciences', 'French Academy of Sciences', 'learned society', 'FR', '1666', 'Paris', {
    aliases: ['Académie des sciences'],
  }),
  known('se-nobel-foundation', 'Nobel Foundation', 'private foundation', 'SE', '1900', 'Stockholm'),
  // Brands and companies.
  known('us-harley-davidson', 'Harley-Davidson', 'motorcycle manufacturer', 'US', '1903', 'Milwaukee'),
  known('de-adidas', 'Adidas', 'sportswear company', 'DE', '1949', 'Herzogenaurach'),
  known('de-bmw', 'BMW', 'carmaker', 'DE', '1916', 'Munich', { aliases: ['Bayerische Motoren Werke'] }),
  known('jp-nintendo', 'Nintendo', 'video game company', 'JP', '1889', 'Kyoto'),
  known('se-ikea', 'IKEA', 'furniture retailer', 'SE', '1943', 'Delft'),
  known('us-coca-cola-company', 'The Coca-Cola Company', 'beverage company', 'US', '1892', 'Atlanta', {
    aliases: ['Coca-Cola Company'],
  }),
  known('us-mattel', 'Mattel', 'toy company', 'US', '1945', 'El Segundo, California'),
  known('cn-baidu', 'Baidu', 'internet company', 'CN', '2000', 'Beijing'),
  known('de-biontech', 'BioNTech', 'biotechnology company', 'DE', '2008', 'Mainz'),
  known('de-deutsche-bank', 'Deutsche Bank', 'bank', 'DE', '1870', 'Frankfurt'),
  known('gb-barclays', 'Barclays', 'bank', 'GB', '1690', 'London'),
  known('us-greyhound-lines', 'Greyhound Lines', 'intercity bus operator', 'US', '1914', 'Dallas'),
  // Public services, movements, armed groups.
  known(
    'gb-national-health-service',
    'National Health Service',
    'public health service',
    'GB',
    '1948',
    undefined,
    {
      acronyms: ['NHS'],
    },
  ),
  known('gb-salvation-army', 'The Salvation Army', 'Christian charity', 'GB', '1865', 'London', {
    aliases: ['Salvation Army'],
  }),
  known('us-black-lives-matter', 'Black Lives Matter', 'social movement', 'US', '2013', undefined, {
    acronyms: ['BLM'],
  }),
  known('armed-islamic-state', 'Islamic State', 'armed group', undefined, '1999', undefined, {
    aliases: ['Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria', 'Daesh'],
    acronyms: ['ISIS', 'ISIL'],
  }),
  known('armed-al-qaeda', 'al-Qaeda', 'armed group', undefined, '1988', undefined, {
    aliases: ['Al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda'],
  }),
];

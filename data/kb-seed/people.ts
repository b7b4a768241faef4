/**
 * People: heads of state and government of the G20 since 2000, and leaders of the main UK and US
 * parties since 2000, with roles and dates. Descriptions are composed from the roles by the build.
 */
import type { KbRole } from '../../lib/kb/types';
import type { SeedEntity } from '../../lib/kb/types';

type Role = [title: string, from: string, to?: string, org?: string];

function person(
  id: string,
  name: string,
  country: string,
  roles: Role[],
  extra: Partial<SeedEntity> = {},
): SeedEntity {
  const kbRoles: KbRole[] = roles.map(([title, from, to, org]) => ({
    title,
    from,
    ...(to ? { to } : {}),
    ...(org ? { org } : {}),
  }));
  return { id, type: 'person', kind: 'politician', name, country, roles: kbRoles, prior: 0.7, ...extra };
}

const LAB = 'gb-labour-party';
const CON = 'gb-conservative-party';
const LD = 'gb-liberal-democrats';
const SNP = 'gb-scottish-national-party';
const DEM = 'us-democratic-party';
const GOP = 'us-republican-party';
const PM = 'Prime Minister of the United Kingdom';
const LO = 'Leader of the Opposition';
const POTUS = 'President of the United States';
const VP = 'Vice President of the United States';
const SPEAKER = 'Speaker of the House of Representatives';

/** UK politicians. */
export const UK_PEOPLE: SeedEntity[] = [
  person(
    'person-jeremy-corbyn',
    'Jeremy Corbyn',
    'GB',
    [
      ['Leader of the Labour Party', '2015-09-12', '2020-04-04', LAB],
      ['Leader of the Opposition', '2015-09-12', '2020-04-04', 'gb-parliament'],
      ['MP for Islington North', '1983-06-09', undefined, 'gb-parliament'],
    ],
    {
      aliases: ['Corbyn'],
      wikipedia: 'Jeremy Corbyn',
      description:
        'British politician; Leader of the Labour Party and Leader of the Opposition 2015–2020; MP for Islington North since 1983.',
    },
  ),
  person(
    'person-tony-blair',
    'Tony Blair',
    'GB',
    [
      [PM, '1997-05-02', '2007-06-27'],
      ['Leader of the Labour Party', '1994-07-21', '2007-06-24', LAB],
    ],
    { aliases: ['Blair'] },
  ),
  person('person-gordon-brown', 'Gordon Brown', 'GB', [
    [PM, '2007-06-27', '2010-05-11'],
    ['Leader of the Labour Party', '2007-06-24', '2010-05-11', LAB],
    ['Chancellor of the Exchequer', '1997-05-02', '2007-06-27'],
  ]),
  person(
    'person-ed-miliband',
    'Ed Miliband',
    'GB',
    [
      ['Leader of the Labour Party', '2010-09-25', '2015-05-08', LAB],
      [LO, '2010-09-25', '2015-05-08'],
    ],
    { aliases: ['Miliband'] },
  ),
  person(
    'person-keir-starmer',
    'Keir Starmer',
    'GB',
    [
      [PM, '2024-07-05'],
      ['Leader of the Labour Party', '2020-04-04', undefined, LAB],
      [LO, '2020-04-04', '2024-07-05'],
    ],
    { aliases: ['Starmer', 'Sir Keir Starmer'] },
  ),
  person(
    'person-william-hague',
    'William Hague',
    'GB',
    [
      ['Leader of the Conservative Party', '1997-06-19', '2001-09-13', CON],
      [LO, '1997-06-19', '2001-09-13'],
      ['Foreign Secretary', '2010-05-12', '2014-07-14'],
    ],
    { aliases: ['Hague'] },
  ),
  person(
    'person-iain-duncan-smith',
    'Iain Duncan Smith',
    'GB',
    [
      ['Leader of the Conservative Party', '2001-09-13', '2003-11-06', CON],
      [LO, '2001-09-13', '2003-11-06'],
    ],
    { acronyms: ['IDS'] },
  ),
  person('person-michael-howard', 'Michael Howard', 'GB', [
    ['Leader of the Conservative Party', '2003-11-06', '2005-12-06', CON],
    [LO, '2003-11-06', '2005-12-06'],
  ]),
  person(
    'person-david-cameron',
    'David Cameron',
    'GB',
    [
      [PM, '2010-05-11', '2016-07-13'],
      ['Leader of the Conservative Party', '2005-12-06', '2016-07-11', CON],
      [LO, '2005-12-06', '2010-05-11'],
      ['Foreign Secretary', '2023-11-13', '2024-07-05'],
    ],
    { aliases: ['Cameron'] },
  ),
  person('person-theresa-may', 'Theresa May', 'GB', [
    [PM, '2016-07-13', '2019-07-24'],
    ['Leader of the Conservative Party', '2016-07-11', '2019-06-07', CON],
    ['Home Secretary', '2010-05-12', '2016-07-13'],
  ]),
  person('person-boris-johnson', 'Boris Johnson', 'GB', [
    [PM, '2019-07-24', '2022-09-06'],
    ['Leader of the Conservative Party', '2019-07-23', '2022-09-05', CON],
    ['Mayor of London', '2008-05-03', '2016-05-09'],
    ['Foreign Secretary', '2016-07-13', '2018-07-09'],
  ]),
  person(
    'person-liz-truss',
    'Liz Truss',
    'GB',
    [
      [PM, '2022-09-06', '2022-10-25'],
      ['Leader of the Conservative Party', '2022-09-05', '2022-10-24', CON],
      ['Foreign Secretary', '2021-09-15', '2022-09-06'],
    ],
    { aliases: ['Truss'] },
  ),
  person(
    'person-rishi-sunak',
    'Rishi Sunak',
    'GB',
    [
      [PM, '2022-10-25', '2024-07-05'],
      ['Leader of the Conservative Party', '2022-10-24', '2024-11-02', CON],
      [LO, '2024-07-05', '2024-11-02'],
      ['Chancellor of the Exchequer', '2020-02-13', '2022-07-05'],
    ],
    { aliases: ['Sunak'] },
  ),
  person(
    'person-kemi-badenoch',
    'Kemi Badenoch',
    'GB',
    [
      ['Leader of the Conservative Party', '2024-11-02', undefined, CON],
      [LO, '2024-11-02'],
    ],
    { aliases: ['Badenoch'] },
  ),
  person('person-charles-kennedy', 'Charles Kennedy', 'GB', [
    ['Leader of the Liberal Democrats', '1999-08-09', '2006-01-07', LD],
  ]),
  person(
    'person-menzies-campbell',
    'Menzies Campbell',
    'GB',
    [['Leader of the Liberal Democrats', '2006-03-02', '2007-10-15', LD]],
    { aliases: ['Ming Campbell'] },
  ),
  person(
    'person-nick-clegg',
    'Nick Clegg',
    'GB',
    [
      ['Leader of the Liberal Democrats', '2007-12-18', '2015-07-16', LD],
      ['Deputy Prime Minister of the United Kingdom', '2010-05-11', '2015-05-08'],
    ],
    { aliases: ['Clegg'] },
  ),
  person(
    'person-tim-farron',
    'Tim Farron',
    'GB',
    [['Leader of the Liberal Democrats', '2015-07-16', '2017-07-20', LD]],
    { aliases: ['Farron'] },
  ),
  person('person-vince-cable', 'Vince Cable', 'GB', [
    ['Leader of the Liberal Democrats', '2017-07-20', '2019-07-22', LD],
  ]),
  person(
    'person-jo-swinson',
    'Jo Swinson',
    'GB',
    [['Leader of the Liberal Democrats', '2019-07-22', '2019-12-13', LD]],
    { aliases: ['Swinson'] },
  ),
  person(
    'person-ed-davey',
    'Ed Davey',
    'GB',
    [['Leader of the Liberal Democrats', '2020-08-27', undefined, LD]],
    { aliases: ['Sir Ed Davey'] },
  ),
  person(
    'person-alex-salmond',
    'Alex Salmond',
    'GB',
    [
      ['Leader of the Scottish National Party', '2004-09-03', '2014-11-14', SNP],
      ['First Minister of Scotland', '2007-05-16', '2014-11-19'],
    ],
    { aliases: ['Salmond'] },
  ),
  person(
    'person-nicola-sturgeon',
    'Nicola Sturgeon',
    'GB',
    [
      ['Leader of the Scottish National Party', '2014-11-14', '2023-03-27', SNP],
      ['First Minister of Scotland', '2014-11-20', '2023-03-28'],
    ],
    { aliases: ['Sturgeon'] },
  ),
  person(
    'person-humza-yousaf',
    'Humza Yousaf',
    'GB',
    [
      ['Leader of the Scottish National Party', '2023-03-27', '2024-05-06', SNP],
      ['First Minister of Scotland', '2023-03-28', '2024-05-07'],
    ],
    { aliases: ['Yousaf'] },
  ),
  person(
    'person-john-swinney',
    'John Swinney',
    'GB',
    [
      ['Leader of the Scottish National Party', '2024-05-06', undefined, SNP],
      ['First Minister of Scotland', '2024-05-07'],
      ['Leader of the Scottish National Party', '2000-09-26', '2004-09-03', SNP],
    ],
    { aliases: ['Swinney'] },
  ),
  person(
    'person-nigel-farage',
    'Nigel Farage',
    'GB',
    [
      ['Leader of Reform UK', '2024-06-03', undefined, 'gb-brexit-party'],
      ['MP for Clacton', '2024-07-04', undefined, 'gb-parliament'],
      ['Leader of the Brexit Party', '2019-03-22', '2021-03-06', 'gb-brexit-party'],
      ['Leader of the UK Independence Party', '2010-11-05', '2016-09-16', 'gb-uk-independence-party'],
      ['Leader of the UK Independence Party', '2006-09-12', '2009-11-27', 'gb-uk-independence-party'],
    ],
    { aliases: ['Farage'] },
  ),
  person(
    'person-elizabeth-ii',
    'Elizabeth II',
    'GB',
    [['Queen of the United Kingdom', '1952-02-06', '2022-09-08']],
    { kind: 'monarch', aliases: ['Queen Elizabeth II', 'Queen Elizabeth'] },
  ),
  person(
    'person-charles-iii',
    'Charles III',
    'GB',
    [
      ['King of the United Kingdom', '2022-09-08'],
      ['Prince of Wales', '1958-07-26', '2022-09-08'],
    ],
    { kind: 'monarch', aliases: ['King Charles III', 'King Charles', 'Prince Charles'] },
  ),
];

/** US presidents, vice presidents and the parties' leaders in Congress since 2000. */
export const US_PEOPLE: SeedEntity[] = [
  person('person-bill-clinton', 'Bill Clinton', 'US', [[POTUS, '1993-01-20', '2001-01-20', DEM]]),
  person('person-george-w-bush', 'George W. Bush', 'US', [[POTUS, '2001-01-20', '2009-01-20', GOP]], {
    aliases: ['George Bush', 'George W Bush', 'President Bush'],
  }),
  person('person-barack-obama', 'Barack Obama', 'US', [[POTUS, '2009-01-20', '2017-01-20', DEM]], {
    aliases: ['Obama', 'President Obama'],
  }),
  person(
    'person-donald-trump',
    'Donald Trump',
    'US',
    [
      [POTUS, '2025-01-20', undefined, GOP],
      [POTUS, '2017-01-20', '2021-01-20', GOP],
    ],
    { aliases: ['Trump', 'Donald J. Trump', 'President Trump'] },
  ),
  person(
    'person-joe-biden',
    'Joe Biden',
    'US',
    [
      [POTUS, '2021-01-20', '2025-01-20', DEM],
      [VP, '2009-01-20', '2017-01-20'],
    ],
    { aliases: ['Biden', 'Joseph R. Biden', 'President Biden'] },
  ),
  person('person-dick-cheney', 'Dick Cheney', 'US', [[VP, '2001-01-20', '2009-01-20']], {
    aliases: ['Cheney'],
  }),
  person('person-mike-pence', 'Mike Pence', 'US', [[VP, '2017-01-20', '2021-01-20']], { aliases: ['Pence'] }),
  person('person-kamala-harris', 'Kamala Harris', 'US', [[VP, '2021-01-20', '2025-01-20']], {
    aliases: ['Harris'],
  }),
  person('person-jd-vance', 'JD Vance', 'US', [[VP, '2025-01-20']], { aliases: ['J.D. Vance', 'Vance'] }),
  person('person-al-gore', 'Al Gore', 'US', [[VP, '1993-01-20', '2001-01-20']], { aliases: ['Gore'] }),
  person('person-hillary-clinton', 'Hillary Clinton', 'US', [
    ['Secretary of State', '2009-01-21', '2013-02-01'],
  ]),
  person('person-john-kerry', 'John Kerry', 'US', [['Secretary of State', '2013-02-01', '2017-01-20']]),
  person(
    'person-john-mccain',
    'John McCain',
    'US',
    [['United States Senator from Arizona', '1987-01-03', '2018-08-25']],
    { aliases: ['McCain'] },
  ),
  person(
    'person-mitt-romney',
    'Mitt Romney',
    'US',
    [['United States Senator from Utah', '2019-01-03', '2025-01-03']],
    { aliases: ['Romney'] },
  ),
  person('person-dennis-hastert', 'Dennis Hastert', 'US', [[SPEAKER, '1999-01-06', '2007-01-03', GOP]]),
  person(
    'person-nancy-pelosi',
    'Nancy Pelosi',
    'US',
    [
      [SPEAKER, '2019-01-03', '2023-01-03', DEM],
      [SPEAKER, '2007-01-04', '2011-01-03', DEM],
      ['Leader of the House Democrats', '2003-01-03', '2023-01-03', DEM],
    ],
    { aliases: ['Pelosi'] },
  ),
  person('person-john-boehner', 'John Boehner', 'US', [[SPEAKER, '2011-01-05', '2015-10-29', GOP]], {
    aliases: ['Boehner'],
  }),
  person('person-paul-ryan', 'Paul Ryan', 'US', [[SPEAKER, '2015-10-29', '2019-01-03', GOP]]),
  person('person-kevin-mccarthy', 'Kevin McCarthy', 'US', [
    [SPEAKER, '2023-01-07', '2023-10-03', GOP],
    ['Leader of the House Republicans', '2019-01-03', '2023-10-03', GOP],
  ]),
  person('person-mike-johnson', 'Mike Johnson', 'US', [[SPEAKER, '2023-10-25', undefined, GOP]]),
  person(
    'person-hakeem-jeffries',
    'Hakeem Jeffries',
    'US',
    [['Leader of the House Democrats', '2023-01-03', undefined, DEM]],
    { aliases: ['Jeffries'] },
  ),
  person('person-tom-daschle', 'Tom Daschle', 'US', [
    ['Leader of the Senate Democrats', '1995-01-03', '2005-01-03', DEM],
  ]),
  person('person-trent-lott', 'Trent Lott', 'US', [
    ['Leader of the Senate Republicans', '1996-06-12', '2003-01-03', GOP],
  ]),
  person('person-bill-frist', 'Bill Frist', 'US', [
    ['Leader of the Senate Republicans', '2003-01-03', '2007-01-03', GOP],
  ]),
  person('person-harry-reid', 'Harry Reid', 'US', [
    ['Leader of the Senate Democrats', '2005-01-03', '2017-01-03', DEM],
  ]),
  person(
    'person-mitch-mcconnell',
    'Mitch McConnell',
    'US',
    [['Leader of the Senate Republicans', '2007-01-03', '2025-01-03', GOP]],
    { aliases: ['McConnell'] },
  ),
  person(
    'person-john-thune',
    'John Thune',
    'US',
    [['Leader of the Senate Republicans', '2025-01-03', undefined, GOP]],
    { aliases: ['Thune'] },
  ),
  person(
    'person-chuck-schumer',
    'Chuck Schumer',
    'US',
    [['Leader of the Senate Democrats', '2017-01-03', undefined, DEM]],
    { aliases: ['Schumer'] },
  ),
];

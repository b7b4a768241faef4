/**
 * First-level regions news names without their country: US states, Canadian provinces and territories,
 * Australian states and territories, and the UK's four constituent countries. Facts only (name, short
 * names a reader meets, country, capital); the id carries the ISO 3166-2 code ('region-us-tx' is US-TX).
 * Two-letter postal codes ('IN', 'OR', 'ME') are never aliases: they spell common words.
 */
import type { SeedEntity } from '../../lib/kb/types';

type Extra = Partial<SeedEntity>;

const OF_COUNTRY: Record<string, string> = {
  US: 'the United States',
  CA: 'Canada',
  AU: 'Australia',
  GB: 'the United Kingdom',
};

/** One region: `code` is the ISO 3166-2 subdivision part ('TX' of US-TX), `capital` its seat of government. */
function region(
  country: string,
  code: string,
  name: string,
  kind: string,
  capital: string,
  extra: Extra = {},
): SeedEntity {
  const head = kind.charAt(0).toUpperCase() + kind.slice(1);
  return {
    id: `region-${country.toLowerCase()}-${code.toLowerCase()}`,
    type: 'place',
    kind,
    name,
    country,
    description: `${head} of ${OF_COUNTRY[country]}; capital ${capital}.`,
    hq: capital,
    wikipedia: name,
    prior: 0.7,
    ...extra,
  };
}

const state = (code: string, name: string, capital: string, extra: Extra = {}) =>
  region('US', code, name, 'state', capital, extra);
/** AP-style abbreviations kept only where the dotless word is not an English word or common name. */
const abbr = (...aliases: string[]): Extra => ({ aliases });

/** The 50 US states (the District of Columbia is the seed's Washington, D.C. entry). */
export const US_STATES: SeedEntity[] = [
  state('AL', 'Alabama', 'Montgomery'),
  state('AK', 'Alaska', 'Juneau'),
  state('AZ', 'Arizona', 'Phoenix', abbr('Ariz.')),
  state('AR', 'Arkansas', 'Little Rock'),
  state('CA', 'California', 'Sacramento', abbr('Calif.')),
  state('CO', 'Colorado', 'Denver', abbr('Colo.')),
  state('CT', 'Connecticut', 'Hartford', abbr('Conn.')),
  state('DE', 'Delaware', 'Dover'),
  state('FL', 'Florida', 'Tallahassee', abbr('Fla.')),
  // Georgia the country is the stronger prior; Atlanta, Savannah or a US article tip it to the state.
  state('GA', 'Georgia', 'Atlanta', {
    ...abbr('Ga.', 'State of Georgia'),
    wikipedia: 'Georgia (U.S. state)',
    prior: 0.5,
  }),
  state('HI', 'Hawaii', 'Honolulu', abbr('Hawaiʻi')),
  state('ID', 'Idaho', 'Boise'),
  state('IL', 'Illinois', 'Springfield'),
  state('IN', 'Indiana', 'Indianapolis'),
  state('IA', 'Iowa', 'Des Moines'),
  state('KS', 'Kansas', 'Topeka', abbr('Kans.')),
  state('KY', 'Kentucky', 'Frankfort', abbr('Ky.')),
  state('LA', 'Louisiana', 'Baton Rouge'),
  state('ME', 'Maine', 'Augusta'),
  state('MD', 'Maryland', 'Annapolis'),
  state('MA', 'Massachusetts', 'Boston'),
  state('MI', 'Michigan', 'Lansing', abbr('Mich.')),
  state('MN', 'Minnesota', 'Saint Paul', abbr('Minn.')),
  state('MS', 'Mississippi', 'Jackson'),
  state('MO', 'Missouri', 'Jefferson City'),
  state('MT', 'Montana', 'Helena'),
  state('NE', 'Nebraska', 'Lincoln', abbr('Neb.', 'Nebr.')),
  state('NV', 'Nevada', 'Carson City'),
  state('NH', 'New Hampshire', 'Concord'),
  state('NJ', 'New Jersey', 'Trenton', { acronyms: ['N.J.'] }),
  state('NM', 'New Mexico', 'Santa Fe'),
  // 'New York' alone is usually the city: the state is named as readers tell it apart.
  state('NY', 'New York State', 'Albany', {
    aliases: ['New York', 'State of New York'],
    wikipedia: 'New York (state)',
    prior: 0.4,
  }),
  state('NC', 'North Carolina', 'Raleigh'),
  state('ND', 'North Dakota', 'Bismarck'),
  state('OH', 'Ohio', 'Columbus'),
  state('OK', 'Oklahoma', 'Oklahoma City', abbr('Okla.')),
  state('OR', 'Oregon', 'Salem'),
  state('PA', 'Pennsylvania', 'Harrisburg'),
  state('RI', 'Rhode Island', 'Providence'),
  state('SC', 'South Carolina', 'Columbia'),
  state('SD', 'South Dakota', 'Pierre'),
  state('TN', 'Tennessee', 'Nashville', abbr('Tenn.')),
  state('TX', 'Texas', 'Austin', abbr('Tex.')),
  state('UT', 'Utah', 'Salt Lake City'),
  state('VT', 'Vermont', 'Montpelier', abbr('Vt.')),
  state('VA', 'Virginia', 'Richmond', abbr('Va.')),
  // 'Washington' alone is usually the federal capital: the state is named as readers tell it apart.
  state('WA', 'Washington State', 'Olympia', {
    aliases: ['Washington', 'State of Washington'],
    wikipedia: 'Washington (state)',
    prior: 0.4,
  }),
  state('WV', 'West Virginia', 'Charleston', abbr('W.Va.')),
  state('WI', 'Wisconsin', 'Madison', abbr('Wis.', 'Wisc.')),
  state('WY', 'Wyoming', 'Cheyenne', abbr('Wyo.')),
];

const ca = (code: string, name: string, kind: string, capital: string, extra: Extra = {}) =>
  region('CA', code, name, kind, capital, extra);

/** Canada's ten provinces and three territories. */
export const CANADIAN_PROVINCES: SeedEntity[] = [
  ca('AB', 'Alberta', 'province', 'Edmonton'),
  ca('BC', 'British Columbia', 'province', 'Victoria', { acronyms: ['B.C.'] }),
  ca('MB', 'Manitoba', 'province', 'Winnipeg'),
  ca('NB', 'New Brunswick', 'province', 'Fredericton'),
  ca('NL', 'Newfoundland and Labrador', 'province', "St. John's", { aliases: ['Newfoundland'] }),
  ca('NS', 'Nova Scotia', 'province', 'Halifax'),
  ca('ON', 'Ontario', 'province', 'Toronto', { ...abbr('Ont.'), prior: 0.8 }),
  ca('PE', 'Prince Edward Island', 'province', 'Charlottetown', { acronyms: ['PEI', 'P.E.I.'] }),
  ca('QC', 'Quebec', 'province', 'Quebec City', { ...abbr('Québec'), prior: 0.8 }),
  ca('SK', 'Saskatchewan', 'province', 'Regina', abbr('Sask.')),
  ca('NT', 'Northwest Territories', 'territory', 'Yellowknife', { acronyms: ['NWT'] }),
  ca('NU', 'Nunavut', 'territory', 'Iqaluit'),
  ca('YT', 'Yukon', 'territory', 'Whitehorse'),
];

const au = (code: string, name: string, kind: string, capital: string, extra: Extra = {}) =>
  region('AU', code, name, kind, capital, extra);

/** Australia's six states and two mainland territories. */
export const AUSTRALIAN_STATES: SeedEntity[] = [
  au('NSW', 'New South Wales', 'state', 'Sydney', { acronyms: ['NSW'] }),
  // Victoria is also a city in Canada, the Seychelles and Texas: Melbourne or an Australian article decide.
  au('VIC', 'Victoria', 'state', 'Melbourne', { wikipedia: 'Victoria (state)', prior: 0.65 }),
  au('QLD', 'Queensland', 'state', 'Brisbane', abbr('Qld')),
  au('SA', 'South Australia', 'state', 'Adelaide'),
  au('WA', 'Western Australia', 'state', 'Perth'),
  au('TAS', 'Tasmania', 'state', 'Hobart'),
  au('NT', 'Northern Territory', 'territory', 'Darwin'),
  au('ACT', 'Australian Capital Territory', 'territory', 'Canberra'),
];

const uk = (code: string, name: string, capital: string, extra: Extra = {}) =>
  region('GB', code, name, 'constituent country', capital, { prior: 0.85, ...extra });

/** England, Scotland, Wales and Northern Ireland. */
export const UK_NATIONS: SeedEntity[] = [
  uk('ENG', 'England', 'London'),
  uk('SCT', 'Scotland', 'Edinburgh'),
  uk('WLS', 'Wales', 'Cardiff', abbr('Cymru')),
  uk('NIR', 'Northern Ireland', 'Belfast'),
];

/** Every region entry. */
export const REGIONS: SeedEntity[] = [
  ...US_STATES,
  ...CANADIAN_PROVINCES,
  ...AUSTRALIAN_STATES,
  ...UK_NATIONS,
];

/** GeoNames admin1 codes that are not the ISO 3166-2 code (Canada and Australia number theirs). */
const GEONAMES_ADMIN1: Record<string, Record<string, string>> = {
  CA: {
    '01': 'AB',
    '02': 'BC',
    '03': 'MB',
    '04': 'NB',
    '05': 'NL',
    '07': 'NS',
    '08': 'ON',
    '09': 'PE',
    '10': 'QC',
    '11': 'SK',
    '12': 'YT',
    '13': 'NT',
    '14': 'NU',
  },
  AU: { '01': 'ACT', '02': 'NSW', '03': 'NT', '04': 'QLD', '05': 'SA', '06': 'TAS', '07': 'VIC', '08': 'WA' },
};

const REGION_IDS = new Set(REGIONS.map((r) => r.id));

/** The region entry a GeoNames city lies in ('US', 'GA' → 'region-us-ga'), or undefined when the seed lacks it. */
export function regionOfAdmin1(country: string, admin1: string): string | undefined {
  const code = GEONAMES_ADMIN1[country] ? GEONAMES_ADMIN1[country][admin1] : admin1;
  if (!code) return undefined;
  const id = `region-${country.toLowerCase()}-${code.toLowerCase()}`;
  return REGION_IDS.has(id) ? id : undefined;
}

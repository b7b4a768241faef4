/** All team-written seed entries, in the order the build merges them (later entries win). */
import type { SeedEntity } from '../../lib/kb/types';
import { MEDIA, OUTLETS } from './outlets';
import { G20_PEOPLE } from './g20-people';
import { UK_PEOPLE, US_PEOPLE } from './people';
import { REGIONS } from './regions';
import { UK_SEED } from './uk';
import { US_LEAGUES } from './us-leagues';
import { WELL_KNOWN } from './well-known';
import { COMPANIES, INTERNATIONAL, NGOS, US_ELECTIONS } from './world';

export { PARLGOV_PARTY_IDS } from './uk';

/** Every seed entry. */
export const SEED_ENTITIES: SeedEntity[] = [
  ...INTERNATIONAL,
  ...REGIONS,
  ...COMPANIES,
  ...NGOS,
  ...US_ELECTIONS,
  ...UK_SEED,
  ...OUTLETS,
  ...MEDIA,
  ...UK_PEOPLE,
  ...US_PEOPLE,
  ...G20_PEOPLE,
  ...US_LEAGUES,
  ...WELL_KNOWN,
];

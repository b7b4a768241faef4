/**
 * Which Wikidata classes (P31 "instance of" values) count as a person, an organisation or a place when a
 * name the KB lacks is looked up online. A curated list, not the class hierarchy: an item whose class is
 * not listed is not shown (a wrong card is worse than none), at the cost of some rarer kinds.
 */
import type { EntityType } from '../../contract/types';

/** A human. Fictional characters, families and animals are not people here. */
const PERSON = ['Q5'];

const ORGANIZATION = [
  'Q43229', // organization
  'Q4830453', // business
  'Q783794', // company
  'Q891723', // public company
  'Q6881511', // enterprise
  'Q167037', // corporation
  'Q658255', // subsidiary
  'Q1058914', // software company
  'Q210167', // video game developer
  'Q18388277', // technology company
  'Q7278', // political party
  'Q7210356', // political organization
  'Q3918', // university
  'Q875538', // public university
  'Q902104', // private university
  'Q38723', // higher education institution
  'Q327333', // government agency
  'Q2659904', // government organization
  'Q484652', // international organization
  'Q245065', // intergovernmental organization
  'Q163740', // nonprofit organization
  'Q79913', // non-governmental organization
  'Q157031', // foundation
  'Q15911314', // association
  'Q48204', // voluntary association
  'Q476028', // association football club
  'Q847017', // sports club
  'Q12973014', // sports team
  'Q13393265', // basketball team
  'Q17156793', // American football team
  'Q46970', // airline
  'Q11032', // newspaper
  'Q1002697', // periodical
  'Q1331793', // media company
  'Q1110794', // daily newspaper
  'Q1616075', // television station
  'Q14350', // radio station
  'Q2085381', // publisher
  'Q192350', // ministry
  'Q35749', // parliament
  'Q1752346', // bicameral legislature
  'Q17149090', // armed organization
  'Q1589009', // privately held company
  'Q31855', // research institute
  'Q1664720', // institute
  'Q33506', // museum
  'Q16917', // hospital
  'Q178706', // institution
  'Q2061186', // trade union
  'Q178790', // labor union
  'Q1785733', // environmental organization
  'Q708676', // charitable organization
  'Q431603', // advocacy group
  'Q7188', // government
  'Q66344', // central bank
  'Q22687', // bank
  'Q740752', // transport company
  'Q4671277', // academic institution
  'Q1371037', // institute of technology
  'Q732717', // law enforcement agency (police)
  'Q8473', // military
  'Q1127126', // military alliance
  'Q2385804', // educational institution
  'Q3152824', // cultural institution
  'Q1320047', // think tank
];

const PLACE = [
  'Q515', // city
  'Q1549591', // big city
  'Q5119', // capital city
  'Q1637706', // city with millions of inhabitants
  'Q200250', // metropolis
  'Q486972', // human settlement
  'Q532', // village
  'Q3957', // town
  'Q1093829', // city of the United States
  'Q15127012', // town in the United States
  'Q6256', // country
  'Q3624078', // sovereign state
  'Q7275', // state
  'Q35657', // state of the United States
  'Q10864048', // first-level administrative division
  'Q13220204', // second-level administrative division
  'Q56061', // administrative territorial entity
  'Q82794', // geographic region
  'Q23442', // island
  'Q8502', // mountain
  'Q4022', // river
  'Q23397', // lake
  'Q165', // sea
  'Q9430', // ocean
  'Q39816', // valley
  'Q123705', // neighborhood
  'Q5084', // hamlet
  'Q2983893', // quarter
  'Q47168', // county of the United States
  'Q28575', // county
  'Q180673', // ceremonial county of England
  'Q1115575', // civil parish
  'Q5107', // continent
  'Q46831', // mountain range
  'Q34763', // peninsula
  'Q12076836', // administrative region
  'Q149621', // district
  'Q484170', // commune of France
  'Q747074', // comune of Italy
  'Q2074737', // municipality of Spain
  'Q15284', // municipality
  'Q1195098', // ward
  'Q1048835', // political territorial entity
  'Q15642541', // human-geographic territorial entity
];

const CLASSES: Record<'person' | 'organization' | 'place', ReadonlySet<string>> = {
  person: new Set(PERSON),
  organization: new Set(ORGANIZATION),
  place: new Set(PLACE),
};

/** Does an item with these P31 classes fit the kind of name the article has? Unlisted classes: no. */
export function classFits(type: EntityType, instanceOf: string[]): boolean {
  if (type === 'person') return instanceOf.includes('Q5');
  if (type !== 'organization' && type !== 'place') return false;
  // A human is never an organisation or a place, whatever else the item says.
  return !instanceOf.includes('Q5') && instanceOf.some((c) => CLASSES[type].has(c));
}

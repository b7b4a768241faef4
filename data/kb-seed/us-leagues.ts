/**
 * Major League Baseball, the National Football League and the National Hockey League and their teams (the NBA's
 * come from nba_api). Facts written by the team (CC0): name, home city, country, and the nickname news uses alone
 * where it names nothing else ('Red Sox', not 'Giants'). Each team's Wikipedia article has the team's name.
 */
import type { SeedEntity } from '../../lib/kb/types';

type Team = [name: string, city: string, country: 'US' | 'CA', nickname?: string];

const MLB: Team[] = [
  ['Arizona Diamondbacks', 'Phoenix', 'US', 'Diamondbacks'],
  ['Atlanta Braves', 'Atlanta', 'US'],
  ['Baltimore Orioles', 'Baltimore', 'US', 'Orioles'],
  ['Boston Red Sox', 'Boston', 'US', 'Red Sox'],
  ['Chicago Cubs', 'Chicago', 'US'],
  ['Chicago White Sox', 'Chicago', 'US', 'White Sox'],
  ['Cincinnati Reds', 'Cincinnati', 'US'],
  ['Cleveland Guardians', 'Cleveland', 'US'],
  ['Colorado Rockies', 'Denver', 'US'],
  ['Detroit Tigers', 'Detroit', 'US'],
  ['Houston Astros', 'Houston', 'US', 'Astros'],
  ['Kansas City Royals', 'Kansas City', 'US'],
  ['Los Angeles Angels', 'Anaheim', 'US'],
  ['Los Angeles Dodgers', 'Los Angeles', 'US', 'Dodgers'],
  ['Miami Marlins', 'Miami', 'US', 'Marlins'],
  ['Milwaukee Brewers', 'Milwaukee', 'US'],
  ['Minnesota Twins', 'Minneapolis', 'US'],
  ['New York Mets', 'New York City', 'US', 'Mets'],
  ['New York Yankees', 'New York City', 'US', 'Yankees'],
  ['Philadelphia Phillies', 'Philadelphia', 'US', 'Phillies'],
  ['Pittsburgh Pirates', 'Pittsburgh', 'US'],
  ['San Diego Padres', 'San Diego', 'US', 'Padres'],
  ['San Francisco Giants', 'San Francisco', 'US'],
  ['Seattle Mariners', 'Seattle', 'US', 'Mariners'],
  ['St. Louis Cardinals', 'St. Louis', 'US'],
  ['Tampa Bay Rays', 'St. Petersburg', 'US'],
  ['Texas Rangers', 'Arlington', 'US'],
  ['Toronto Blue Jays', 'Toronto', 'CA', 'Blue Jays'],
  ['Washington Nationals', 'Washington, D.C.', 'US'],
];

const NFL: Team[] = [
  ['Arizona Cardinals', 'Glendale', 'US'],
  ['Atlanta Falcons', 'Atlanta', 'US'],
  ['Baltimore Ravens', 'Baltimore', 'US'],
  ['Buffalo Bills', 'Orchard Park', 'US'],
  ['Carolina Panthers', 'Charlotte', 'US'],
  ['Chicago Bears', 'Chicago', 'US'],
  ['Cincinnati Bengals', 'Cincinnati', 'US', 'Bengals'],
  ['Cleveland Browns', 'Cleveland', 'US'],
  ['Dallas Cowboys', 'Arlington', 'US'],
  ['Denver Broncos', 'Denver', 'US', 'Broncos'],
  ['Detroit Lions', 'Detroit', 'US'],
  ['Green Bay Packers', 'Green Bay', 'US', 'Packers'],
  ['Houston Texans', 'Houston', 'US'],
  ['Indianapolis Colts', 'Indianapolis', 'US'],
  ['Jacksonville Jaguars', 'Jacksonville', 'US'],
  ['Kansas City Chiefs', 'Kansas City', 'US'],
  ['Las Vegas Raiders', 'Las Vegas', 'US'],
  ['Los Angeles Chargers', 'Inglewood', 'US'],
  ['Los Angeles Rams', 'Inglewood', 'US'],
  ['Miami Dolphins', 'Miami Gardens', 'US'],
  ['Minnesota Vikings', 'Minneapolis', 'US'],
  ['New England Patriots', 'Foxborough', 'US'],
  ['New Orleans Saints', 'New Orleans', 'US'],
  ['New York Giants', 'East Rutherford', 'US'],
  ['New York Jets', 'East Rutherford', 'US'],
  ['Philadelphia Eagles', 'Philadelphia', 'US'],
  ['Pittsburgh Steelers', 'Pittsburgh', 'US', 'Steelers'],
  ['San Francisco 49ers', 'Santa Clara', 'US', '49ers'],
  ['Seattle Seahawks', 'Seattle', 'US', 'Seahawks'],
  ['Tampa Bay Buccaneers', 'Tampa', 'US', 'Buccaneers'],
  ['Tennessee Titans', 'Nashville', 'US'],
  ['Washington Commanders', 'Landover', 'US'],
];

const NHL: Team[] = [
  ['Anaheim Ducks', 'Anaheim', 'US'],
  ['Boston Bruins', 'Boston', 'US', 'Bruins'],
  ['Buffalo Sabres', 'Buffalo', 'US'],
  ['Calgary Flames', 'Calgary', 'CA'],
  ['Carolina Hurricanes', 'Raleigh', 'US'],
  ['Chicago Blackhawks', 'Chicago', 'US', 'Blackhawks'],
  ['Colorado Avalanche', 'Denver', 'US'],
  ['Columbus Blue Jackets', 'Columbus', 'US', 'Blue Jackets'],
  ['Dallas Stars', 'Dallas', 'US'],
  ['Detroit Red Wings', 'Detroit', 'US', 'Red Wings'],
  ['Edmonton Oilers', 'Edmonton', 'CA', 'Oilers'],
  ['Florida Panthers', 'Sunrise', 'US'],
  ['Los Angeles Kings', 'Los Angeles', 'US'],
  ['Minnesota Wild', 'Saint Paul', 'US'],
  ['Montreal Canadiens', 'Montreal', 'CA'],
  ['Nashville Predators', 'Nashville', 'US'],
  ['New Jersey Devils', 'Newark', 'US'],
  ['New York Islanders', 'Elmont', 'US'],
  ['New York Rangers', 'New York City', 'US'],
  ['Ottawa Senators', 'Ottawa', 'CA'],
  ['Philadelphia Flyers', 'Philadelphia', 'US'],
  ['Pittsburgh Penguins', 'Pittsburgh', 'US'],
  ['San Jose Sharks', 'San Jose', 'US'],
  ['Seattle Kraken', 'Seattle', 'US'],
  ['St. Louis Blues', 'St. Louis', 'US'],
  ['Tampa Bay Lightning', 'Tampa', 'US'],
  ['Toronto Maple Leafs', 'Toronto', 'CA', 'Maple Leafs'],
  ['Utah Mammoth', 'Salt Lake City', 'US'],
  ['Vancouver Canucks', 'Vancouver', 'CA', 'Canucks'],
  ['Vegas Golden Knights', 'Paradise', 'US', 'Golden Knights'],
  ['Washington Capitals', 'Washington, D.C.', 'US'],
  ['Winnipeg Jets', 'Winnipeg', 'CA'],
];

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function teams(list: Team[], league: string, acronym: string, kind: string): SeedEntity[] {
  return list.map(([name, city, country, nickname]) => ({
    id: `team-${acronym.toLowerCase()}-${slug(name)}`,
    type: 'organization',
    kind,
    name,
    ...(nickname ? { aliases: [nickname] } : {}),
    country,
    description: `${league} team (${city}).`,
    hq: city,
    parent: `league-${acronym.toLowerCase()}`,
    wikipedia: name,
    prior: 0.55,
  }));
}

const league = (name: string, acronym: string, kind: string): SeedEntity => ({
  id: `league-${acronym.toLowerCase()}`,
  type: 'organization',
  kind,
  name,
  acronyms: [acronym],
  country: 'US',
  description: `Professional ${kind.replace(/ league$/, '')} league of the United States and Canada.`,
  wikipedia: name,
  prior: 0.7,
});

/** The three leagues and their teams. */
export const US_LEAGUES: SeedEntity[] = [
  league('Major League Baseball', 'MLB', 'baseball league'),
  league('National Football League', 'NFL', 'American football league'),
  league('National Hockey League', 'NHL', 'ice hockey league'),
  ...teams(MLB, 'Major League Baseball', 'MLB', 'baseball team'),
  ...teams(NFL, 'National Football League', 'NFL', 'American football team'),
  ...teams(NHL, 'National Hockey League', 'NHL', 'ice hockey team'),
];

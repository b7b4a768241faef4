/**
 * Dates as pages write them, to ISO 8601: machine strings ("2019-11-13T14:38:00Z") and visible lines
 * ("Update: November, 13/2019 - 14:38", "13 November 2019", "Nov. 13, 2019 2:38 p.m. ET", "13.11.2019").
 * Time and zone are kept when given; without a zone the result is local ("2019-11-13T14:38").
 */
import { isRealDay } from '../contract/calendar';

/** A date found in a string: ISO form, its day, and where it was in the input. */
export interface FoundDate {
  iso: string;
  /** YYYY-MM-DD */
  day: string;
  hasTime: boolean;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  [
    'january',
    'jan',
    'januar',
    'jänner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'janeiro',
    'januari',
    'leden',
    'styczeń',
    'stycznia',
  ],
  [
    'february',
    'feb',
    'februar',
    'février',
    'févr',
    'fevrier',
    'febrero',
    'febbraio',
    'fevereiro',
    'fev',
    'februari',
    'feber',
    'luty',
    'lutego',
  ],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'marts', 'mrz', 'marca'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia'],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'settembre',
    'set',
    'setembro',
    'septembri',
    'września',
  ],
  [
    'october',
    'oct',
    'oktober',
    'okt',
    'octobre',
    'octubre',
    'ottobre',
    'ott',
    'outubro',
    'out',
    'października',
  ],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'décembre',
    'déc',
    'decembre',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
    'grudnia',
  ],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
const MONTH_RE = [...Object.keys(MONTHS)].sort((a, b) => b.length - a.length).join('|');

/** US/UK zone abbreviations to offsets; ET/PT/CT/MT resolved by US daylight time. */
const ZONES: Record<string, string> = {
  z: '+00:00',
  utc: '+00:00',
  gmt: '+00:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  mez: '+01:00',
  mesz: '+02:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  eet: '+02:00',
  eest: '+03:00',
  aest: '+10:00',
  aedt: '+11:00',
  jst: '+09:00',
};
const US_GENERIC: Record<string, number> = { et: -5, ct: -6, mt: -7, pt: -8 };
const ZONE_RE =
  '(?:utc|gmt|bst|cest|cet|mesz|mez|e[sd]t|c[sd]t|m[sd]t|p[sd]t|eest|eet|aest|aedt|jst|et|ct|mt|pt|z)\\b|[+-]\\d{2}:?\\d{2}\\b';

const pad = (n: number) => String(n).padStart(2, '0');

/** Is `day` in US daylight saving time (second Sunday of March to first Sunday of November)? */
function usDaylight(y: number, m: number, d: number): boolean {
  const sunday = (month: number, nth: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const start = sunday(3, 2);
  const end = sunday(11, 1);
  return (m > 3 && m < 11) || (m === 3 && d >= start) || (m === 11 && d < end);
}

function zoneOffset(raw: string | undefined, y: number, m: number, d: number): string {
  if (!raw) return '';
  const z = raw.toLowerCase().replace(/\./g, '');
  if (ZONES[z]) return ZONES[z];
  if (z in US_GENERIC) {
    const h = US_GENERIC[z] + (usDaylight(y, m, d) ? 1 : 0);
    return `-${pad(-h)}:00`;
  }
  const off = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  return off ? `${off[1]}${off[2]}:${off[3]}` : '';
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= new Date().getUTCFullYear() + 1 && isRealDay({ year: y, month: m, day: d });
}

function build(
  y: number,
  m: number,
  d: number,
  time: RegExpExecArray | null,
  index: number,
  length: number,
): FoundDate | undefined {
  if (!validDay(y, m, d)) return undefined;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return { iso: day, day, hasTime: false, index, length };
  let h = Number(time[1]);
  const min = Number(time[2]);
  const sec = time[3];
  const ampm = time[4]?.toLowerCase().replace(/[.\s]/g, ''); // "A. M." is am
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return { iso: day, day, hasTime: false, index, length };
  const iso = `${day}T${pad(h)}:${pad(min)}${sec ? `:${sec}` : ''}${zoneOffset(time[5], y, m, d)}`;
  return { iso, day, hasTime: true, index, length: length + time[0].length };
}

// A time right after a date: " - 14:38", ", 2:38 p.m. ET", " at 6:01 am", " um 14.38 Uhr", "T14:38:00Z".
const TIME_AFTER = new RegExp(
  `^(?:T|\\s*(?:[-–—,|@/•·]|(?:at|um|à|a las|alle|kl\\.?)(?=\\s))?\\s*)(\\d{1,2})[:.h](\\d{2})(?![\\d/-])(?::(\\d{2}))?(?:\\.\\d+)?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?:\\s*uhr)?\\s*(?:\\(?(${ZONE_RE})\\)?)?`,
  'i',
);

const PATTERNS: Array<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'num' }> = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g, order: 'ymd' },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/g, order: 'ymd' },
  { re: /\b(\d{4})\.(\d{1,2})\.(\d{1,2})(?!\d)/g, order: 'ymd' },
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:of\\s+|de\\s+)?(${MONTH_RE})\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`,
      'giu',
    ),
    order: 'dmy',
  },
  {
    re: new RegExp(
      `\\b(${MONTH_RE})\\.?,?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*[,/.]?\\s*(\\d{4})(?!\\d)`,
      'giu',
    ),
    order: 'mdy',
  },
  { re: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g, order: 'num' },
];

/**
 * Every full date (day, month and year) in `text`, in order of position. `monthFirst` decides
 * ambiguous numeric dates such as 03/04/2019 (US pages); unambiguous ones are read either way.
 */
export function findDates(text: string, monthFirst = false): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const at = m.index;
      if (taken.some(([s, e]) => at < e && at + m![0].length > s)) continue;
      let y: number, mo: number, d: number;
      if (order === 'ymd') [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      else if (order === 'dmy') [d, mo, y] = [Number(m[1]), MONTHS[m[2].toLowerCase()], Number(m[3])];
      else if (order === 'mdy') [mo, d, y] = [MONTHS[m[1].toLowerCase()], Number(m[2]), Number(m[3])];
      else {
        const a = Number(m[1]);
        const b = Number(m[3]);
        y = Number(m[4]);
        const mFirst = a > 12 ? false : b > 12 ? true : m[2] === '.' ? false : monthFirst;
        [mo, d] = mFirst ? [a, b] : [b, a];
      }
      const rest = text.slice(at + m[0].length, at + m[0].length + 40);
      const date = build(y, mo, d, TIME_AFTER.exec(rest), at, m[0].length);
      if (date) {
        found.push(date);
        taken.push([at, at + date.length]);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Parse a machine-readable or visible date string; the first full date in it, or undefined. */
export function parseDate(value: string | undefined | null, monthFirst = false): FoundDate | undefined {
  if (!value) return undefined;
  const s = value.trim();
  if (/^\d{10}(\d{3})?$/.test(s)) {
    // Unix timestamps (seconds or milliseconds), e.g. parsely/sailthru on some sites.
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const iso = new Date(ms).toISOString().slice(0, 19) + '+00:00';
    const day = iso.slice(0, 10);
    return validDay(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)))
      ? { iso, day, hasTime: true, index: 0, length: s.length }
      : undefined;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/.exec(s);
  if (compact) {
    const t = compact[4]
      ? ([`${compact[4]}:${compact[5]}`, compact[4], compact[5]] as unknown as RegExpExecArray)
      : null;
    const d = build(Number(compact[1]), Number(compact[2]), Number(compact[3]), t, 0, compact[0].length);
    if (d) return d;
  }
  return findDates(s.slice(0, 300), monthFirst)[0];
}

/** A date in a URL path such as /2019/11/13/ or /20191113/ or -2019-11-13-; day precision only. */
export function dateFromUrl(url: string): string | undefined {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep the raw string */
  }
  const m =
    // A one-digit day must end its segment: "/2023/10/3-fragen-an" is a slug opening with a number.
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-]((?:0[1-9]|[12]\d|3[01])(?=$|[/_.-])|[1-9](?=$|[/.]))/.exec(
      path,
    ) ??
    /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path) ??
    // A section between year and month: "/2010/POLITICS/08/13/democrats…" (older CNN addresses).
    /\/((?:19|20)\d{2})\/[A-Za-z]{2,20}\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//.exec(path);
  // A segment that is a European day: "/meldungen/29-10-2021".
  const dayFirst = m
    ? undefined
    : /\/(0[1-9]|[12]\d|3[01])[-.](0[1-9]|1[0-2])[-.]((?:19|20)\d{2})\/?$/.exec(path);
  if (dayFirst) {
    const [d, mo, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
}

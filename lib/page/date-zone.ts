/**
 * One publication instant written in the page's own time zone: a feed's UTC stamp
 * ("2019-11-13T23:30:00Z") shown the way the page's reader sees it ("14 November, 00:30" in Berlin).
 */
import type { FoundDate } from './date-parse';

const ZONE_TRIES = [
  '-05:00',
  '-04:00',
  '-06:00',
  '-07:00',
  '-08:00',
  '+01:00',
  '+02:00',
  '+03:00',
  '+05:30',
  '+08:00',
  '+09:00',
  '+10:00',
];

const ISO_WITH_ZONE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2})$/;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** Minutes east of UTC of an ISO string's zone, or undefined when it has none. */
export function zoneMinutes(iso: string): number | undefined {
  const m = ISO_WITH_ZONE.exec(iso);
  if (!m) return undefined;
  const sign = m[5].startsWith('-') ? -1 : 1;
  return sign * (Number(m[5].slice(1, 3)) * 60 + Number(m[5].slice(4, 6)));
}

/** The instant `iso` (which must carry a zone) written at `minutes` east of UTC, keeping seconds if it had them. */
function writeInZone(iso: string, minutes: number): string | undefined {
  const m = ISO_WITH_ZONE.exec(iso);
  const instant = Date.parse(iso);
  if (!m || Number.isNaN(instant)) return undefined;
  const local = new Date(instant + minutes * 60_000).toISOString();
  const zone = `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
  return `${local.slice(0, 16)}${m[4] ? local.slice(16, 19) : ''}${zone}`;
}

/** The same instant written in a zone where its local day is `day`, or undefined if none fits or no zone is known. */
export function inZoneOfDay(iso: string, day: string): string | undefined {
  if (!ISO_WITH_ZONE.test(iso)) return undefined;
  for (const zone of ZONE_TRIES) {
    const minutes = zoneMinutes(`2000-01-01T00:00${zone}`) ?? 0;
    const local = writeInZone(iso, minutes);
    if (local?.slice(0, 10) === day) return local;
  }
  return undefined;
}

/**
 * The instant `iso` as the page shows it in `shown`: in `shown`'s zone when both are the same instant,
 * at the offset that turns it into `shown`'s wall-clock time (a time without zone, "19. Oktober 00:04 Uhr"),
 * or in a usual zone where it falls on `shown`'s day. Undefined when `shown` is a different moment.
 */
export function asShownOnPage(iso: string, shown: FoundDate): string | undefined {
  const instant = Date.parse(iso);
  if (!ISO_WITH_ZONE.test(iso) || Number.isNaN(instant)) return undefined;
  if (!shown.hasTime) return iso.slice(0, 10) === shown.day ? iso : inZoneOfDay(iso, shown.day);
  const shownZone = zoneMinutes(shown.iso);
  if (shownZone !== undefined)
    return Math.abs(Date.parse(shown.iso) - instant) < 60_000 ? writeInZone(iso, shownZone) : undefined;
  const wall = WALL_CLOCK.exec(shown.iso);
  if (!wall) return undefined;
  const [y, mo, d, h, mi] = wall.slice(1, 6).map(Number);
  const minutes = Math.round(
    (Date.UTC(y, mo - 1, d, h, mi) - Math.floor(instant / 60_000) * 60_000) / 60_000,
  );
  // Real zones are whole quarter hours between UTC-12 and UTC+14.
  if (minutes % 15 !== 0 || minutes < -720 || minutes > 840) return undefined;
  return writeInZone(iso, minutes);
}

/**
 * A UTC stamp rewritten in the page's zone when another of the page's own stamps gives the same instant
 * with a real offset and the local day differs (meta "2017-02-23T17:18:13-08:00" beside JSON-LD
 * "2017-02-24T01:18:13Z" is the 23rd); otherwise `iso` unchanged.
 */
export function inPageZone(iso: string, others: readonly string[]): string {
  if (zoneMinutes(iso) !== 0) return iso;
  const instant = Date.parse(iso);
  for (const other of others) {
    const minutes = zoneMinutes(other);
    if (!minutes || Math.abs(Date.parse(other) - instant) >= 60_000) continue;
    // Same instant either way: rewrite only when the page's own day differs from the UTC day.
    const local = writeInZone(iso, minutes);
    return local && local.slice(0, 10) !== iso.slice(0, 10) ? local : iso;
  }
  return iso;
}

/** Country domains whose whole country keeps one time zone: a newsroom there writes its day in it. */
const COUNTRY_ZONES: Record<string, string> = {
  de: 'Europe/Berlin',
  at: 'Europe/Vienna',
  ch: 'Europe/Zurich',
  fr: 'Europe/Paris',
  it: 'Europe/Rome',
  nl: 'Europe/Amsterdam',
  be: 'Europe/Brussels',
  pl: 'Europe/Warsaw',
  cz: 'Europe/Prague',
  uk: 'Europe/London',
  ie: 'Europe/Dublin',
  fi: 'Europe/Helsinki',
  se: 'Europe/Stockholm',
  no: 'Europe/Oslo',
  dk: 'Europe/Copenhagen',
  ar: 'America/Argentina/Buenos_Aires',
  uy: 'America/Montevideo',
  co: 'America/Bogota',
  pe: 'America/Lima',
  cl: 'America/Santiago',
  jp: 'Asia/Tokyo',
  kr: 'Asia/Seoul',
  in: 'Asia/Kolkata',
};

/** Minutes east of UTC of `zone` at the instant `ms`, or undefined where the zone is unknown. */
function offsetAt(zone: string, ms: number): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(ms));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    const minutes = Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
    return Number.isFinite(minutes) ? minutes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A UTC stamp ("2022-11-06T23:00:00+00:00") written in the zone of the site's country domain, where the
 * country has one zone (".de": 00:00 on 7 November in Berlin): the day the publisher's readers saw.
 * Any other stamp, or a host without such a domain, comes back unchanged.
 */
export function inCountryZone(iso: string, url: string): string {
  if (zoneMinutes(iso) !== 0) return iso;
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return iso;
  }
  const zone = COUNTRY_ZONES[host.slice(host.lastIndexOf('.') + 1)];
  const instant = Date.parse(iso);
  const minutes = zone && !Number.isNaN(instant) ? offsetAt(zone, instant) : undefined;
  return minutes === undefined || minutes === 0 ? iso : (writeInZone(iso, minutes) ?? iso);
}

/**
 * Football clubs from openfootball/clubs (CC0): `<cc>.clubs.txt` lines 'Name, founded, @ Stadium, City' with
 * '| alias | alias' continuation lines, and `clubs.wiki*.txt` lists of club names spelled as Wikipedia titles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntity } from '../../lib/kb/types';
import { slug } from './names';

/** File codes that are not ISO 3166-1 alpha-2: the UK's nations and Kosovo. */
const FILE_COUNTRY: Record<string, [string, string]> = {
  eng: ['GB', 'England'],
  sco: ['GB', 'Scotland'],
  wal: ['GB', 'Wales'],
  nir: ['GB', 'Northern Ireland'],
  kos: ['XK', 'Kosovo'],
};

/** Club-name affixes that Wikipedia spells with dots ('F.C.') and openfootball without ('FC'). */
function clubKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\b(fc|afc|cf|sc|fk|sk|ac|as|cd|ca|ss|us|sv|vfb|vfl|tsv|bk|if|ik|kf|nk|hnk)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** An alias worth indexing: not an abbreviation with dots ('Charlton Ath.'), not a lone initial. */
function usable(alias: string): boolean {
  return alias.length >= 3 && !/\.\s*\S|\.$/.test(alias.replace(/^([A-Z]\.)+$/, ''));
}

/** Club entries; `countryNames` gives the country's English name for descriptions. */
export function footballClubs(dir: string, countryNames: Map<string, string>): KbEntity[] {
  const files = walk(dir);
  const wikiTitles = new Map<string, string | null>();
  for (const f of files.filter(
    (p) => /clubs\.wiki(\.[a-z]+)?\.txt$/.test(p) && !/wiki\.[a-z]+\.txt$/.test(p),
  )) {
    for (const raw of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const line = raw.replace(/#.*$/, '').trim();
      if (!line || line.startsWith('=')) continue;
      const key = clubKey(line);
      // Two clubs with the same key ('Nacional') are not joined at all.
      wikiTitles.set(key, wikiTitles.has(key) && wikiTitles.get(key) !== line ? null : line);
    }
  }
  const out: KbEntity[] = [];
  const used = new Set<string>();
  for (const f of files.filter((p) => /\/([a-z]+)\.clubs\.txt$/.test(p))) {
    const code = f.match(/\/([a-z]+)\.clubs\.txt$/)![1];
    const [country, nation] = FILE_COUNTRY[code] ?? [
      code.toUpperCase(),
      countryNames.get(code.toUpperCase()),
    ];
    let current: KbEntity | undefined;
    // Half the files end lines with CRLF: split on both, or a '## - Istanbul' comment line becomes a club.
    for (const raw of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const line = raw.replace(/\s#.*$/, '').replace(/^#.*$/, '');
      if (!line.trim() || line.trim().startsWith('=')) continue;
      if (/^\s+\|/.test(line)) {
        if (!current) continue;
        for (const a of line.split('|').map((s) => s.replace(/\s*\[[a-z]{2}\]$/, '').trim())) {
          if (!a || !usable(a) || a === current.name) continue;
          if (/^[A-Z0-9]{2,6}$/.test(a)) (current.acronyms ??= []).push(a);
          else (current.aliases ??= []).push(a);
        }
        continue;
      }
      if (/^\s/.test(line)) continue;
      const parts = line.split(',').map((s) => s.trim());
      const name = parts[0].replace(/\s*\(\d+\)$/, '').trim();
      if (!name || name.length < 3) continue;
      const founded = parts.find((p) => /^\d{4}$/.test(p));
      const stadium = parts
        .find((p) => p.startsWith('@'))
        ?.slice(1)
        .trim();
      const city = parts
        .slice(1)
        .find((p) => p && !/^\d{4}$/.test(p) && !p.startsWith('@'))
        ?.replace(/\s*\(.*$/, '')
        .trim();
      let id = `club-${country.toLowerCase()}-${slug(name)}`;
      if (used.has(id)) id = `${id}-${slug(city ?? 'x')}`;
      if (used.has(id)) continue;
      used.add(id);
      const title = wikiTitles.get(clubKey(name)) ?? undefined;
      const where = [city, nation].filter(Boolean).join(', ');
      current = {
        id,
        type: 'organization',
        kind: 'football club',
        name,
        country,
        description: `Football club${where ? ` (${where})` : ''}${founded ? `, founded ${founded}` : ''}${stadium ? `; home ground ${stadium}` : ''}.`,
        ...(founded ? { founded } : {}),
        ...(city ? { hq: city } : {}),
        ...(title ? { wikipedia: title } : {}),
        prior: title ? 0.45 : 0.3,
        sources: ['openfootball'],
      };
      // 'Arsenal FC' is written 'Arsenal'; the bare form is added when the file has not already.
      const bare = name.replace(
        /^(AFC|FC|CF|SC|FK|SK|AC|AS|CD|KF|NK|HNK)\s+|\s+(F\.?C\.?|A\.?F\.?C\.?|CF|SC|FK)$/,
        '',
      );
      if (bare !== name && bare.length >= 4) (current.aliases ??= []).push(bare);
      out.push(current);
    }
  }
  for (const e of out) {
    if (e.aliases) e.aliases = [...new Set(e.aliases)].filter((a) => a !== e.name).sort();
    if (e.acronyms) e.acronyms = [...new Set(e.acronyms)].sort();
  }
  return out;
}

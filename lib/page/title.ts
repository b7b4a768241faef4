/**
 * The headline without the site's name: "Story | Site", "Site - Story" and "Story – Site" lose the site part
 * when it names the publisher or the domain; a headline that merely contains a dash keeps it.
 */

const SEPARATOR = /\s+[|\-–—:»·•/\\]\s+/;

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Does `part` name the site (publisher or a label of the host, "nytimes" for www.nytimes.com)? */
function namesSite(part: string, siteNames: string[], host: string): boolean {
  const p = squash(part);
  if (!p || p.length > 40) return false;
  const hostParts = host.replace(/^www\d?\./, '').split('.');
  const hostCore = squash(hostParts.slice(0, -1).join('')) || squash(host);
  // The registrable label: 'bbc' for www.bbc.co.uk, 'nytimes' for www.nytimes.com.
  const label = hostParts.filter((h) => !/^(co|com|org|net|ac|gov|edu|news)$/.test(h)).slice(-2, -1)[0] ?? '';
  if (
    label.length >= 3 &&
    p.startsWith(squash(label)) &&
    p.length <= label.length + 8 &&
    part.split(/\s+/).length <= 3
  )
    return true;
  if (siteNames.some((s) => squash(s) === p || (squash(s).length > 3 && p.startsWith(squash(s)))))
    return true;
  if (p === hostCore || hostParts.some((h) => h.length > 2 && squash(h) === p)) return true;
  return p.length >= 4 && (hostCore.startsWith(p) || p.startsWith(hostCore));
}

/** Remove a leading or trailing site name from `title`; keep the title if nothing site-like is there. */
export function stripSiteName(title: string, siteNames: string[], url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    /* no host to compare against */
  }
  let t = title.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) {
    const parts = t.split(SEPARATOR);
    if (parts.length < 2) break;
    const last = parts[parts.length - 1];
    const first = parts[0];
    const m = t.match(new RegExp(`(${SEPARATOR.source})(?!.*${SEPARATOR.source})`));
    if (m && namesSite(last, siteNames, host) && m.index !== undefined) {
      t = t.slice(0, m.index).trim();
    } else if (namesSite(first, siteNames, host)) {
      t = t.slice(t.search(SEPARATOR)).replace(SEPARATOR, '').trim();
    } else break;
  }
  return t || title.trim();
}

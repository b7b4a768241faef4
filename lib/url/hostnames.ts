/**
 * Hostname helpers: which registrable suffixes to try for a page host, and the country a country-code
 * top-level domain stands for.
 */

/** 'edition.cnn.com' → ['edition.cnn.com', 'cnn.com']; 'www.bbc.co.uk' → ['bbc.co.uk', 'co.uk' is never returned]. */
export function hostCandidates(hostOrUrl: string): string[] {
  let host = hostOrUrl.trim().toLowerCase();
  const m = host.match(/^[a-z]+:\/\/([^/:?#]+)/);
  if (m) host = m[1];
  host = host.replace(/^www\d?\./, '').replace(/\.$/, '');
  const labels = host.split('.').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i++) {
    const rest = labels.slice(i);
    // 'co.uk', 'com.au': a second-level public suffix alone is not a site.
    if (rest.length === 2 && /^(co|com|org|net|gov|ac|news)$/.test(rest[0]) && rest[1].length === 2) break;
    out.push(rest.join('.'));
  }
  return out;
}

const GENERIC_CC_TLDS = new Set([
  'co',
  'io',
  'tv',
  'me',
  'fm',
  'ai',
  'ly',
  'am',
  'cc',
  'ws',
  'to',
  'gg',
  'is',
  'eu',
]);

/** The ISO country of a host's country-code TLD ('bbc.co.uk' → 'GB'), or undefined for .com, .io and the like. */
export function countryOfHost(hostOrUrl: string): string | undefined {
  const host = hostCandidates(hostOrUrl)[0];
  const tld = host?.split('.').pop();
  if (!tld || tld.length !== 2 || GENERIC_CC_TLDS.has(tld)) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

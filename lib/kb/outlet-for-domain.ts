/**
 * Names the publisher of a page from its hostname, without loading the KB: a small table the KB build
 * writes (assets/kb/outlet-domains.json), safe to bundle in the content script.
 */
import outletDomains from '../../assets/kb/outlet-domains.json';
import { hostCandidates } from '../url/hostnames';

const table = outletDomains as unknown as Record<string, [string, string]>;

/** The news outlet that owns `hostname` ('www.theguardian.com' → The Guardian), or undefined if unknown. */
export function outletForDomain(hostname: string): { kbId: string; name: string } | undefined {
  for (const host of hostCandidates(hostname)) {
    const hit = Object.prototype.hasOwnProperty.call(table, host) ? table[host] : undefined;
    if (hit) return { kbId: hit[0], name: hit[1] };
  }
  return undefined;
}

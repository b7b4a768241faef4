/**
 * Where the worker finds the shipped data files: Vite emits them and gives their extension URLs.
 * Only the background imports this module, so the content script never carries the KB or models.
 */
import { browser } from 'wxt/browser';
import type { AssetName, LoadAsset } from '@/lib/analysis/engine';
import kbUrl from '@/assets/kb/kb.json.gz?url';
import nerUrl from '@/assets/models/ner.bin.gz?url';
import claimsUrl from '@/assets/models/claims.bin.gz?url';

const URLS: Record<AssetName, string> = { kb: kbUrl, ner: nerUrl, claims: claimsUrl };

/** Fetch one shipped file from the extension package. */
export const loadExtensionAsset: LoadAsset = async (name) => {
  const url = URLS[name].startsWith('/') ? browser.runtime.getURL(URLS[name] as '/') : URLS[name];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not read the built-in ${name} data (${response.status}); reinstall the extension.`);
  return new Uint8Array(await response.arrayBuffer());
};

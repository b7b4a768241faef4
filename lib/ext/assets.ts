/**
 * Where the worker finds the shipped data files: copied verbatim into the package by the build
 * (wxt.config.ts) and fetched on first use. Only the background imports this module, so the content script
 * never carries the KB or the models.
 */
import { browser } from 'wxt/browser';
import { packagedPath } from '@/lib/analysis/asset-files';
import type { LoadAsset } from '@/lib/analysis/engine';

/** Fetch one shipped file from the extension package. */
export const loadExtensionAsset: LoadAsset = async (name) => {
  const response = await fetch(browser.runtime.getURL(packagedPath(name) as '/'));
  if (!response.ok)
    throw new Error(
      `Could not read the built-in ${name} data (${response.status}); reinstall the extension.`,
    );
  return new Uint8Array(await response.arrayBuffer());
};

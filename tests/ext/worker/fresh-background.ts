import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/worker/background-service';
import { openRelatedStores } from '@/lib/ext/history-store';
import { loadNodeAsset } from '../../../scripts/lib/node-assets';

let db = 0;

/**
 * A reset fake browser and a background worker over the shipped assets, with its own IndexedDB so no test
 * sees another's history. Call it in `beforeEach`.
 */
export function startFreshBackground(name: string, options: { hostPermission?: boolean } = {}): void {
  fakeBrowser.reset();
  const dbName = `${name}-${++db}`;
  startBackground({
    loadAsset: loadNodeAsset,
    openStores: (historyLimit) => openRelatedStores({ dbName, historyLimit }),
    hasHostPermission: async () => options.hostPermission ?? false,
  });
}

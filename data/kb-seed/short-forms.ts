/**
 * Short forms news writes for entries that come from the open-data sources (written by the team, CC0):
 * the build adds them as aliases of the entry with that id, and fails when the id is missing.
 */
export const SHORT_FORMS: Record<string, string[]> = {
  'us-federal-reserve-system': [
    'Federal Reserve',
    'the Fed',
    'Fed',
    'US Federal Reserve',
    'Federal Reserve Board',
  ],
  // 'The Treasury': a generic name the linker gives to the story's own country's body only.
  'us-treasury-department': ['Treasury', 'US Treasury', 'U.S. Treasury'],
  'gb-hm-treasury': ['Treasury'],
  'club-gb-manchester-united-fc': ['Man United'],
  'club-gb-manchester-city-fc': ['Man City'],
  'club-gb-newcastle-united-fc': ['the Magpies'],
  'club-es-fc-barcelona': ['Barça', 'Barca'],
  'club-it-juventus': ['Juve'],
  'club-fr-paris-saint-germain': ['PSG'],
};

/**
 * The reader's feature settings, applied once, here in the worker: the popup, the badge and the highlights
 * all show what this returns, so they agree ("Cards for: places" off means no place anywhere).
 */
import type { Analysis } from '@/lib/contract/types';
import type { Settings } from '@/lib/settings';

/** Which popup sections the reader wants; the worker says it with the analysis. */
export interface ShownSections {
  claims: boolean;
  timeline: boolean;
  related: boolean;
}

/** The sections the settings switch on. */
export const shownSections = ({ features }: Settings): ShownSections => ({
  claims: features.claims,
  timeline: features.timeline,
  related: features.related,
});

/** The analysis as the reader asked to see it: entity types, claims, timeline and related coverage. */
export function applyFeatureSettings(analysis: Analysis, settings: Settings): Analysis {
  const { features } = settings;
  return {
    ...analysis,
    entities: analysis.entities.filter((e) => features.entityTypes[e.type]),
    claims: features.claims ? analysis.claims : [],
    timeline: features.timeline ? analysis.timeline : [],
    related: features.related ? analysis.related : [],
  };
}

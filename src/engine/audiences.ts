import { audienceOverlap } from './overlap';
import type { Scenario } from './schema';
import type { AudiencePoint } from './types';

export interface AudienceSaturation {
  /** φ of each line item, in line item order: its audience's saturation, 1 without an audience */
  saturationOf: number[];
  audiences: AudiencePoint[];
}

/**
 * The overlap of every audience from each line item's reach before overlap (docs/MODEL.md §4):
 * the typical case passes its median reach, sensitivity a moved one. Line items that name no
 * audience keep φ = 1.
 */
export function audienceSaturation(scenario: Scenario, reachBefore: readonly number[]): AudienceSaturation {
  const saturationOf = scenario.lineItems.map(() => 1);
  const audiences = (scenario.audiences ?? []).map((audience): AudiencePoint => {
    const members: { creators: number; reach: number }[] = [];
    const indices: number[] = [];
    scenario.lineItems.forEach((item, i) => {
      if (item.audience !== audience.id) return;
      members.push({ creators: item.creators, reach: reachBefore[i] ?? 0 });
      indices.push(i);
    });
    const overlap = audienceOverlap(audience.size, members);
    for (const i of indices) saturationOf[i] = overlap.saturation;
    return {
      id: audience.id,
      label: audience.label ?? '',
      size: audience.size,
      grossReach: overlap.grossReach,
      reach: overlap.uniqueReach,
      saturation: overlap.saturation,
      penetration: overlap.uniqueReach / audience.size,
    };
  });
  return { saturationOf, audiences };
}

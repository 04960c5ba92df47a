import type { Scenario } from './schema';
import { TIERS, type Tier } from './vocabulary';

/**
 * Creator tiers by follower count (docs/MODEL.md §2). The seeds disagree on where nano ends, so both
 * conventions are selectable; 'standard' (seeds 002 and 003) is the default, 'agency' is seed 001.
 */
export type TierConvention = 'standard' | 'agency';

export const TIER_CONVENTIONS = ['standard', 'agency'] as const satisfies readonly TierConvention[];

/** Inclusive follower bounds of each tier; `max: null` means no upper bound. */
export interface TierBounds {
  min: number;
  max: number | null;
}

export const TIER_BOUNDS: Record<TierConvention, Record<Tier, TierBounds>> = {
  standard: {
    nano: { min: 0, max: 9_999 },
    micro: { min: 10_000, max: 99_999 },
    macro: { min: 100_000, max: 999_999 },
    mega: { min: 1_000_000, max: null },
  },
  agency: {
    nano: { min: 0, max: 999 },
    micro: { min: 1_000, max: 99_999 },
    macro: { min: 100_000, max: 999_999 },
    mega: { min: 1_000_000, max: null },
  },
};

/**
 * The tier a creator with this many followers belongs to. Tiers are found by their lower bounds
 * so that a fractional count such as 9,999.5 (an average over a group) still lands in one tier.
 */
export function tierOfFollowers(followers: number, convention: TierConvention = 'standard'): Tier {
  const bounds = TIER_BOUNDS[convention];
  let tier: Tier = 'nano';
  for (const candidate of TIERS) if (followers >= bounds[candidate].min) tier = candidate;
  return tier;
}

/** The tier convention a scenario is planned with; it lives in `meta` because the file format has no field for it. */
export function tierConventionOf(scenario: Pick<Scenario, 'meta'>): TierConvention {
  return scenario.meta?.['tierConvention'] === 'agency' ? 'agency' : 'standard';
}

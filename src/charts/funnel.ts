import type { Volumes } from '../engine/types';

export type FunnelKey = 'impressions' | 'reach' | 'engagements' | 'clicks' | 'conversions' | 'leads';

/** What a step is measured against; each has its "… of impressions/clicks" wording. */
export type FunnelBase = 'impressions' | 'clicks';

export interface FunnelStep {
  key: FunnelKey;
  value: number;
  /** the step this one is measured against (clicks per impression, conversions per click…) */
  base: FunnelBase | null;
  /** value / base value; null when the base is 0 */
  rate: number | null;
}

const BASE_OF: Record<FunnelKey, FunnelBase | null> = {
  impressions: null,
  reach: 'impressions',
  engagements: 'impressions',
  clicks: 'impressions',
  conversions: 'clicks',
  leads: 'clicks',
};

/** The funnel as the model computes it: clicks are per view, orders and leads per click. Leads only when there are any. */
export function funnelSteps(volumes: Volumes): FunnelStep[] {
  const keys: FunnelKey[] = ['impressions', 'reach', 'engagements', 'clicks', 'conversions'];
  if (volumes.leads > 0) keys.push('leads');
  return keys.map((key) => {
    const base = BASE_OF[key];
    const baseValue = base ? volumes[base] : 0;
    return { key, value: volumes[key], base, rate: base && baseValue > 0 ? volumes[key] / baseValue : null };
  });
}

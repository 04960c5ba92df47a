import type { UnitMetrics, Volumes } from './types';
import { ratio } from './unitEconomics';

type MetricVolumes = Pick<Volumes, 'impressions' | 'engagements' | 'clicks' | 'conversions' | 'leads' | 'netRevenue'>;

/**
 * CPM, CPE, CPC, CPA, CPL, ROAS and ROI of docs/MODEL.md §4 for a given cost: a line item's payout, or the
 * campaign's payout plus overheads. Each is null when its denominator is 0.
 */
export function unitMetrics(volumes: MetricVolumes, cost: number, profit: number): UnitMetrics {
  return {
    roi: ratio(profit, cost),
    roas: ratio(volumes.netRevenue, cost),
    cpm: ratio(cost * 1000, volumes.impressions),
    cpe: ratio(cost, volumes.engagements),
    cpc: ratio(cost, volumes.clicks),
    cpa: ratio(cost, volumes.conversions),
    cpl: ratio(cost, volumes.leads),
  };
}

/** What the impressions would have cost as paid media; shown beside ROI, never inside it. */
export function mediaValue(impressions: number, mediaValueCpm: number): number {
  return (impressions / 1000) * mediaValueCpm;
}

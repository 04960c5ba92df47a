import type { McSamples } from '../../engine/types';
import { toCsv } from '../csv/toCsv';

export const SAMPLES_CSV_COLUMNS = ['trial', 'impressions', 'reach', 'clicks', 'conversions', 'netRevenue', 'cost', 'profit', 'roi', 'payout'] as const;

/**
 * Every simulated trial of one scenario, for an auditor to recompute the summary figures.
 * Trials count from 1; a trial without a defined ROI (no cost) has an empty cell. Version 3 appends
 * `payout`, the cost before overheads, as the last column so the earlier ones keep their places.
 */
export function samplesCsv(samples: McSamples): string {
  const n = samples.profit.length;
  const rows: (number | string)[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const roi = samples.roi[i] ?? NaN;
    rows[i] = [
      i + 1,
      samples.impressions[i] ?? '',
      samples.reach[i] ?? '',
      samples.clicks[i] ?? '',
      samples.conversions[i] ?? '',
      samples.netRevenue[i] ?? '',
      samples.cost[i] ?? '',
      samples.profit[i] ?? '',
      Number.isFinite(roi) ? roi : '',
      samples.payout[i] ?? '',
    ];
  }
  return toCsv(SAMPLES_CSV_COLUMNS, rows);
}

import type { Scenario } from '../../engine/schema';
import type { MonteCarloResult, PointResult } from '../../engine/types';
import { toCsv } from '../csv/toCsv';

/** One compared scenario as the results export sees it. */
export interface ResultsCsvScenario {
  scenario: Scenario;
  point: PointResult;
  /** the compared Monte Carlo run, if it has finished */
  monteCarlo?: MonteCarloResult | null;
  /** P(profit above the baseline's), null for the baseline itself */
  probabilityBeatsBaseline?: number | null;
}

export const RESULTS_CSV_COLUMNS = [
  'scenario',
  'currency',
  'level',
  'lineItemId',
  'lineItem',
  'impressions',
  'reach',
  'engagements',
  'clicks',
  'conversions',
  'leads',
  'netRevenue',
  'cost',
  'grossProfit',
  'profit',
  'roi',
  'roas',
  'cpm',
  'cpe',
  'cpc',
  'cpa',
  'cpl',
  'profitP5',
  'profitP50',
  'profitP95',
  'probabilityOfLoss',
  'probabilityBeatsBaseline',
] as const;

type Cell = string | number;

/** Undefined metrics export as empty cells: spreadsheets read those as blanks, not as text. */
const num = (v: number | null | undefined): Cell => (typeof v === 'number' && Number.isFinite(v) ? v : '');

/**
 * The comparison as a spreadsheet: per scenario one row per line item (its payout as cost), then
 * one campaign row with the totals and the Monte Carlo figures. Numbers stay raw, unformatted;
 * names that start like a formula are escaped.
 */
export function resultsCsv(items: readonly ResultsCsvScenario[]): string {
  const rows: Cell[][] = [];
  for (const { scenario, point, monteCarlo, probabilityBeatsBaseline } of items) {
    const head = [scenario.name, scenario.currency];
    for (const li of point.lineItems) {
      rows.push([
        ...head, 'lineItem', li.id, li.label,
        num(li.impressions), num(li.reach), num(li.engagements), num(li.clicks), num(li.conversions), num(li.leads),
        num(li.netRevenue), num(li.payout), num(li.grossProfit), num(li.profit),
        num(li.roi), num(li.roas), num(li.cpm), num(li.cpe), num(li.cpc), num(li.cpa), num(li.cpl),
        '', '', '', '', '',
      ]);
    }
    const tt = point.totals;
    const profit = monteCarlo?.metrics.profit;
    rows.push([
      ...head, 'campaign', '', '',
      num(tt.impressions), num(tt.reach), num(tt.engagements), num(tt.clicks), num(tt.conversions), num(tt.leads),
      num(tt.netRevenue), num(tt.cost), num(tt.grossProfit), num(tt.profit),
      num(tt.roi), num(tt.roas), num(tt.cpm), num(tt.cpe), num(tt.cpc), num(tt.cpa), num(tt.cpl),
      num(profit?.p5), num(profit?.p50), num(profit?.p95), num(monteCarlo?.probabilityOfLoss), num(probabilityBeatsBaseline),
    ]);
  }
  return toCsv(RESULTS_CSV_COLUMNS, rows);
}

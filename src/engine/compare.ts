import type { MonteCarloResult, PointResult } from './types';

/**
 * Comparing scenarios. Scenarios that share line items share their Monte Carlo draws (docs/MODEL.md §5:
 * common random numbers), so comparing them trial by trial measures the plans, not the noise.
 */

/** Share of trials in which `candidate` is strictly above `baseline` (same seed and trial count). */
export function probabilityBeats(candidate: Float64Array, baseline: Float64Array): number | null {
  if (candidate.length !== baseline.length || candidate.length === 0) return null;
  let wins = 0;
  for (let t = 0; t < candidate.length; t++) if (candidate[t]! > baseline[t]!) wins++;
  return wins / candidate.length;
}

/** Which way a metric is better; `neither` for a figure that is a choice, not a score (frequency). */
export type Better = 'higher' | 'lower' | 'neither';

/** Compared figures that come from the Monte Carlo rather than the typical case. */
type SimulatedMetric = 'probabilityOverBudget';

export const COMPARED_METRICS = [
  { key: 'cost', better: 'lower' },
  { key: 'budgetLeft', better: 'higher' },
  { key: 'probabilityOverBudget', better: 'lower' },
  { key: 'impressions', better: 'higher' },
  { key: 'reach', better: 'higher' },
  { key: 'frequency', better: 'neither' },
  { key: 'engagements', better: 'higher' },
  { key: 'clicks', better: 'higher' },
  { key: 'conversions', better: 'higher' },
  { key: 'leads', better: 'higher' },
  { key: 'netRevenue', better: 'higher' },
  { key: 'grossProfit', better: 'higher' },
  { key: 'profit', better: 'higher' },
  { key: 'roi', better: 'higher' },
  { key: 'roas', better: 'higher' },
  { key: 'cpm', better: 'lower' },
  { key: 'cpc', better: 'lower' },
  { key: 'cpa', better: 'lower' },
  { key: 'cpl', better: 'lower' },
] as const satisfies readonly { key: keyof PointResult['totals'] | SimulatedMetric; better: Better }[];

export type ComparedMetric = (typeof COMPARED_METRICS)[number]['key'];

/** The rows about a budget, left out of a comparison in which no scenario has one. */
export const BUDGET_METRICS: ReadonlySet<ComparedMetric> = new Set(['budgetLeft', 'probabilityOverBudget']);

export interface ComparisonCell {
  value: number | null;
  /** value − baseline value; null for the baseline itself or when either is undefined */
  delta: number | null;
  /** delta / |baseline value|; null when the baseline value is 0 or undefined */
  deltaShare: number | null;
  /** the best value of the row (ties all marked) */
  best: boolean;
}

export interface ComparisonRow {
  key: ComparedMetric;
  better: Better;
  cells: ComparisonCell[];
}

/**
 * The metrics table of the compare view: one column per scenario, deltas against the baseline.
 * `runs` holds each scenario's latest Monte Carlo result (null while none), for the figures only
 * a simulation gives; without it those cells are undefined.
 */
export function comparisonRows(points: readonly PointResult[], baselineIndex: number, runs: readonly (MonteCarloResult | null)[] = []): ComparisonRow[] {
  return COMPARED_METRICS.map(({ key, better }) => {
    const values = points.map((p, i) => finiteOrNull(key === 'probabilityOverBudget' ? (runs[i]?.probabilityOverBudget ?? null) : p.totals[key]));
    const base = values[baselineIndex] ?? null;
    const defined = values.filter((v): v is number => v !== null);
    const best = defined.length < 2 || better === 'neither' ? null : better === 'higher' ? Math.max(...defined) : Math.min(...defined);
    return {
      key,
      better,
      cells: values.map((value, i) => {
        const delta = i === baselineIndex || value === null || base === null ? null : value - base;
        return {
          value,
          delta,
          deltaShare: delta === null || base === null || base === 0 ? null : delta / Math.abs(base),
          best: best !== null && value === best,
        };
      }),
    };
  });
}

function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

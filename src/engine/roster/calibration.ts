import { benchmarkDefaults } from '../defaults';
import { rateMedian } from '../distributions';
import type { Rate, Scenario } from '../schema';
import { tierConventionOf, tierOfFollowers } from '../tiers';
import { PLATFORMS, TIERS, type Platform, type Tier } from '../vocabulary';
import { notice, type CsvNotice } from './csvRules';
import { randomEffects, type Observation, type Prior } from './randomEffects';
import { rangeOf, rateCap, sigmaOf } from './ranges';
import type { ResultColumns, ResultRow } from './types';

/**
 * Past results to calibrated ranges (docs/MODEL.md §9): per tier × platform and per rate, the
 * creators' observed rates update the scenario's current range, the prior, by the random-effects
 * formulas of randomEffects.ts. The prior is the first line item of that tier and platform, or the
 * benchmark when the scenario has none.
 */

export const CALIBRATED_RATES = ['reachRate', 'clickRate', 'conversionRate', 'leadRate'] as const;
export type CalibratedRate = (typeof CALIBRATED_RATES)[number];

type Count = 'impressions' | 'clicks' | 'orders' | 'leads';

/** Numerator and denominator of each rate; reachRate's denominator is followers × posts. */
const FRACTION: Record<CalibratedRate, { x: Count; d: Count | 'followers × posts' }> = {
  reachRate: { x: 'impressions', d: 'followers × posts' },
  clickRate: { x: 'clicks', d: 'impressions' },
  conversionRate: { x: 'orders', d: 'clicks' },
  leadRate: { x: 'leads', d: 'clicks' },
};

/** A rate is calibrated when the file has its columns; a results file always has posts. */
function hasColumns(rate: CalibratedRate, columns: ResultColumns): boolean {
  const { x, d } = FRACTION[rate];
  return columns[x] && (d === 'followers × posts' ? columns.followers : columns[d]);
}

export interface RateCalibration {
  /** creators with results for this rate */
  n: number;
  /** the prior: the line item's rate, or the benchmark's */
  before: Rate;
  /** the calibrated range; `before` itself when n = 0 */
  after: Rate;
}

export interface CalibrationGroup {
  tier: Tier;
  platform: Platform;
  /** rows of the file in this tier × platform */
  creators: number;
  /** the scenario's line items of this tier and platform, which applying the calibration changes */
  lineItemIds: string[];
  /** every rate whose columns the file has, n = 0 included */
  rates: Partial<Record<CalibratedRate, RateCalibration>>;
}

export interface Calibration {
  groups: CalibrationGroup[];
  notices: CsvNotice[];
}

/**
 * The prior of docs/MODEL.md §9: a range's median and σ; a known number (or a range with low = high)
 * keeps its value with the benchmark's σ (σ₀ = 1 for the lead rate, which has no benchmark); a
 * median of 0 takes the creators' pooled rate with σ₀ = 1.
 */
function priorOf(before: Rate, benchmark: Rate | null, observations: readonly Observation[]): Prior {
  const median = rateMedian(before);
  if (median <= 0) {
    const pooled = (observations.reduce((s, o) => s + o.x, 0) + 0.5) / (observations.reduce((s, o) => s + o.d, 0) + 0.5);
    return { median: pooled, sigma: 1 };
  }
  const point = typeof before === 'number' || before.low === before.high;
  const sigma = point ? (benchmark === null ? 1 : sigmaOf(benchmark)) : sigmaOf(before);
  return { median, sigma };
}

function observationsOf(rows: readonly ResultRow[], rate: CalibratedRate, notices: CsvNotice[]): Observation[] {
  const { x: xName, d: dName } = FRACTION[rate];
  const out: Observation[] = [];
  for (const row of rows) {
    const x = row[xName];
    const d = dName === 'followers × posts' ? (row.followers === undefined ? undefined : row.followers * row.posts) : row[dName];
    if (x === undefined || d === undefined || !(d > 0)) continue;
    if (rate !== 'reachRate' && x > d) {
      notices.push(notice('numeratorAboveDenominator', { row: row.row, numerator: xName, x, denominator: dName, d, rate }));
      continue;
    }
    out.push({ x, d });
  }
  return out;
}

export function calibrate(scenario: Scenario, rows: readonly ResultRow[], columns: ResultColumns): Calibration {
  const convention = tierConventionOf(scenario);
  const notices: CsvNotice[] = [];
  const groups: CalibrationGroup[] = [];
  const rates = CALIBRATED_RATES.filter((r) => hasColumns(r, columns));
  const rho = scenario.simulation.creatorCorrelation;
  for (const tier of TIERS)
    for (const platform of PLATFORMS) {
      const members = rows.filter((r) => r.platform === platform && (r.tier ?? tierOfFollowers(r.followers ?? 0, convention)) === tier);
      if (members.length === 0) continue;
      const items = scenario.lineItems.filter((i) => i.tier === tier && i.platform === platform);
      if (items.length === 0) notices.push(notice('noLineItem', { tier, platform }));
      const benchmark = benchmarkDefaults(tier, platform, convention);
      const group: CalibrationGroup = { tier, platform, creators: members.length, lineItemIds: items.map((i) => i.id), rates: {} };
      for (const rate of rates) {
        const benchmarkRate = rate === 'leadRate' ? null : benchmark[rate].value;
        const before = items[0]?.[rate] ?? benchmarkRate ?? 0;
        const observations = observationsOf(members, rate, notices);
        if (observations.length === 0) {
          group.rates[rate] = { n: 0, before, after: before };
          continue;
        }
        const steps = randomEffects(priorOf(before, benchmarkRate, observations), observations, rate === 'reachRate', rho);
        group.rates[rate] = { n: observations.length, before, after: rangeOf(steps.mu, steps.s, rateCap(rate)) };
      }
      groups.push(group);
    }
  return { groups, notices };
}

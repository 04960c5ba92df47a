import { rateAtZ, rateMedian, Z95 } from './distributions';
import { projectPoint } from './point';
import type { LineItem, RateKind, Scenario } from './schema';
import type { PointResult } from './types';

/** One bar of the tornado: campaign profit with one uncertain input at its P5 and at its P95. */
export interface TornadoBar {
  lineItemId: string;
  lineItemLabel: string;
  kind: RateKind;
  /** the input's P5 and P95 (a rate) */
  lowValue: number;
  highValue: number;
  /** campaign profit with this input at its P5 / P95 and every other input at its median */
  profitAtLow: number;
  profitAtHigh: number;
  /** |profitAtHigh − profitAtLow| */
  swing: number;
}

export interface Tornado {
  /** campaign profit with every input at its median (the point projection) */
  baseProfit: number;
  /** every uncertain input, the widest swing first */
  bars: TornadoBar[];
}

/** The tornado in bounded steps, so that a worker can report progress and stop it between them. */
export interface TornadoTask {
  /** works out one more bar (two point projections); true when every bar is done */
  step(): boolean;
  /** share of the bars done, 0–1 */
  readonly progress: number;
  /** the tornado; throws if it is not finished */
  result(): Tornado;
}

/**
 * Sensitivity of campaign profit to each uncertain input, one at a time (docs/MODEL.md §4 point projection
 * with one rate moved to its 5th or 95th percentile). Known rates have no range and no bar. Each bar
 * projects the whole campaign twice, so the work grows with the square of the line items (400 bars of
 * 100 line items take over half a second): the app runs it in steps in the worker.
 */
export function startTornado(scenario: Scenario): TornadoTask {
  const baseProfit = projectPoint(scenario).totals.profit;
  const inputs = scenario.lineItems.flatMap((item) =>
    UNCERTAIN_KINDS.flatMap((kind) => {
      const rate = item[kind];
      return typeof rate === 'number' ? [] : [{ item, kind, rate }];
    }),
  );
  const bars: TornadoBar[] = [];
  return {
    step() {
      const next = inputs[bars.length];
      if (next) {
        const { item, kind, rate } = next;
        const profitAt = (z: number) => projectPoint(scenario, { rateOf: moveOne(item, kind, z) }).totals.profit;
        const profitAtLow = profitAt(-Z95);
        const profitAtHigh = profitAt(Z95);
        bars.push({
          lineItemId: item.id,
          lineItemLabel: item.label || item.id,
          kind,
          lowValue: rateAtZ(rate, -Z95),
          highValue: rateAtZ(rate, Z95),
          profitAtLow,
          profitAtHigh,
          swing: Math.abs(profitAtHigh - profitAtLow),
        });
      }
      return bars.length >= inputs.length;
    },
    get progress() {
      return inputs.length === 0 ? 1 : bars.length / inputs.length;
    },
    result() {
      if (bars.length < inputs.length) throw new Error('the tornado is not finished');
      // A stable sort keeps file order among equal swings, so the chart does not shuffle as sliders move.
      return { baseProfit, bars: [...bars].sort((a, b) => b.swing - a.swing) };
    },
  };
}

/** The whole tornado at once (Node, tests). */
export function tornado(scenario: Scenario): Tornado {
  const task = startTornado(scenario);
  while (!task.step()) {
    /* every step is one bar */
  }
  return task.result();
}

const UNCERTAIN_KINDS: readonly RateKind[] = ['reachRate', 'engagementRate', 'clickRate', 'conversionRate', 'leadRate'];

function moveOne(target: LineItem, targetKind: RateKind, z: number) {
  return (item: LineItem, kind: RateKind) => (item === target && kind === targetKind ? rateAtZ(item[kind], z) : rateMedian(item[kind]));
}

/** "What must be true" for the plan to break even, as figures the UI puts into words. */
export interface BreakEvenConditions {
  /** every conversion rate must be at least this multiple of its typical value (null: no such factor) */
  conversionMultiplier: number | null;
  /** 1 − multiplier: how far conversion rates may fall short before the plan loses money */
  marginOfSafety: number | null;
  lineItems: {
    id: string;
    label: string;
    typicalConversionRate: number;
    breakEvenConversionRate: number | null;
    feePerPost: number | null;
    breakEvenFeePerPost: number | null;
  }[];
}

export function breakEvenConditions(scenario: Scenario, point: PointResult = projectPoint(scenario)): BreakEvenConditions {
  const k = point.totals.breakEvenConversionMultiplier;
  return {
    conversionMultiplier: k,
    marginOfSafety: k === null ? null : 1 - k,
    lineItems: scenario.lineItems.map((item, i) => {
      const li = point.lineItems[i]!;
      return {
        id: item.id,
        label: item.label || item.id,
        typicalConversionRate: rateMedian(item.conversionRate),
        breakEvenConversionRate: li.breakEvenConversionRate,
        feePerPost: item.payment.feePerPost ?? null,
        breakEvenFeePerPost: li.breakEvenFeePerPost,
      };
    }),
  };
}

import type { AllocationSettings, LineItem, Scenario } from '../../engine/schema';
import type { MonteCarloResult } from '../../engine/types';
import type { AllocationObjective } from '../../engine/vocabulary';
import type { AllocationRecord } from '../../store';
import { withOptional } from '../fields/optional';

/** The scenario with its budget set, or without one. */
export function withBudget(scenario: Scenario, budget: number | undefined): Scenario {
  return withOptional(scenario, 'budget', budget);
}

/** The scenario with one of its allocator settings (docs/MODEL.md §8) set or cleared; an empty `allocation` is left out. */
export function withAllocationSetting<K extends keyof AllocationSettings>(scenario: Scenario, key: K, value: AllocationSettings[K] | undefined): Scenario {
  const own = scenario.allocation ?? {};
  const next = withOptional(own, key, value);
  if (next === own) return scenario;
  return withOptional(scenario, 'allocation', Object.keys(next).length > 0 ? next : undefined);
}

/** The scenario with one line item's minCreators or maxCreators set or cleared. */
export function withCreatorBound(scenario: Scenario, id: string, bound: 'minCreators' | 'maxCreators', value: number | undefined): Scenario {
  let changed = false;
  const lineItems = scenario.lineItems.map((item): LineItem => {
    if (item.id !== id) return item;
    const next = withOptional(item, bound, value);
    changed ||= next !== item;
    return next;
  });
  return changed ? { ...scenario, lineItems } : scenario;
}

/**
 * How a record stands to the scenario now on screen: 'applied' when the scenario holds its split,
 * 'current' when the scenario is exactly what was allocated, 'stale' once anything changed since.
 * Identity is the test: every edit makes a new scenario object, undo brings the old one back.
 */
export function recordState(record: AllocationRecord, scenario: Scenario): 'current' | 'applied' | 'stale' {
  if (scenario === record.applied?.scenario) return 'applied';
  return scenario === record.of ? 'current' : 'stale';
}

/** The objective of a simulation, measured as the allocator measures it (docs/MODEL.md §8). */
export function objectiveOf(objective: AllocationObjective, mc: MonteCarloResult): number | null {
  const m = mc.metrics;
  return objective === 'expectedProfit' ? m.profit.mean : objective === 'profitP5' ? m.profit.p5 : objective === 'conversions' ? m.conversions.mean : m.reach.mean;
}

/** Money for the profit objectives, a count for conversions and reach. */
export const isMoneyObjective = (objective: AllocationObjective) => objective === 'expectedProfit' || objective === 'profitP5';

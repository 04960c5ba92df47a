import { LIMITS } from '../limits';
import type { AllocationObjective, BudgetRule, Scenario } from '../schema';

/** What the allocator is asked (docs/MODEL.md §8): the scenario's `allocation` and budget, or overrides of them. */
export interface AllocationSettings {
  budget: number;
  objective: AllocationObjective;
  budgetRule: BudgetRule;
  maxLossProbability: number | null;
  maxCpa: number | null;
  minReach: number | null;
  trials: number;
  seed: number;
}

/** Overrides of the scenario's own settings (the command's flags; the Allocate view's controls). */
export type AllocationOverrides = Partial<Omit<AllocationSettings, 'maxLossProbability' | 'maxCpa' | 'minReach'>> & {
  maxLossProbability?: number | null;
  maxCpa?: number | null;
  minReach?: number | null;
};

export type SettingsResult = { ok: true; settings: AllocationSettings } | { ok: false; reason: 'noBudget' };

/** The settings in force: overrides first, then the scenario's `allocation`, then the defaults of §8. A budget is required. */
export function resolveSettings(scenario: Scenario, overrides: AllocationOverrides = {}): SettingsResult {
  const own = scenario.allocation ?? {};
  const budget = overrides.budget ?? scenario.budget;
  if (budget === undefined) return { ok: false, reason: 'noBudget' };
  const pick = <T>(override: T | null | undefined, stored: T | undefined): T | null => (override !== undefined ? override : (stored ?? null));
  return {
    ok: true,
    settings: {
      budget,
      objective: overrides.objective ?? own.objective ?? 'expectedProfit',
      budgetRule: overrides.budgetRule ?? own.budgetRule ?? 'typical',
      maxLossProbability: pick(overrides.maxLossProbability, own.maxLossProbability),
      maxCpa: pick(overrides.maxCpa, own.maxCpa),
      minReach: pick(overrides.minReach, own.minReach),
      trials: Math.max(1, Math.floor(overrides.trials ?? scenario.simulation.trials)),
      seed: overrides.seed ?? scenario.simulation.seed,
    },
  };
}

/** Bounds of one line item's creators: minCreators or 0, maxCreators or no bound (then the schema's largest count). */
export interface Bounds {
  min: number;
  /** null: no maxCreators */
  max: number | null;
}

export function boundsOf(scenario: Scenario): Bounds[] {
  return scenario.lineItems.map((item) => ({ min: item.minCreators ?? 0, max: item.maxCreators ?? null }));
}

/** The largest count the search may visit: maxCreators, or the schema's limit on creators. */
export const upperOf = (b: Bounds): number => b.max ?? LIMITS.creators.max;

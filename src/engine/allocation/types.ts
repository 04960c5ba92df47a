import type { Evaluation } from '../evaluate';
import type { AllocationObjective, Scenario } from '../schema';
import type { Limit } from './judge';
import type { AllocationSettings } from './settings';

/** The allocator's answer (docs/MODEL.md §8). */
export type AllocationStatus = 'optimal' | 'best-found' | 'infeasible';

/** A constraint that limits the allocation, in the words of §8. */
export type Binding = 'budget' | `maxCreators:${string}` | Limit;

export interface AllocatedLineItem {
  id: string;
  /** the allocated count */
  creators: number;
  /** the scenario's count before */
  was: number;
  min: number;
  /** null: no maxCreators */
  max: number | null;
}

/**
 * The objective's change per unit of cost (the budget rule's cost) of one creator more or fewer,
 * ignoring the bounds: addOne = Δobjective / Δcost of adding one; removeOne = the objective's change
 * on removing one per unit of the cost it saves (negative when the creator earned its cost).
 * null where the move does not exist (no creator to remove) or changes no cost.
 */
export interface Marginal {
  id: string;
  addOne: number | null;
  removeOne: number | null;
}

export interface FrontierPoint {
  budget: number;
  status: AllocationStatus;
  /** always a number: for a budget nothing fits, that of the least costly allocation */
  objective: number;
  profit: { p5: number; p50: number; p95: number };
  probabilityOfLoss: number;
  /** the budget rule's cost of the point's allocation */
  cost: number;
  /** the point's creators, per line item in scenario order */
  creators: number[];
}

/**
 * The frontier as far as a running allocation has found it (docs/MODEL.md §8): the latest figures
 * of each of its budgets, null where none is found yet. A point may still be replaced before the
 * end; the result's frontier is the one that counts.
 */
export interface FrontierSoFar {
  points: (FrontierPoint | null)[];
}

export interface AllocationResult {
  status: AllocationStatus;
  objective: { name: AllocationObjective; value: number };
  allocation: AllocatedLineItem[];
  binding: Binding[];
  marginal: Marginal[];
  /** everything `simulate` reports for the allocated scenario, at the allocator's trials and seed */
  result: Evaluation;
  /** 20 points, 10 %, 20 %, … 200 % of the budget */
  frontier: FrontierPoint[];
  /** the scenario with the allocated counts and the budget allocated (Apply as new scenario / to this scenario) */
  scenario: Scenario;
  settings: AllocationSettings;
}

/** A scenario without a budget cannot be allocated. */
export type AllocationOutcome = { ok: true; result: AllocationResult } | { ok: false; reason: 'noBudget' };

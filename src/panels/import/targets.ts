import { LIMITS } from '../../engine/limits';
import type { Scenario } from '../../engine/schema';

/** Where an import goes: the selected scenario, or a new one beside it. */
export type ImportTarget = 'selected' | 'new';

/**
 * A new scenario for a creator list: the selected scenario's economics, overheads, timing,
 * simulation and budget (the planner's own business, which the list does not change) without its
 * line items, audiences, description or notes, which belong to the plan it describes.
 */
export function emptyLike(base: Scenario, name: string): Scenario {
  const { description: _description, audiences: _audiences, meta: _meta, ...rest } = base;
  return { ...rest, name: name.slice(0, LIMITS.nameLength), lineItems: [] };
}

/** A copy to calibrate, so that Compare can set it beside the scenario as it was. */
export function renamedCopy(base: Scenario, name: string): Scenario {
  return { ...base, name: name.slice(0, LIMITS.nameLength) };
}

import type { GrowFrom } from './grow';
import type { AllocationOutcome, FrontierPoint } from './types';

// A module of its own, with types only beside it, so that the page can make a draft whole without loading the allocator.

/**
 * An allocation whose frontier above the budget may still be growing elsewhere: where `grow` is
 * set, the frontier holds the points up to the budget's only, and growFrontier(…, grow) gives the
 * rest (completeAllocation). The worker's allocations are drafts, so that a second worker grows
 * the points above while this one reads the budget's own figures.
 */
export interface AllocationDraft {
  outcome: AllocationOutcome;
  grow: GrowFrom | null;
}

/** A draft made whole: the points above the budget, grown from the draft's `grow`, join its frontier. */
export function completeAllocation(draft: AllocationDraft, above: readonly FrontierPoint[] | null): AllocationOutcome {
  if (!draft.outcome.ok || draft.grow === null) return draft.outcome;
  if (!above) throw new Error('the draft waits for the frontier above its budget');
  return { ok: true, result: { ...draft.outcome.result, frontier: [...draft.outcome.result.frontier, ...above] } };
}

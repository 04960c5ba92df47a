/**
 * The frontier's budgets (docs/MODEL.md §8): 10 %, 20 %, … 200 % of the budget; the budget itself
 * is the tenth. A module of its own, so that the page can lay out a frontier still being found
 * without loading the allocator.
 */
export const FRONTIER_SHARES = Array.from({ length: 20 }, (_, k) => (k + 1) / 10);
/** The index of the budget itself among FRONTIER_SHARES. */
export const MAIN = 9;

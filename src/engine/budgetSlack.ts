/**
 * Money is counted to the cent, so a cost within half a cent of the budget spends the budget and
 * does not go over it. The exact test `cost > budget` would read rounding errors as overspending:
 * a trial's cost is a sum of many amounts, and a creator held at a payout cap is paid the linear
 * payout plus a correction (termsPricer.ts), which in floating point lands a few units in the last
 * place beside the cap rather than on it. A plan whose caps make it spend exactly its budget then
 * went "over" in every trial in which every cap binds (€21,500.000000000007 for €21,500).
 * Making each correction land on the cap would not be enough, since the linear payouts and the
 * corrections are added to a trial's total separately. The slack is half a cent; only above
 * €5 billion, where rounding itself grows towards a cent, is it a trillionth of the budget instead.
 * The typical case is judged by the same rule as the trials, so the results' budget card, the
 * report and the Monte Carlo's chance of going over never disagree about one cost.
 */
export const HALF_CENT = 0.005;

const slack = (budget: number): number => Math.max(HALF_CENT, budget * 1e-12);

/** The lowest cost that counts as over `budget` (docs/MODEL.md §5, probabilityOverBudget). */
export const overBudgetFrom = (budget: number): number => budget + slack(budget);

/** Whether `cost` goes over `budget`, counted to the cent as the Monte Carlo counts its trials. */
export const isOverBudget = (cost: number, budget: number): boolean => cost >= overBudgetFrom(budget);

/** A cost within the slack either side of the budget spends all of it: not "€0.00 left", not over. */
export const spendsWholeBudget = (cost: number, budget: number): boolean => cost > budget - slack(budget) && !isOverBudget(cost, budget);

/**
 * Whether `cost` keeps within `budget` by the same half-cent rule; false for NaN, so the allocator
 * never takes a cost it could not compute as one that fits.
 */
export const fitsBudget = (cost: number, budget: number): boolean => cost < overBudgetFrom(budget);

import { BUDGET_METRICS, comparisonRows, type ComparisonRow } from '../../engine/compare';
import type { ComparedScenario } from './useComparison';

/**
 * The key figures of the compared scenarios, as the compare view and the report show them. The
 * budget rows appear once any compared scenario has a budget; a scenario without one shows "—"
 * there, also while a run from before its budget was removed is still on screen.
 */
export function comparedRows(compared: readonly ComparedScenario[], baselineIndex: number): ComparisonRow[] {
  const runs = compared.map((c) => (c.scenario.budget === undefined ? null : (c.run?.result ?? null)));
  const rows = comparisonRows(compared.map((c) => c.point), baselineIndex, runs);
  return compared.some((c) => c.scenario.budget !== undefined) ? rows : rows.filter((r) => !BUDGET_METRICS.has(r.key));
}

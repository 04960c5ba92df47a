import { useMemo } from 'react';
import { probabilityBeats } from '../../engine/compare';
import { projectCashFlow } from '../../engine/cashFlow';
import { projectPoint } from '../../engine/point';
import type { Scenario } from '../../engine/schema';
import type { CashFlowResult, PointResult } from '../../engine/types';
import { useAppStore, type WorkspaceEntry } from '../../store';
import { comparedEntries, useCompareSelection } from './selection';
import { useCompareRuns, type CompareRun } from './useCompareRuns';
import { unitsPerTrial } from '../../engine/montecarlo/estimate';
import type { McStatus } from '../../worker/useMonteCarlo';
import { useRunGate, type RunGate } from '../../worker/useRunGate';

export interface ComparedScenario {
  key: string;
  scenario: Scenario;
  point: PointResult;
  cashFlow: CashFlowResult;
  run: CompareRun | null;
  /** P(profit > baseline profit) over the shared trials; null for the baseline or before both runs end */
  beatsBaseline: number | null;
}

export interface Comparison {
  /** the compared scenarios in workspace order */
  compared: ComparedScenario[];
  /** index of the baseline within `compared` (always present when the workspace has one) */
  baselineIndex: number;
  /** the seed and trial count every compared run uses: the baseline's */
  seed: number;
  trials: number;
  /** true while any compared run is under way */
  running: boolean;
  /** the state of the compared runs taken together, their estimate, progress and controls */
  status: McStatus;
  gate: RunGate;
  progress: number;
  cancel(): void;
  rerun(): void;
}

const workPerTrial = new WeakMap<Scenario, number>();
function unitsPerTrialOf(scenario: Scenario): number {
  let units = workPerTrial.get(scenario);
  if (units === undefined) workPerTrial.set(scenario, (units = unitsPerTrial(scenario)));
  return units;
}

const projections = new WeakMap<Scenario, { point: PointResult; cashFlow: CashFlowResult }>();

/** The typical case is cheap but six of them on every keystroke add up; unchanged scenarios reuse theirs. */
function projectionOf(scenario: Scenario) {
  let hit = projections.get(scenario);
  if (!hit) {
    const point = projectPoint(scenario);
    projections.set(scenario, (hit = { point, cashFlow: projectCashFlow(scenario, point) }));
  }
  return hit;
}

/** Everything the compare view and the report show, from the store and the compare selection. */
export function useComparison(): Comparison {
  const entries = useAppStore((s) => s.entries);
  const baselineKey = useAppStore((s) => s.baselineKey);
  const keys = useCompareSelection((s) => s.keys);
  const items: WorkspaceEntry[] = useMemo(() => comparedEntries(entries, baselineKey, keys), [entries, baselineKey, keys]);
  const baselineIndex = Math.max(0, items.findIndex((e) => e.key === baselineKey));
  const baseline = items[baselineIndex]?.scenario;
  const seed = baseline?.simulation.seed ?? 1;
  const askedTrials = baseline?.simulation.trials ?? 10_000;
  // The compared runs share one worker: together they take the sum of their times.
  const perTrial = items.reduce((sum, e) => sum + unitsPerTrialOf(e.scenario), 0);
  const gate = useRunGate(perTrial, askedTrials);
  const trials = gate.trials;
  const { runs, progress, cancel, rerun } = useCompareRuns(items, seed, trials, gate.asking);
  const compared = useMemo(() => {
    // A result of an earlier seed or trial count may still be on screen; it must not be paired trial by trial.
    const sharedProfit = (run: CompareRun | undefined) =>
      run?.result && run.result.seed === seed && run.result.trials === trials ? run.result.samples?.profit : undefined;
    const baseProfit = sharedProfit(runs[items[baselineIndex]?.key ?? '']);
    return items.map(({ key, scenario }, i) => {
      const run = runs[key] ?? null;
      const profit = sharedProfit(run ?? undefined);
      const beatsBaseline = i === baselineIndex || !profit || !baseProfit ? null : probabilityBeats(profit, baseProfit);
      return { key, scenario, ...projectionOf(scenario), run, beatsBaseline };
    });
  }, [items, runs, baselineIndex, seed, trials]);
  const running = !gate.asking && compared.some((c) => c.run === null || c.run.status === 'running');
  const status: McStatus = gate.asking
    ? 'asking'
    : running
      ? 'running'
      : compared.some((c) => c.run?.status === 'cancelled')
        ? 'cancelled'
        : compared.some((c) => c.run?.status === 'error')
          ? 'error'
          : 'done';
  return { compared, baselineIndex, seed, trials, running, status, gate, progress, cancel, rerun };
}

import { useMemo } from 'react';
import { probabilityBeats } from '../../engine/compare';
import { projectCashFlow } from '../../engine/cashFlow';
import { projectPoint } from '../../engine/point';
import type { Scenario } from '../../engine/schema';
import type { CashFlowResult, PointResult } from '../../engine/types';
import { useAppStore, type WorkspaceEntry } from '../../store';
import { comparedEntries, useCompareSelection } from './selection';
import { useSimulations, type McStatus, type SimulationRun } from '../../worker/useSimulations';
import type { RunGate } from '../../worker/useRunGate';

/** A compared scenario's run: its newest finished result, kept while a newer run is under way. */
export type CompareRun = SimulationRun;

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
  // Every compared run uses the baseline's seed and trial count, with samples kept, so trial t of
  // each scenario saw the same draws for the line items they share and "beats the baseline" can be
  // counted trial by trial.
  const { runs, status, gate, progress, cancel, rerun } = useSimulations(items, { trials: askedTrials, seed, keepSamples: true });
  const trials = gate.trials;
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
  const running = status === 'running';
  return { compared, baselineIndex, seed, trials, running, status, gate, progress, cancel, rerun };
}

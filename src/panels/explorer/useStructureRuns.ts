import { useMemo } from 'react';
import { boxStats, type BoxStats } from '../../charts/explorer/boxStats';
import type { StructureKind } from '../../engine/paymentExplorer';
import type { Scenario } from '../../engine/schema';
import type { MonteCarloResult } from '../../engine/types';
import type { RunGate } from '../../worker/useRunGate';
import { useSimulations, type McStatus } from '../../worker/useSimulations';
import type { TaskStatus } from '../../worker/useTasks';

/** The simulated spread of one structure: brand profit and creator earnings over the same trials. */
export interface StructureRun {
  status: TaskStatus;
  /** the last finished figures, kept while a newer run is on its way */
  result: StructureOutcome | null;
}

export interface StructureOutcome {
  trials: number;
  /** share of trials in which the brand loses money on the line item */
  probabilityOfLoss: number;
  profit: BoxStats;
  /** the payout: with no overheads in a solo scenario, its cost is exactly what the creators earn */
  earnings: BoxStats;
}

/** What a structure asks to be simulated; no solo scenario means nothing to run. */
export interface StructureJob {
  kind: StructureKind;
  solo: Scenario | null;
}

/** Beyond this many trials the box plots look the same; the cap keeps six runs quick. */
export const EXPLORER_MAX_TRIALS = 20_000;

const outcomes = new WeakMap<MonteCarloResult, StructureOutcome | null>();

/** Box statistics sort the samples: once per result, not on every render. */
function outcomeOf(result: MonteCarloResult): StructureOutcome | null {
  if (outcomes.has(result)) return outcomes.get(result) ?? null;
  const profit = result.samples ? boxStats(result.samples.profit) : null;
  const earnings = result.samples ? boxStats(result.samples.cost) : null;
  const outcome = profit && earnings ? { trials: result.trials, probabilityOfLoss: result.probabilityOfLoss, profit, earnings } : null;
  outcomes.set(result, outcome);
  return outcome;
}

export interface StructureRuns {
  runs: Partial<Record<StructureKind, StructureRun>>;
  /** the structures' runs taken together: their state, estimate, progress and controls */
  status: McStatus;
  gate: RunGate;
  progress: number;
  cancel(): void;
  rerun(): void;
}

/**
 * Simulates every feasible structure in the worker pool, one job each, so a newer run of a
 * structure replaces only its own older run. The solo scenarios share the line item's id and seed,
 * so all structures see the same simulated campaigns.
 */
export function useStructureRuns(jobs: readonly StructureJob[]): StructureRuns {
  const items = useMemo(() => jobs.flatMap((j) => (j.solo ? [{ key: j.kind, scenario: j.solo }] : [])), [jobs]);
  const trials = Math.min(items[0]?.scenario.simulation.trials ?? EXPLORER_MAX_TRIALS, EXPLORER_MAX_TRIALS);
  const { runs, status, gate, progress, cancel, rerun } = useSimulations(items, { trials, keepSamples: true });
  const structureRuns = useMemo(() => {
    const out: Partial<Record<StructureKind, StructureRun>> = {};
    for (const { key } of items) {
      const run = runs[key];
      if (run) out[key as StructureKind] = { status: run.status, result: run.result ? outcomeOf(run.result) : null };
    }
    return out;
  }, [items, runs]);
  return { runs: structureRuns, status, gate, progress, cancel, rerun };
}

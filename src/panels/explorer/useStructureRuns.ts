import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { unitsPerTrial } from '../../engine/montecarlo/estimate';
import type { McStatus } from '../../worker/useMonteCarlo';
import { useLaneProgress } from '../../worker/useLaneProgress';
import { useRunGate, type RunGate } from '../../worker/useRunGate';
import { boxStats, type BoxStats } from '../../charts/explorer/boxStats';
import type { StructureKind } from '../../engine/paymentExplorer';
import type { Scenario } from '../../engine/schema';
import type { MonteCarloResult } from '../../engine/types';
import { MC_DEBOUNCE_MS } from '../../worker/useMonteCarlo';
import { createMcRunner, isSuperseded, type McRunner } from '../../worker/runner';

/** The simulated spread of one structure: brand profit and creator earnings over the same trials. */
export interface StructureRun {
  status: 'running' | 'done' | 'error' | 'cancelled';
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

function outcomeOf(result: MonteCarloResult): StructureOutcome | null {
  const profit = result.samples ? boxStats(result.samples.profit) : null;
  const earnings = result.samples ? boxStats(result.samples.cost) : null;
  if (!profit || !earnings) return null;
  return { trials: result.trials, probabilityOfLoss: result.probabilityOfLoss, profit, earnings };
}

/**
 * Simulates every feasible structure off the main thread, one runner lane each, so a newer run of a
 * structure replaces only its own older run. The solo scenarios share the line item's id and seed,
 * so all structures see the same simulated campaigns.
 */
export interface StructureRuns {
  runs: Partial<Record<StructureKind, StructureRun>>;
  /** the structures' runs taken together: their state, estimate, progress and controls */
  status: McStatus;
  gate: RunGate;
  progress: number;
  cancel(): void;
  rerun(): void;
}

export function useStructureRuns(jobs: readonly StructureJob[]): StructureRuns {
  const runners = useRef(new Map<StructureKind, McRunner>());
  const [runs, setRuns] = useState<Partial<Record<StructureKind, StructureRun>>>({});
  const [attempt, setAttempt] = useState(0);
  const { start, report, progress } = useLaneProgress();
  const wanted = useMemo(() => jobs.filter((j): j is StructureJob & { solo: Scenario } => j.solo !== null), [jobs]);
  const perTrial = useMemo(() => wanted.reduce((sum, j) => sum + unitsPerTrial(j.solo), 0), [wanted]);
  const gate = useRunGate(perTrial, Math.min(wanted[0]?.solo.simulation.trials ?? EXPLORER_MAX_TRIALS, EXPLORER_MAX_TRIALS));
  const { asking, trials } = gate;

  useEffect(() => {
    const all = runners.current;
    return () => {
      for (const runner of all.values()) runner.cancel();
      all.clear();
    };
  }, []);

  useEffect(() => {
    if (asking) {
      for (const runner of runners.current.values()) runner.cancel();
      return;
    }
    let live = true;
    setRuns((prev) => Object.fromEntries(wanted.map((j) => [j.kind, { status: 'running', result: prev[j.kind]?.result ?? null }])));
    const timer = setTimeout(() => {
      for (const [kind, runner] of runners.current) if (!wanted.some((j) => j.kind === kind)) runner.cancel();
      for (const job of wanted) {
        let runner = runners.current.get(job.kind);
        if (!runner) runners.current.set(job.kind, (runner = createMcRunner()));
        start(job.kind, job.solo, trials);
        const onProgress = (p: number) => report(job.kind, p);
        runner.run(job.solo, { trials, keepSamples: true, onProgress }).then(
          (result) => {
            report(job.kind, 1);
            if (live) setRuns((prev) => ({ ...prev, [job.kind]: { status: 'done', result: outcomeOf(result) } }));
          },
          (error: unknown) => {
            if (!live || isSuperseded(error)) return;
            setRuns((prev) => ({ ...prev, [job.kind]: { status: 'error', result: prev[job.kind]?.result ?? null } }));
          },
        );
      }
    }, MC_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, asking, trials, attempt, start, report]);

  const cancel = useCallback(() => {
    for (const runner of runners.current.values()) runner.cancel();
    setRuns((prev) => Object.fromEntries(Object.entries(prev).map(([kind, run]) => [kind, run.status === 'running' ? { ...run, status: 'cancelled' } : run])));
  }, []);
  const rerun = useCallback(() => setAttempt((n) => n + 1), []);
  const all = Object.values(runs);
  const status: McStatus = asking
    ? 'asking'
    : all.some((r) => r.status === 'running')
      ? 'running'
      : all.some((r) => r.status === 'cancelled')
        ? 'cancelled'
        : all.some((r) => r.status === 'error')
          ? 'error'
          : 'done';
  return { runs, status, gate, progress, cancel, rerun };
}

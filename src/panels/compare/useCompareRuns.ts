import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../engine/schema';
import type { MonteCarloResult } from '../../engine/types';
import { MC_DEBOUNCE_MS } from '../../worker/useMonteCarlo';
import { createMcRunner, isSuperseded, type McRunner } from '../../worker/runner';
import { useLaneProgress } from '../../worker/useLaneProgress';

export interface CompareRun {
  /** newest finished result, kept while a newer run is under way */
  result: MonteCarloResult | null;
  status: 'running' | 'done' | 'error' | 'cancelled';
}

interface Lane {
  runner: McRunner;
  scenario: Scenario | null;
  seed: number;
  trials: number;
}

export interface CompareRuns {
  runs: Record<string, CompareRun>;
  /** share of the work of the runs under way that is done, 0–1 */
  progress: number;
  /** stops every run under way; their last results stay, marked cancelled */
  cancel(): void;
  /** runs the cancelled ones again */
  rerun(): void;
}

/**
 * Simulates every compared scenario on its own lane with the same seed and trial count and with
 * samples kept, so trial t of each scenario saw the same draws for the line items they share and
 * "beats the baseline" can be counted trial by trial. Only scenarios whose inputs changed rerun;
 * nothing runs while `paused` (the planner is asked about a long run first).
 */
export function useCompareRuns(items: readonly { key: string; scenario: Scenario }[], seed: number, trials: number, paused = false): CompareRuns {
  const lanes = useRef(new Map<string, Lane>());
  const [runs, setRuns] = useState<Record<string, CompareRun>>({});
  const [attempt, setAttempt] = useState(0);
  const { start, report, progress } = useLaneProgress();
  const runsNow = useRef(runs);
  runsNow.current = runs;

  useEffect(() => {
    const map = lanes.current;
    return () => {
      for (const l of map.values()) l.runner.cancel();
      map.clear();
    };
  }, []);

  useEffect(() => {
    const map = lanes.current;
    const keys = new Set(items.map((i) => i.key));
    for (const [key, l] of map) {
      if (!keys.has(key) || paused) {
        l.runner.cancel();
        map.delete(key);
      }
    }
    if (paused) return;
    const changed = items.filter(({ key, scenario }) => {
      const l = map.get(key);
      return !l || l.scenario !== scenario || l.seed !== seed || l.trials !== trials;
    });
    if (changed.length === 0) return;
    setRuns((prev) => {
      const next: Record<string, CompareRun> = {};
      for (const { key } of items) next[key] = prev[key] ?? { result: null, status: 'running' };
      for (const { key } of changed) next[key] = { result: next[key]?.result ?? null, status: 'running' };
      return next;
    });
    const firstTime = changed.every(({ key }) => !map.has(key));
    const timer = setTimeout(
      () => {
        for (const { key, scenario } of changed) {
          const l = map.get(key) ?? { runner: createMcRunner(), scenario: null, seed, trials };
          Object.assign(l, { scenario, seed, trials });
          map.set(key, l);
          start(key, scenario, trials);
          const onProgress = (p: number) => report(key, p);
          l.runner.run(scenario, { seed, trials, keepSamples: true, onProgress }).then(
            (result) => {
              report(key, 1);
              startTransition(() => setRuns((prev) => ({ ...prev, [key]: { result, status: 'done' } })));
            },
            (err: unknown) => {
              if (!isSuperseded(err)) setRuns((prev) => ({ ...prev, [key]: { result: prev[key]?.result ?? null, status: 'error' } }));
            },
          );
        }
      },
      firstTime ? 0 : MC_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [items, seed, trials, paused, attempt, start, report]);

  const cancel = useCallback(() => {
    const map = lanes.current;
    const stopped = Object.entries(runsNow.current).filter(([, run]) => run.status === 'running').map(([key]) => key);
    for (const key of stopped) {
      map.get(key)?.runner.cancel();
      // Forgotten, so that the next edit or "Run simulation" runs it again.
      map.delete(key);
    }
    setRuns((prev) => {
      const next = { ...prev };
      for (const key of stopped) next[key] = { result: prev[key]?.result ?? null, status: 'cancelled' };
      return next;
    });
  }, []);
  const rerun = useCallback(() => setAttempt((n) => n + 1), []);

  return { runs, progress, cancel, rerun };
}

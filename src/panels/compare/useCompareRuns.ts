import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../engine/schema';
import type { MonteCarloResult } from '../../engine/types';
import { MC_DEBOUNCE_MS } from '../../worker/useMonteCarlo';
import { createMcRunner, isSuperseded, type McRunner } from '../../worker/runner';

export interface CompareRun {
  /** newest finished result, kept while a newer run is under way */
  result: MonteCarloResult | null;
  status: 'running' | 'done' | 'error';
}

interface Lane {
  runner: McRunner;
  scenario: Scenario | null;
  seed: number;
  trials: number;
}

/**
 * Simulates every compared scenario on its own lane with the same seed and trial count and with
 * samples kept, so trial t of each scenario saw the same draws for the line items they share and
 * "beats the baseline" can be counted trial by trial. Only scenarios whose inputs changed rerun.
 */
export function useCompareRuns(items: readonly { key: string; scenario: Scenario }[], seed: number, trials: number): Record<string, CompareRun> {
  const lanes = useRef(new Map<string, Lane>());
  const [runs, setRuns] = useState<Record<string, CompareRun>>({});

  useEffect(() => {
    const map = lanes.current;
    return () => {
      for (const lane of map.values()) lane.runner.cancel();
      map.clear();
    };
  }, []);

  useEffect(() => {
    const map = lanes.current;
    const keys = new Set(items.map((i) => i.key));
    for (const [key, lane] of map) {
      if (!keys.has(key)) {
        lane.runner.cancel();
        map.delete(key);
      }
    }
    const changed = items.filter(({ key, scenario }) => {
      const lane = map.get(key);
      return !lane || lane.scenario !== scenario || lane.seed !== seed || lane.trials !== trials;
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
          const lane = map.get(key) ?? { runner: createMcRunner(), scenario: null, seed, trials };
          Object.assign(lane, { scenario, seed, trials });
          map.set(key, lane);
          lane.runner.run(scenario, { seed, trials, keepSamples: true }).then(
            (result) => setRuns((prev) => ({ ...prev, [key]: { result, status: 'done' } })),
            (err: unknown) => {
              if (!isSuperseded(err)) setRuns((prev) => ({ ...prev, [key]: { result: prev[key]?.result ?? null, status: 'error' } }));
            },
          );
        }
      },
      firstTime ? 0 : MC_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [items, seed, trials]);

  return runs;
}

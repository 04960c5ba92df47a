import { useEffect, useMemo, useState } from 'react';
import { resolveSettings } from '../../engine/allocation/settings';
import type { Scenario } from '../../engine/schema';
import type { TaskPool } from '../../worker/pool';
import { sharedPool } from '../../worker/sharedPool';
import type { AllocateInput } from '../../worker/tasks';
import { useTasks } from '../../worker/useTasks';

/** The warm-up's trials: enough for every loop to be compiled, a twentieth of a default run's work. */
export const WARM_UP_TRIALS = 500;

/** Once a page: a worker stays compiled for the rest of it. */
let warmedUp = false;

/** For tests: the page as if just loaded. */
export function resetAllocatorWarmUp(): void {
  warmedUp = false;
}

/**
 * The first allocation in a worker runs its loops uncompiled and grows its heap first: in Chromium
 * about 300 ms of a 2 s answer (bench/browser.bench.mjs). So when the Allocate view first opens on
 * a scenario with a budget, the scenario as it stands is allocated once at WARM_UP_TRIALS on every
 * worker, unseen, and its answer dropped: the same line items, methods and settings take the same
 * code paths as the planner's press will. A press (`wanted` false) drops what has not finished, so
 * the press never waits behind it. Not on this thread (the inline pool): there it would only delay.
 */
export function useAllocatorWarmUp(scenario: Scenario, wanted: boolean, pool: TaskPool = sharedPool()): void {
  const [input] = useState((): AllocateInput | null => (warmedUp || pool.kind === 'inline' || !resolveSettings(scenario).ok ? null : { scenario, overrides: { trials: WARM_UP_TRIALS } }));
  const jobs = useMemo(() => (input && wanted ? Array.from({ length: pool.parallelism }, (_, i) => ({ key: `warm-up-${i}`, input })) : []), [input, wanted, pool]);
  const { status } = useTasks('allocate', jobs, { pool });
  useEffect(() => {
    // A press warms its worker itself; a finished warm-up need not run again on another view's visit.
    if (input && (!wanted || status === 'done')) warmedUp = true;
  }, [input, wanted, status]);
}

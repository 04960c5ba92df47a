import { useEffect, useMemo, useState } from 'react';
import { resolveSettings } from '../../engine/allocation/settings';
import type { Scenario } from '../../engine/schema';
import type { TaskPool } from '../../worker/pool';
import { sharedPool } from '../../worker/sharedPool';
import type { AllocateInput } from '../../worker/tasks';
import { useTasks } from '../../worker/useTasks';

/** The warm-up's trials: enough for every loop to be compiled, a twentieth of a default run's work. */
export const WARM_UP_TRIALS = 500;

/**
 * Per pool, how many workers it had made when they were last warmed up: a worker stays compiled for
 * the rest of the page, but one made since (a worker replaced after a Cancel) starts cold again.
 */
let warmAt = new WeakMap<TaskPool, number>();

/** For tests: the page as if just loaded. */
export function resetAllocatorWarmUp(): void {
  warmAt = new WeakMap();
}

const isWarm = (pool: TaskPool): boolean => warmAt.get(pool) === pool.workersMade;

/**
 * The first allocation in a worker runs its loops uncompiled and grows its heap first: in Chromium
 * about 300 ms of a 2 s answer (bench/browser.bench.mjs). So when the Allocate view first opens on
 * a scenario with a budget, the scenario as it stands is allocated once at WARM_UP_TRIALS on every
 * worker, unseen, and its answer dropped: the same line items, methods and settings take the same
 * code paths as the planner's press will. A press (`wanted` false) drops what has not finished, so
 * the press never waits behind it. A later visit warms up again only if the pool has made a worker
 * since. Not on this thread (the inline pool): there it would only delay.
 */
export function useAllocatorWarmUp(scenario: Scenario, wanted: boolean, pool: TaskPool = sharedPool()): void {
  const [input] = useState((): AllocateInput | null => (isWarm(pool) || pool.kind === 'inline' || !resolveSettings(scenario).ok ? null : { scenario, overrides: { trials: WARM_UP_TRIALS } }));
  const jobs = useMemo(() => (input && wanted ? Array.from({ length: pool.parallelism }, (_, i) => ({ key: `warm-up-${i}`, input })) : []), [input, wanted, pool]);
  const { status } = useTasks('allocate', jobs, { pool });
  useEffect(() => {
    // A press warms its worker itself; a finished warm-up need not run again on another view's visit.
    if (input && (!wanted || status === 'done')) warmAt.set(pool, pool.workersMade);
  }, [input, wanted, status, pool]);
}

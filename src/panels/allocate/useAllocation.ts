import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { resolveSettings, type AllocationSettings } from '../../engine/allocation/settings';
import type { FrontierSoFar } from '../../engine/allocation/types';
import type { Scenario } from '../../engine/schema';
import { useAppStore, type AllocationRecord } from '../../store';
import type { AllocateInput, SimulateInput } from '../../worker/tasks';
import { useTask, type TaskStatus } from '../../worker/useTasks';
import { useAllocatorWarmUp } from './useAllocatorWarmUp';

interface Request {
  key: string;
  allocate: AllocateInput;
  /** the scenario as it stands, simulated at the allocator's trials and seed; null without a budget */
  before: SimulateInput | null;
}

/** The two tasks of one press taken together, for one progress line. */
export interface AllocationProgress {
  status: 'idle' | TaskStatus;
  progress: number;
  error?: string | undefined;
  cancel(): void;
}

export interface Allocation {
  /** the entry's recommended split, if one was made (it may be of earlier inputs) */
  record: AllocationRecord | undefined;
  task: AllocationProgress;
  /** the frontier as far as the running allocation has found it (all of it while the answer waits for its "before"), with its settings; null when none runs or it found none yet */
  soFar: { frontier: FrontierSoFar; settings: AllocationSettings; currency: string } | null;
  /** the latest press found no budget to allocate */
  refused: boolean;
  /** allocates the scenario as it stands now */
  allocate(): void;
}

/** An allocation is worth tens of simulations (docs/MODEL.md §8): the simulation weighs little in the progress. */
const BEFORE_WEIGHT = 0.05;
const PRECEDENCE = ['running', 'cancelled', 'error', 'done'] as const;
/** Both tasks run on a press, never on an edit: a press starts them at once. */
const ON_DEMAND = { onDemand: true } as const;

/**
 * The allocator for one workspace entry, run when the planner asks (not on every edit: it takes a
 * second or more). Beside it, on another worker where there is one, the scenario as it stands is
 * simulated at the allocator's trials and seed, so that "before → after" compares like with like.
 * The answer goes into the store's allocations, where the report finds it too; switching to
 * another entry drops the tasks under way.
 */
export function useAllocation(key: string, scenario: Scenario): Allocation {
  const [request, setRequest] = useState<Request | null>(null);
  const record = useAppStore((s) => s.allocations[key]);
  const setAllocation = useAppStore((s) => s.setAllocation);
  const mine = request?.key === key ? request : null;
  const allocation = useTask('allocate', mine?.allocate ?? null, ON_DEMAND);
  // A press drops the warm-up still running: the allocation waits in the pool's queue and starts on the first of its workers to stop.
  useAllocatorWarmUp(scenario, request === null);
  const before = useTask('simulate', mine?.before ?? null, ON_DEMAND);

  // Before paint: the render that ends the task drops the frontier so far, and the answer must
  // replace it in the same frame, not one later with neither on screen.
  useLayoutEffect(() => {
    if (!request || allocation.status !== 'done' || before.status !== 'done' || !allocation.result?.ok || !before.result) return;
    setAllocation(request.key, { of: request.allocate.scenario, result: allocation.result.result, before: before.result, applied: null });
  }, [request, allocation.status, allocation.result, before.status, before.result, setAllocation]);

  // A fresh input object on every press, so that a press always runs (after an error, too).
  const allocate = useCallback(() => {
    const settings = resolveSettings(scenario);
    const before = settings.ok ? { scenario, trials: settings.settings.trials, seed: settings.settings.seed } : null;
    setRequest({ key, allocate: { scenario, overrides: {} }, before });
  }, [key, scenario]);

  const running = mine?.allocate.scenario;
  const settings = useMemo(() => (running ? resolveSettings(running) : null), [running]);
  // A finished allocation whose "before" simulation still runs keeps its whole frontier on screen until the answer can show.
  const waiting = allocation.status === 'done' && before.status !== 'error' && allocation.result?.ok && record?.of !== running ? { points: allocation.result.result.frontier } : null;
  const frontier = allocation.partial ?? waiting;
  const soFar = frontier && running && settings?.ok ? { frontier, settings: settings.settings, currency: running.currency } : null;

  const states = [allocation.status, before.status];
  const task: AllocationProgress = {
    status: states.every((s) => s === 'idle') ? 'idle' : (PRECEDENCE.find((s) => states.includes(s)) ?? 'done'),
    progress: (1 - BEFORE_WEIGHT) * allocation.progress + BEFORE_WEIGHT * before.progress,
    error: allocation.error ?? before.error,
    cancel: () => {
      allocation.cancel();
      before.cancel();
    },
  };
  const refused = allocation.status === 'done' && allocation.result?.ok === false;
  return { record, task, soFar, refused, allocate };
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GrowFrom } from '../../engine/allocation/grow';
import { resolveSettings, type AllocationSettings } from '../../engine/allocation/settings';
import { completeAllocation } from '../../engine/allocation/draft';
import type { FrontierSoFar } from '../../engine/allocation/types';
import type { Scenario } from '../../engine/schema';
import { useAppStore, type AllocationRecord } from '../../store';
import type { AllocateInput, GrowInput, SimulateInput } from '../../worker/tasks';
import { useTask, type TaskStatus } from '../../worker/useTasks';

interface Request {
  key: string;
  allocate: AllocateInput;
  /** the scenario as it stands, simulated at the allocator's trials and seed; null without a budget */
  before: SimulateInput | null;
}

/** The tasks of one press taken together, for one progress line. */
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
  /** the frontier as far as the running allocation has found it, with its settings; null when none runs or it found none yet */
  soFar: { frontier: FrontierSoFar; settings: AllocationSettings; currency: string } | null;
  /** the latest press found no budget to allocate */
  refused: boolean;
  /** allocates the scenario as it stands now */
  allocate(): void;
}

/** An allocation is worth tens of simulations (docs/MODEL.md §8): the simulation weighs little in the progress. */
const BEFORE_WEIGHT = 0.05;
/** The frontier above the budget is about half the allocator's work where it is grown apart. */
const GROW_WEIGHT = 0.45;
const PRECEDENCE = ['running', 'cancelled', 'error', 'done'] as const;

/**
 * The allocator for one workspace entry, run when the planner asks (not on every edit: it takes a
 * second or more). Beside it, on another worker where there is one, the scenario as it stands is
 * simulated at the allocator's trials and seed, so that "before → after" compares like with like;
 * and, as soon as the allocation offers where from, the frontier above the budget grows there too
 * (engine/allocation/grow.ts), while the allocation reads the budget's own figures. The answer,
 * the allocation's draft made whole, goes into the store's allocations, where the report finds it
 * too; switching to another entry drops the tasks under way.
 */
export function useAllocation(key: string, scenario: Scenario): Allocation {
  const [request, setRequest] = useState<Request | null>(null);
  const record = useAppStore((s) => s.allocations[key]);
  const setAllocation = useAppStore((s) => s.setAllocation);
  const mine = request?.key === key ? request : null;
  const allocation = useTask('allocate', mine?.allocate ?? null);
  const before = useTask('simulate', mine?.before ?? null);
  const draft = allocation.status === 'done' ? allocation.result : null;
  // Offered while the allocation runs (its partials), or in its draft: the same counts for one press, so the growth
  // input is made once per press (keyed by its text, not by the partial that brought it) and runs once.
  const from = allocation.status === 'running' ? (allocation.partial?.grow ?? null) : (draft?.grow ?? null);
  const fromKey = from ? JSON.stringify(from) : null;
  const growInput = useMemo((): GrowInput | null => (mine && from ? { ...mine.allocate, from: from as GrowFrom } : null), [mine, fromKey]);
  const grow = useTask('grow', growInput);

  useEffect(() => {
    if (!request || !draft || before.status !== 'done' || !before.result) return;
    if (draft.grow && (grow.status !== 'done' || !grow.result)) return;
    const whole = completeAllocation(draft, grow.result);
    if (!whole.ok) return;
    setAllocation(request.key, { of: request.allocate.scenario, result: whole.result, before: before.result, applied: null });
  }, [request, draft, grow.status, grow.result, before.status, before.result, setAllocation]);

  // A fresh input object on every press, so that a press always runs (after an error, too).
  const allocate = useCallback(() => {
    const settings = resolveSettings(scenario);
    const before = settings.ok ? { scenario, trials: settings.settings.trials, seed: settings.settings.seed } : null;
    setRequest({ key, allocate: { scenario, overrides: {} }, before });
  }, [key, scenario]);

  const running = mine?.allocate.scenario;
  const settings = useMemo(() => (running ? resolveSettings(running) : null), [running]);
  const found = mergeSoFar(allocation.status === 'running' ? allocation.partial : draft ? { points: draft.outcome.ok ? draft.outcome.result.frontier : [] } : null, grow.partial);
  const finished = draft !== null && (!draft.grow || grow.status === 'done');
  const soFar = found && !finished && running && settings?.ok ? { frontier: found, settings: settings.settings, currency: running.currency } : null;

  const states = [allocation.status, before.status, grow.status];
  const growing = draft?.grow || allocation.status === 'running';
  const growProgress = grow.status === 'idle' ? (growing ? 0 : 1) : grow.progress;
  const task: AllocationProgress = {
    status: states.every((s) => s === 'idle') ? 'idle' : (PRECEDENCE.find((s) => states.includes(s)) ?? 'done'),
    progress: (1 - BEFORE_WEIGHT - GROW_WEIGHT) * allocation.progress + GROW_WEIGHT * growProgress + BEFORE_WEIGHT * before.progress,
    error: allocation.error ?? grow.error ?? before.error,
    cancel: () => {
      allocation.cancel();
      grow.cancel();
      before.cancel();
    },
  };
  const refused = allocation.status === 'done' && allocation.result?.outcome.ok === false;
  return { record, task, soFar, refused, allocate };
}

/** The frontier so far of an allocation and of the growth above its budget: each point from whichever has it, the allocation's first. */
function mergeSoFar(allocation: FrontierSoFar | null, grown: FrontierSoFar | null): FrontierSoFar | null {
  if (!allocation && !grown) return null;
  const count = Math.max(allocation?.points.length ?? 0, grown?.points.length ?? 0);
  return { points: Array.from({ length: count }, (_, k) => allocation?.points[k] ?? grown?.points[k] ?? null) };
}

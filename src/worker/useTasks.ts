import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TaskPool } from './pool';
import { createTaskRunner, isSuperseded, type TaskRunner } from './runner';
import { DEBOUNCE_MS, whenSettled } from './settle';
import type { TaskInput, TaskKind, TaskPartial, TaskResult } from './tasks';

/** 'cancelled': the planner stopped it. */
export type TaskStatus = 'running' | 'done' | 'error' | 'cancelled';

export interface TaskRun<R> {
  /** the newest finished result; kept while a newer task is on its way, and after a cancel or an error */
  result: R | null;
  /** 'running' from the moment the input changes, so the screen can say the shown result is of earlier inputs */
  status: TaskStatus;
  /** the message of the failed task */
  error?: string | undefined;
}

export interface TaskJob<K extends TaskKind> {
  /** names the job across renders: a job whose input is unchanged is not run again */
  key: string;
  input: TaskInput<K>;
  /** its share of the work, which weighs its progress in the progress of all (default 1) */
  weight?: number;
}

export interface TaskRuns<R, P = never> {
  runs: Record<string, TaskRun<R>>;
  /**
   * What each running job's task has found so far, by job key, where it reported any: only of the
   * newest input, never of a cancelled, superseded or finished task (the result then counts).
   */
  partials: Record<string, P>;
  /** the jobs taken together: 'idle' without jobs, else running, cancelled, error, done in that order of precedence */
  status: 'idle' | TaskStatus;
  /** share of the work of the jobs under way that is done, 0–1; 1 when none is */
  progress: number;
  /** stops every job under way or waiting; their last results stay, marked cancelled */
  cancel(): void;
  /** runs the cancelled jobs again */
  rerun(): void;
}

export interface UseTasksOptions {
  /** nothing runs while paused (the planner is asked about a long run first); runs under way are dropped */
  paused?: boolean;
  /** where the tasks run; the app's shared pool unless a test gives its own */
  pool?: TaskPool | undefined;
  /**
   * The input changes only when the planner asks (a press, as Allocate's): every new one starts at
   * once, since there is no drag or typing to wait out.
   */
  onDemand?: boolean;
}

interface Entry<K extends TaskKind> extends TaskRun<TaskResult<K>> {
  /** the input of the newest task started or waiting to start */
  input: TaskInput<K>;
  weight: number;
}

/** Same input: the same fields with the same values, objects (a scenario) compared by identity. */
export function sameInput(a: object, b: object): boolean {
  if (a === b) return true;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.is(x[k], y[k]));
}

/**
 * Runs tasks of one kind in the pool whenever their inputs change, one line of tasks per job key:
 * the first task of a key starts at once, later ones once the input has settled (DEBOUNCE_MS
 * without a change, or a key or the pointer released). Only jobs whose input changed run again;
 * a task of an older input is dropped as soon as the input changes and its result never shown.
 * Cancel terminates the workers of the tasks under way; an edit or rerun() runs the cancelled
 * jobs again. Results and progress render as transitions: an input arriving meanwhile is painted first.
 */
export function useTasks<K extends TaskKind>(kind: K, jobs: readonly TaskJob<K>[], { paused = false, pool, onDemand = false }: UseTasksOptions = {}): TaskRuns<TaskResult<K>, TaskPartial<K>> {
  // The bookkeeping lives in refs, read and written synchronously by effects and callbacks; the
  // states below are snapshots of it for rendering.
  const book = useRef(new Map<string, Entry<K>>());
  const progressOf = useRef(new Map<string, number>());
  const partialOf = useRef(new Map<string, TaskPartial<K>>());
  const runners = useRef(new Map<string, TaskRunner<K>>());
  const live = useRef(new Set<string>());
  const everStarted = useRef(new Set<string>());
  const rerunAsked = useRef(false);
  const stopWaiting = useRef<() => void>(() => {});
  const [entries, setEntries] = useState<ReadonlyMap<string, Entry<K>>>(() => new Map());
  const [progressNow, setProgressNow] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [partialsNow, setPartialsNow] = useState<ReadonlyMap<string, TaskPartial<K>>>(() => new Map());
  const [attempt, setAttempt] = useState(0);

  const publish = useCallback((urgent: boolean) => {
    const next = new Map(book.current);
    const progress = new Map(progressOf.current);
    const partials = new Map(partialOf.current);
    if (urgent) {
      setEntries(next);
      setProgressNow(progress);
      setPartialsNow(partials);
    } else {
      startTransition(() => {
        setEntries(next);
        setProgressNow(progress);
        setPartialsNow(partials);
      });
    }
  }, []);

  const drop = useCallback((key: string) => {
    if (live.current.delete(key)) runners.current.get(key)?.drop();
  }, []);

  useEffect(() => {
    const all = runners.current;
    const running = live.current;
    return () => {
      for (const runner of all.values()) runner.drop();
      all.clear();
      running.clear();
    };
  }, []);

  useEffect(() => {
    const entries = book.current;
    const wanted = new Set(jobs.map((j) => j.key));
    let removed = false;
    for (const key of [...entries.keys()]) {
      if (wanted.has(key)) continue;
      drop(key);
      runners.current.delete(key);
      entries.delete(key);
      progressOf.current.delete(key);
      partialOf.current.delete(key);
      removed = true;
    }
    if (paused) {
      for (const key of [...live.current]) drop(key);
      if (removed) publish(true);
      return;
    }
    const rerunning = rerunAsked.current;
    rerunAsked.current = false;
    const isChanged = (job: TaskJob<K>) => {
      const entry = entries.get(job.key);
      return !entry || !sameInput(entry.input, job.input);
    };
    const anyChanged = jobs.some(isChanged);
    const due = jobs.filter((job) => {
      const entry = entries.get(job.key);
      if (!entry || isChanged(job)) return true;
      // Waiting to start (its wait was cut short by this effect) or dropped while paused.
      if (entry.status === 'running') return !live.current.has(job.key);
      return entry.status === 'cancelled' && (rerunning || anyChanged);
    });
    if (due.length === 0) {
      if (removed) publish(true);
      return;
    }
    for (const job of due) {
      // The task of the older input is of no use any more: its worker is freed at once.
      drop(job.key);
      entries.set(job.key, { input: job.input, result: entries.get(job.key)?.result ?? null, status: 'running', weight: job.weight ?? 1 });
      progressOf.current.set(job.key, 0);
      partialOf.current.delete(job.key);
    }
    publish(true);

    const start = (job: TaskJob<K>) => {
      const { key, input } = job;
      everStarted.current.add(key);
      let runner = runners.current.get(key);
      if (!runner) runners.current.set(key, (runner = createTaskRunner(kind, pool)));
      live.current.add(key);
      const current = () => book.current.get(key)?.input === input;
      const settle = (entry: Partial<Entry<K>>) => {
        const before = book.current.get(key);
        if (!before) return;
        live.current.delete(key);
        book.current.set(key, { ...before, ...entry });
      };
      runner
        .run(input, (progress, partial) => {
          if (!current()) return;
          progressOf.current.set(key, progress);
          const snapshot = new Map(progressOf.current);
          if (partial === undefined) return startTransition(() => setProgressNow(snapshot));
          partialOf.current.set(key, partial);
          const partials = new Map(partialOf.current);
          startTransition(() => {
            setProgressNow(snapshot);
            setPartialsNow(partials);
          });
        })
        .then(
          (result) => {
            if (!current()) return;
            settle({ result, status: 'done', error: undefined });
            progressOf.current.set(key, 1);
            partialOf.current.delete(key);
            publish(false);
          },
          (err: unknown) => {
            if (isSuperseded(err) || !current()) return;
            settle({ status: 'error', error: err instanceof Error ? err.message : String(err) });
            partialOf.current.delete(key);
            publish(true);
          },
        );
    };
    // Jobs that never ran start at once (a view opening, a scenario ticked); edits wait for the input to settle.
    const delay = !onDemand && due.some((job) => everStarted.current.has(job.key)) ? DEBOUNCE_MS : 0;
    const cancelWait = whenSettled(() => {
      for (const job of due) start(job);
    }, delay);
    stopWaiting.current = cancelWait;
    return cancelWait;
  }, [kind, pool, jobs, paused, attempt, drop, publish, onDemand]);

  const cancel = useCallback(() => {
    stopWaiting.current();
    let any = false;
    for (const [key, entry] of book.current) {
      if (entry.status !== 'running') continue;
      if (live.current.delete(key)) runners.current.get(key)?.cancel();
      book.current.set(key, { ...entry, status: 'cancelled' });
      partialOf.current.delete(key);
      any = true;
    }
    if (any) publish(true);
  }, [publish]);

  const rerun = useCallback(() => {
    rerunAsked.current = true;
    setAttempt((n) => n + 1);
  }, []);

  const runs = useMemo(() => {
    const out: Record<string, TaskRun<TaskResult<K>>> = {};
    for (const job of jobs) {
      const entry = entries.get(job.key);
      // A changed input is 'running' in the very render that brings it, before the effect has seen it.
      out[job.key] = entry && sameInput(entry.input, job.input) ? entry : { result: entry?.result ?? null, status: 'running' };
    }
    return out;
  }, [jobs, entries]);

  let units = 0;
  let done = 0;
  const partials: Record<string, TaskPartial<K>> = {};
  for (const job of jobs) {
    if (runs[job.key]?.status !== 'running') continue;
    const weight = job.weight ?? 1;
    const entry = entries.get(job.key);
    const current = entry !== undefined && sameInput(entry.input, job.input);
    units += weight;
    done += weight * (current ? (progressNow.get(job.key) ?? 0) : 0);
    const partial = current ? partialsNow.get(job.key) : undefined;
    if (partial !== undefined) partials[job.key] = partial;
  }
  const all = Object.values(runs);
  const status = all.length === 0 ? 'idle' : (['running', 'cancelled', 'error', 'done'] as const).find((s) => all.some((r) => r.status === s)) ?? 'done';
  return { runs, partials, status, progress: units > 0 ? done / units : 1, cancel, rerun };
}

export interface TaskState<R, P = never> extends Omit<TaskRun<R>, 'status'> {
  status: 'idle' | TaskStatus;
  progress: number;
  /** what the running task of the newest input found so far, if it reported any (TaskRuns.partials) */
  partial: P | null;
  cancel(): void;
  rerun(): void;
}

/** One task of a kind, run whenever its input changes; no input (null) runs nothing. The Sensitivity and Allocate views use it. */
export function useTask<K extends TaskKind>(kind: K, input: TaskInput<K> | null, options?: UseTasksOptions): TaskState<TaskResult<K>, TaskPartial<K>> {
  const jobs = useMemo(() => (input === null ? [] : [{ key: kind, input }]), [kind, input]);
  const { runs, partials, status, progress, cancel, rerun } = useTasks(kind, jobs, options);
  const run = runs[kind];
  return { result: run?.result ?? null, status, error: run?.error, progress, partial: partials[kind] ?? null, cancel, rerun };
}

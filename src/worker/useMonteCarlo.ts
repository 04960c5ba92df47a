import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { unitsPerTrial } from '../engine/montecarlo/estimate';
import type { Scenario } from '../engine/schema';
import type { MonteCarloResult } from '../engine/types';
import { createMcRunner, isSuperseded, type McRunner } from './runner';
import { useRunGate, type RunGate } from './useRunGate';

/**
 * How long the inputs must stay still before a new simulation starts: longer than the gap between
 * events of a slider drag (~16 ms) or a held arrow key (~30 ms), so a drag costs no runs, yet short
 * enough that a settled input is drawn within 100 ms (a warm 10k-trial run takes ~50 ms to paint).
 */
export const MC_DEBOUNCE_MS = 40;

/** Letting go of a key or the pointer ends a key press or a drag: the input has settled. */
const RELEASE_EVENTS = ['keyup', 'pointerup'] as const;

/** Calls `fn` once, after `delayMs` or at the next key or pointer release if sooner; returns a cancel. */
function whenSettled(fn: () => void, delayMs: number): () => void {
  const target = delayMs > 0 && typeof window !== 'undefined' ? window : null;
  const cancel = () => {
    clearTimeout(timer);
    for (const type of RELEASE_EVENTS) target?.removeEventListener(type, fire, true);
  };
  const fire = () => {
    cancel();
    fn();
  };
  const timer = setTimeout(fire, delayMs);
  for (const type of RELEASE_EVENTS) target?.addEventListener(type, fire, true);
  return cancel;
}

/** 'asking': the run would be long and waits for the planner; 'cancelled': the planner stopped it. */
export type McStatus = 'idle' | 'running' | 'done' | 'error' | 'asking' | 'cancelled';

interface RunState {
  /** the newest finished result; kept while a newer run is on its way */
  result: MonteCarloResult | null;
  status: Exclude<McStatus, 'asking'>;
  progress: number;
  error?: string;
}

export interface MonteCarloState extends Omit<RunState, 'status'> {
  status: McStatus;
  /** the estimate and the question before a long run */
  gate: RunGate;
  /** stops the run under way; the last finished result stays, marked as of earlier inputs */
  cancel(): void;
  /** runs the current inputs again after a cancel */
  rerun(): void;
}

export interface UseMonteCarloOptions {
  trials?: number;
  keepSamples?: boolean;
}

/**
 * Simulates a scenario off the main thread whenever it changes: the first run starts at once,
 * later ones once the input has settled (MC_DEBOUNCE_MS without a change, or a key or the pointer
 * released). Status turns 'running' as soon as the input changes, so the screen can mark the shown
 * result as out of date.
 */
export function useMonteCarlo(scenario: Scenario, options: UseMonteCarloOptions = {}): MonteCarloState {
  const { trials, keepSamples } = options;
  const runnerRef = useRef<McRunner | null>(null);
  const hasRun = useRef(false);
  const [state, setState] = useState<RunState>({ result: null, status: 'idle', progress: 0 });
  const perTrial = useMemo(() => unitsPerTrial(scenario), [scenario]);
  const gate = useRunGate(perTrial, trials ?? scenario.simulation.trials);
  const runTrials = gate.trials;
  const asking = gate.asking;
  const [attempt, setAttempt] = useState(0);
  const stopWaiting = useRef<() => void>(() => {});

  useEffect(() => {
    const runner = (runnerRef.current ??= createMcRunner());
    return () => {
      runner.cancel();
      runnerRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (asking) {
      // The shown result is of earlier inputs; a run of them still under way is of no use.
      runnerRef.current?.cancel();
      return;
    }
    let live = true;
    // Returning the same state when already waiting avoids a render loop if a caller passes a new but equal scenario each render.
    setState((s) => (s.status === 'running' && s.progress === 0 ? s : { result: s.result, status: 'running', progress: 0 }));
    const run = () => {
      hasRun.current = true;
      const runner = (runnerRef.current ??= createMcRunner());
      // Results and progress render as transitions: a slider input arriving meanwhile is painted first.
      const onProgress = (progress: number) => {
        if (live) startTransition(() => setState((s) => ({ ...s, progress })));
      };
      runner
        .run(scenario, { trials: runTrials, ...(keepSamples === undefined ? {} : { keepSamples }), onProgress })
        .then(
          (result) => live && startTransition(() => setState({ result, status: 'done', progress: 1 })),
          (err: unknown) => {
            if (!live || isSuperseded(err)) return;
            setState((s) => ({ result: s.result, status: 'error', progress: 0, error: err instanceof Error ? err.message : String(err) }));
          },
        );
    };
    const cancelWait = whenSettled(run, hasRun.current ? MC_DEBOUNCE_MS : 0);
    stopWaiting.current = cancelWait;
    return () => {
      live = false;
      cancelWait();
    };
  }, [scenario, runTrials, keepSamples, asking, attempt]);

  const cancel = useCallback(() => {
    stopWaiting.current();
    runnerRef.current?.cancel();
    setState((s) => (s.status === 'running' ? { result: s.result, status: 'cancelled', progress: s.progress } : s));
  }, []);

  const rerun = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, status: asking ? 'asking' : state.status, gate, cancel, rerun };
}

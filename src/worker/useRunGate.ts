import { useCallback, useMemo, useState } from 'react';
import { ASK_ABOVE_SECONDS, cheaperChoice, estimateAt, type RunEstimate } from '../engine/montecarlo/estimate';
import { measuredUnitsPerSecond } from './throughput';

export interface RunGate {
  /** waiting for the planner to choose: nothing runs meanwhile */
  asking: boolean;
  /** the trial count to run: the asked one, or the cheaper one the planner chose */
  trials: number;
  /** the expected duration of the run at `trials`, in seconds */
  seconds: number;
  /** the cheaper choice offered while asking; null when no smaller count is listed */
  cheaper: RunEstimate | null;
  runAnyway(): void;
  runCheaper(): void;
}

interface Approval {
  askedTrials: number;
  trials: number;
  /** the work approved; work, not seconds, so that a new measurement of the machine's speed does not ask again */
  workUnits: number;
}

/**
 * Asks before a run that would take longer than ASK_ABOVE_SECONDS, offering a cheaper trial count.
 * `perTrial` is the work of one trial of everything the run covers. An answer holds for later
 * edits with the same asked trial count, until the run grows to more than twice what was approved.
 */
export function useRunGate(perTrial: number, askedTrials: number): RunGate {
  const [approval, setApproval] = useState<Approval | null>(null);
  const ups = measuredUnitsPerSecond();
  const secondsAt = useCallback((trials: number) => estimateAt(perTrial, ups, trials).seconds, [perTrial, ups]);
  const full = secondsAt(askedTrials);
  const cheaper = useMemo(() => cheaperChoice(perTrial, ups, askedTrials), [perTrial, ups, askedTrials]);

  const holds = approval !== null && approval.askedTrials === askedTrials && perTrial * approval.trials <= 2 * approval.workUnits;
  const trials = holds ? approval.trials : askedTrials;
  const asking = !holds && full > ASK_ABOVE_SECONDS;
  const runAnyway = useCallback(() => setApproval({ askedTrials, trials: askedTrials, workUnits: perTrial * askedTrials }), [askedTrials, perTrial]);
  const runCheaper = useCallback(() => {
    if (cheaper) setApproval({ askedTrials, trials: cheaper.trials, workUnits: cheaper.workUnits });
  }, [askedTrials, cheaper]);
  return { asking, trials, seconds: secondsAt(trials), cheaper, runAnyway, runCheaper };
}

import type { Scenario } from '../../engine/schema';
import { useMonteCarlo } from '../../worker/useMonteCarlo';
import { usePointProjection } from '../../worker/usePointProjection';
import { ResultsPanel } from '../results/ResultsPanel';

/** The histogram draws the per-trial profits, so the worker must send them back. */
const KEEP_SAMPLES = { keepSamples: true } as const;

export interface ResultsColumnProps {
  scenario: Scenario;
}

/** Runs the projections for a scenario and hands them to the results panel. */
export function ResultsColumn({ scenario }: ResultsColumnProps) {
  const mc = useMonteCarlo(scenario, KEEP_SAMPLES);
  const { point, cashFlow } = usePointProjection(scenario);
  return (
    <ResultsPanel
      scenario={scenario}
      point={point}
      cashFlow={cashFlow}
      monteCarlo={mc.result}
      mcStatus={mc.status}
      mcProgress={mc.progress}
    />
  );
}

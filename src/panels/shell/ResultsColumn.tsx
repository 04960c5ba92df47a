import type { Scenario } from '../../engine/schema';
import { useMonteCarlo } from '../../worker/useMonteCarlo';
import { usePointProjection } from '../../worker/usePointProjection';
import { ResultsPanel } from '../results/ResultsPanel';

export interface ResultsColumnProps {
  scenario: Scenario;
}

/** Runs the projections for a scenario and hands them to the results panel. */
export function ResultsColumn({ scenario }: ResultsColumnProps) {
  const mc = useMonteCarlo(scenario);
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

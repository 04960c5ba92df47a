import { projectCashFlow } from './cashFlow';
import { runMonteCarlo, type MonteCarloOptions } from './monteCarlo';
import { projectPoint } from './point';
import type { Scenario } from './schema';
import type { CashFlowResult, MonteCarloResult, PointResult } from './types';

export interface Evaluation {
  name: string;
  point: PointResult;
  monteCarlo: MonteCarloResult;
  cashFlow: CashFlowResult;
}

/** Everything the `simulate` command reports for one scenario (docs/MODEL.md §7). */
export function evaluateScenario(scenario: Scenario, options: MonteCarloOptions = {}): Evaluation {
  const point = projectPoint(scenario);
  return {
    name: scenario.name,
    point,
    monteCarlo: runMonteCarlo(scenario, options),
    cashFlow: projectCashFlow(scenario, point),
  };
}

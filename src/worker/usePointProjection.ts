import { useMemo } from 'react';
import { projectCashFlow } from '../engine/cashFlow';
import { projectPoint } from '../engine/point';
import type { Scenario } from '../engine/schema';
import type { CashFlowResult, PointResult } from '../engine/types';

export interface PointProjection {
  point: PointResult;
  cashFlow: CashFlowResult;
}

/** The typical case and its cash flow, on the main thread: cheap enough for every input event. */
export function usePointProjection(scenario: Scenario): PointProjection {
  return useMemo(() => {
    const point = projectPoint(scenario);
    return { point, cashFlow: projectCashFlow(scenario, point) };
  }, [scenario]);
}

import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectCashFlow } from '../../src/engine/cashFlow';
import { projectPoint } from '../../src/engine/point';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { usePointProjection } from '../../src/worker/usePointProjection';

describe('usePointProjection', () => {
  it('gives the point projection and cash flow, recomputed only when the scenario changes', () => {
    const scenario = defaultScenario();
    const { result, rerender } = renderHook(({ s }) => usePointProjection(s), { initialProps: { s: scenario } });
    expect(result.current.point).toEqual(projectPoint(scenario));
    expect(result.current.cashFlow).toEqual(projectCashFlow(scenario));
    const first = result.current;
    rerender({ s: scenario });
    expect(result.current).toBe(first);
    const longer = { ...scenario, timing: { ...scenario.timing, weeks: 12 } };
    rerender({ s: longer });
    expect(result.current.cashFlow.weeks.length).toBe(projectCashFlow(longer).weeks.length);
    expect(result.current).not.toBe(first);
  });
});

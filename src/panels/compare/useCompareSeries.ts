import { useMemo } from 'react';
import type { ComparedScenario } from './useComparison';

/** The chart series of the compared scenarios, memoised with the comparison so charts do not rebin on every render. */
export function useCompareSeries(compared: readonly ComparedScenario[]) {
  return useMemo(() => {
    const base = compared.map((c) => ({ key: c.key, name: c.scenario.name, currency: c.scenario.currency }));
    return {
      columns: base,
      bars: compared.map((c, i) => ({ ...base[i]!, totals: c.point.totals })),
      distributions: compared.map((c, i) => ({ ...base[i]!, profit: c.run?.result?.samples?.profit ?? null })),
      cashFlows: compared.map((c, i) => ({ ...base[i]!, cashFlow: c.cashFlow })),
    };
  }, [compared]);
}

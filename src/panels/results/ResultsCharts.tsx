import type { CampaignTotals, CashFlowResult, LineItemPoint, MonteCarloResult } from '../../engine/types';
import { CashFlowChart } from '../../charts/CashFlowChart';
import { CostProfitChart } from '../../charts/CostProfitChart';
import { FunnelChart } from '../../charts/FunnelChart';
import { ProfitHistogram } from '../../charts/ProfitHistogram';

export interface ResultsChartsProps {
  /** the latest finished Monte Carlo run, or none yet */
  monteCarlo: MonteCarloResult | null;
  /** weekly cash flow of the typical case */
  cashFlow: CashFlowResult;
  /** totals of the typical case */
  totals: CampaignTotals;
  /** the typical case per line item */
  lineItems: readonly LineItemPoint[];
  currency: string;
  /** class that dims the distribution while a newer run is on its way */
  stale?: string | undefined;
}

/** The four charts under the figures (in ResultsDetails' chunk, with d3). */
export function ResultsCharts({ monteCarlo, cashFlow, totals, lineItems, currency, stale }: ResultsChartsProps) {
  return (
    <>
      <div className={stale}>
        <ProfitHistogram monteCarlo={monteCarlo} currency={currency} />
      </div>
      <CashFlowChart cashFlow={cashFlow} currency={currency} />
      <FunnelChart totals={totals} currency={currency} />
      <CostProfitChart lineItems={lineItems} currency={currency} />
    </>
  );
}

import { memo } from 'react';
import type { Scenario } from '../../engine/schema';
import type { CashFlowResult, MonteCarloResult, PointResult } from '../../engine/types';
import { LineItemTable } from './LineItemTable';
import { ResultsCharts } from './ResultsCharts';
import { TermsFigures } from './TermsFigures';

const Table = memo(LineItemTable);

export interface ResultsDetailsProps {
  scenario: Scenario;
  /** the typical case, deferred behind the headline figures */
  point: PointResult;
  /** the weekly cash flow, deferred likewise */
  cashFlow: CashFlowResult;
  /** the latest finished Monte Carlo run, or none yet */
  monteCarlo: MonteCarloResult | null;
  /** class that dims results while a newer run is on its way */
  stale?: string | undefined;
}

/**
 * What follows the headline figures: the four charts, the payment terms' figures and the table
 * of line items. A chunk of its own (d3 with it), fetched as the page starts, so the figures
 * paint without waiting for its code.
 */
export function ResultsDetails({ scenario, point, cashFlow, monteCarlo, stale }: ResultsDetailsProps) {
  const currency = scenario.currency;
  return (
    <>
      <div className="results-charts">
        <ResultsCharts monteCarlo={monteCarlo} cashFlow={cashFlow} totals={point.totals} lineItems={point.lineItems} currency={currency} stale={stale} />
      </div>
      <TermsFigures items={scenario.lineItems} points={point.lineItems} monteCarlo={monteCarlo} currency={currency} stale={stale !== undefined} />
      <Table lineItems={point.lineItems} currency={currency} />
    </>
  );
}

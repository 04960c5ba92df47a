import { lazy, Suspense, useDeferredValue } from 'react';
import type { Scenario } from '../../engine/schema';
import type { CashFlowResult, MonteCarloResult, PointResult } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';
import { FiguresGlossary } from './FiguresGlossary';
import { KpiCards } from './KpiCards';
import type { McStatus } from '../../worker/useSimulations';
import type { RunGate } from '../../worker/useRunGate';
import { McProgress } from './McProgress';
import { RiskSummary } from './RiskSummary';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import './results.css';

// Fetched as soon as the page runs, not when the panel first renders: the charts' code then
// arrives while React paints the figures, and a planner sees no "Loading" in practice.
const detailsModule = import('./ResultsDetails');
const ResultsDetails = lazy(() => detailsModule.then((m) => ({ default: m.ResultsDetails })));

export interface ResultsPanelProps {
  /** the scenario the results belong to: currency, media-value CPM */
  scenario: Scenario;
  /** point projection, recomputed on every input */
  point: PointResult;
  /** weekly cash flow, recomputed on every input */
  cashFlow: CashFlowResult;
  /** the latest finished Monte Carlo run, kept on screen while the next one runs */
  monteCarlo: MonteCarloResult | null;
  /** state of the Monte Carlo run */
  mcStatus: McStatus;
  /** share of trials done, 0–1 */
  mcProgress: number;
  /** the run's estimate and the question before a long one */
  mcGate?: RunGate;
  onCancelRun?: () => void;
  onRerun?: () => void;
}

/** A result shown while these hold belongs to earlier inputs. */
const STALE_STATUSES: readonly McStatus[] = ['running', 'asking', 'cancelled'];

/** Everything a planner reads off a scenario: the risk in words, headline figures, four charts and the line items. */
export function ResultsPanel({ scenario, point, cashFlow, monteCarlo, mcStatus, mcProgress, mcGate, onCancelRun, onRerun }: ResultsPanelProps) {
  const { t } = useI18n();
  const currency = scenario.currency;
  const stale = STALE_STATUSES.includes(mcStatus) && monteCarlo !== null ? 'is-stale' : undefined;
  const lastWeek = cashFlow.weeks[cashFlow.weeks.length - 1]?.week ?? scenario.timing.weeks;
  // The KPIs follow every input at once; the charts and the table (memoised) catch up in a
  // deferred render, so a burst of slider events paints the headline figures first.
  const chartPoint = useDeferredValue(point);
  const chartCashFlow = useDeferredValue(cashFlow);
  return (
    <section className="results-panel" aria-label={t('results.title')}>
      <McProgress status={mcStatus} progress={mcProgress} hasResult={monteCarlo !== null} gate={mcGate} onCancel={onCancelRun} onRerun={onRerun} />
      <RiskSummary
        monteCarlo={monteCarlo}
        paybackWeek={cashFlow.paybackWeek}
        lastWeek={lastWeek}
        currency={currency}
        hasBudget={scenario.budget !== undefined}
        {...(stale && { className: stale })}
      />
      <KpiCards
        totals={point.totals}
        paybackWeek={cashFlow.paybackWeek}
        monteCarlo={monteCarlo}
        mcFailed={mcStatus === 'error'}
        currency={currency}
        mediaValueCpm={scenario.economics.mediaValueCpm}
        mcStale={stale !== undefined}
        overlap={point.audiences.some((a) => a.saturation < 1)}
      />
      <FiguresGlossary />
      <ErrorBoundary resetKey={scenario}>
        <Suspense fallback={<p className="card results-charts-loading" role="status">{t('results.charts.loading')}</p>}>
          <ResultsDetails scenario={scenario} point={chartPoint} cashFlow={chartCashFlow} monteCarlo={monteCarlo} stale={stale} />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}

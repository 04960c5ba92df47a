import { useMemo } from 'react';
import type { ComparedMetric } from '../../engine/compare';
import { CashFlowOverlay } from '../../charts/compare/CashFlowOverlay';
import { DistributionOverlay } from '../../charts/compare/DistributionOverlay';
import { GroupedBarChart } from '../../charts/compare/GroupedBarChart';
import { useI18n } from '../../i18n/i18n';
import { comparedRows } from '../compare/comparedRows';
import { ComparisonTable } from '../compare/ComparisonTable';
import { useCompareSeries } from '../compare/useCompareSeries';
import { useComparison } from '../compare/useComparison';
import { useAppStore } from '../../store';
import { AssumptionsTable } from './AssumptionsTable';
import { ExecutiveSummary } from './ExecutiveSummary';
import { OptionsTable } from './OptionsTable';
import { RecommendedSplit, useRecommendedSplits } from './RecommendedSplit';
import { ReportDetailsFields } from './ReportDetailsFields';
import { RiskStatements } from './RiskStatements';
import '../compare/compare.css';
import './print.css';

/**
 * The figures a CFO asks about first; the full list stays on the compare view. The budget and
 * what is left of it are in the options table, the chance of going over in the risk statements.
 */
const REPORT_METRICS: ReadonlySet<ComparedMetric> = new Set(['cost', 'netRevenue', 'profit', 'roi', 'roas', 'reach', 'conversions', 'cpa']);
/** Fits the printable width of A4 and Letter landscape with 12 mm margins (about 1,000 CSS px). */
export const REPORT_CHART_WIDTH = 960;
/** Two charts side by side in that width, so all three charts share one page. */
const REPORT_HALF_WIDTH = 470;

/** A clean, print-ready report of the current comparison, laid out for A4 or Letter landscape. */
export function PresentReport() {
  const { t, locale } = useI18n();
  const { compared, baselineIndex, seed, trials } = useComparison();
  const series = useCompareSeries(compared);
  const rows = useMemo(
    () => comparedRows(compared, baselineIndex).filter((r) => REPORT_METRICS.has(r.key)),
    [compared, baselineIndex],
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  const baseline = compared[baselineIndex]?.scenario.name ?? '';
  const details = useAppStore((s) => s.report);
  const splits = useRecommendedSplits(compared);
  const by = [details.author, details.company].filter(Boolean).join(', ');
  return (
    <article className="present-report" aria-labelledby="present-title">
      <header className="present-header">
        <div>
          <h1 id="present-title">{details.title || t('present.title')}</h1>
          <p className="present-subtitle">{t('present.subtitle', { count: compared.length, baseline })}</p>
          <p className="present-date">{by ? t('present.byline', { by, date }) : t('present.date', { date })}</p>
        </div>
        <div className="no-print present-actions">
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            {t('present.print')}
          </button>
          <p className="compare-note">{t('present.printHint')}</p>
        </div>
      </header>
      <ReportDetailsFields />
      {compared.length < 2 && <p>{t('present.empty')}</p>}
      <section className="present-section" aria-labelledby="present-summary">
        <h2 id="present-summary">{t('present.summary.title')}</h2>
        <ExecutiveSummary compared={compared} baselineIndex={baselineIndex} />
      </section>
      <section className="present-section" aria-labelledby="present-options">
        <h2 id="present-options">{t('present.options.title')}</h2>
        <OptionsTable compared={compared} baselineIndex={baselineIndex} />
      </section>
      {splits.length > 0 && (
        <section className="present-section" aria-labelledby="present-split">
          <h2 id="present-split">{t('allocate.report.title')}</h2>
          <RecommendedSplit splits={splits} />
        </section>
      )}
      <section className="present-section" aria-labelledby="present-risk">
        <h2 id="present-risk">{t('present.risk.title')}</h2>
        <RiskStatements compared={compared} baselineIndex={baselineIndex} />
      </section>
      <section className="present-section" aria-labelledby="present-kpi">
        <h2 id="present-kpi">{t('present.kpi.title')}</h2>
        <ComparisonTable columns={series.columns} rows={rows} baselineIndex={baselineIndex} />
      </section>
      <section className="present-section present-page" aria-labelledby="present-assumptions">
        <h2 id="present-assumptions">{t('present.assumptions.title')}</h2>
        <AssumptionsTable scenarios={compared} seed={seed} trials={trials} />
        <p className="compare-note">{t('present.assumptions.note')}</p>
      </section>
      <section className="present-section present-charts" aria-labelledby="present-charts">
        <h2 id="present-charts" className="visually-hidden">{t('present.charts.title')}</h2>
        <div className="present-chart">
          <GroupedBarChart series={series.bars} width={REPORT_CHART_WIDTH} />
        </div>
        <div className="present-chart-pair">
          <div className="present-chart">
            <DistributionOverlay series={series.distributions} width={REPORT_HALF_WIDTH} />
          </div>
          <div className="present-chart">
            <CashFlowOverlay series={series.cashFlows} width={REPORT_HALF_WIDTH} />
          </div>
        </div>
      </section>
    </article>
  );
}

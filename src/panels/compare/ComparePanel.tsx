import { useMemo } from 'react';
import { CashFlowOverlay } from '../../charts/compare/CashFlowOverlay';
import { DistributionOverlay } from '../../charts/compare/DistributionOverlay';
import { GroupedBarChart } from '../../charts/compare/GroupedBarChart';
import { useI18n } from '../../i18n/i18n';
import { CANCELLABLE_FROM_SECONDS, McProgress } from '../results/McProgress';
import { useAppStore } from '../../store';
import { FiguresGlossary } from '../results/FiguresGlossary';
import { BeatsBaseline } from './BeatsBaseline';
import { comparedRows } from './comparedRows';
import { ComparisonTable } from './ComparisonTable';
import { ExportControls } from './ExportControls';
import { ScenarioPicker } from './ScenarioPicker';
import { useCompareSelection } from './selection';
import { useCompareSeries } from './useCompareSeries';
import { useComparison } from './useComparison';
import { useSettled } from './useSettled';
import './compare.css';

/** Side by side: 2–6 scenarios of the workspace, their figures against the baseline, the odds of beating it and the overlaid charts. */
export function ComparePanel() {
  const { t } = useI18n();
  const entries = useAppStore((s) => s.entries);
  const baselineKey = useAppStore((s) => s.baselineKey);
  const setKeys = useCompareSelection((s) => s.setKeys);
  const { compared, baselineIndex, seed, trials, running, status, gate, progress, cancel, rerun } = useComparison();
  const rows = useMemo(() => comparedRows(compared, baselineIndex), [compared, baselineIndex]);
  const series = useCompareSeries(compared);
  const distributions = useSettled(series.distributions, !running);
  const currencies = [...new Set(compared.map((c) => c.scenario.currency))];
  const baselineName = compared[baselineIndex]?.scenario.name ?? '';
  return (
    <section className="compare-panel" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <p>{t('compare.intro', { name: baselineName })}</p>
      <ScenarioPicker
        options={entries.map((e) => ({ key: e.key, name: e.scenario.name }))}
        selected={compared.map((c) => c.key)}
        baselineKey={baselineKey}
        onChange={setKeys}
      />
      {currencies.length > 1 && <p className="compare-note" role="note">{t('compare.currencies', { list: currencies.join(', ') })}</p>}
      <p className="compare-status" role="status">{running ? t('compare.running') : ''}</p>
      {(status === 'asking' || status === 'cancelled' || (running && gate.seconds >= CANCELLABLE_FROM_SECONDS)) && (
        <McProgress status={status} progress={progress} hasResult={compared.some((c) => c.run?.result)} gate={gate} onCancel={cancel} onRerun={rerun} />
      )}
      <section className="card" aria-labelledby="compare-table-title">
        <h3 id="compare-table-title">{t('compare.table.title')}</h3>
        <ComparisonTable columns={series.columns} rows={rows} baselineIndex={baselineIndex} />
      </section>
      <BeatsBaseline compared={compared} baselineIndex={baselineIndex} seed={seed} trials={trials} />
      <FiguresGlossary />
      <div className="compare-charts">
        <GroupedBarChart series={series.bars} />
        <DistributionOverlay series={distributions} />
        <CashFlowOverlay series={series.cashFlows} />
      </div>
      <ExportControls compared={compared} />
    </section>
  );
}

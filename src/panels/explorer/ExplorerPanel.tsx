import { useId, useMemo, useState } from 'react';
import { RiskBoxChart, type RiskRow } from '../../charts/explorer/RiskBoxChart';
import { rateMedian } from '../../engine/distributions';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../fields/SelectField';
import { CANCELLABLE_FROM_SECONDS, McProgress } from '../results/McProgress';
import { useAppStore, useSelectedScenario } from '../../store';
import { CrossoverSection } from './CrossoverSection';
import { StructureCard } from './StructureCard';
import { compareStructures, scenarioWithPayment, type StructureRow } from './structures';
import { structureScenarioName, termsText } from './terms';
import { useStructureRuns } from './useStructureRuns';
import './explorer.css';

/** The payment-structure explorer for one line item of the selected scenario. */
export function ExplorerPanel() {
  const { t, fmt } = useI18n();
  const { scenario } = useSelectedScenario();
  const addScenario = useAppStore((s) => s.addScenario);
  const [itemId, setItemId] = useState<string | null>(null);
  const id = useId();
  const item = scenario.lineItems.find((li) => li.id === itemId) ?? scenario.lineItems[0];
  const comparison = useMemo(() => (item ? compareStructures(scenario, item) : null), [scenario, item]);
  const jobs = useMemo(() => comparison?.rows.map((r) => ({ kind: r.kind, solo: r.solo })) ?? [], [comparison]);
  const { runs, status, gate, progress, cancel, rerun } = useStructureRuns(jobs);
  const f = fmt(scenario.currency);
  const heading = (
    <>
      <h2 id={`${id}-title`}>{t('explorer.title')}</h2>
      <p className="explorer-intro">{t('explorer.intro')}</p>
    </>
  );
  if (!item || !comparison) {
    return (
      <section className="explorer-panel" aria-labelledby={`${id}-title`}>
        {heading}
        <p className="notice">{t('explorer.noLineItems')}</p>
      </section>
    );
  }
  const label = item.label || item.id;
  const overheads = scenario.overheads.reduce((sum, o) => sum + o.amount, 0);
  const create = (row: StructureRow) => {
    if (!row.payment) return;
    const name = structureScenarioName(scenario.name, row.kind, row.payment, t, f);
    addScenario(scenarioWithPayment(scenario, item.id, row.payment, name));
  };
  const riskRows: RiskRow[] = comparison.rows.flatMap((r) => {
    const outcome = runs[r.kind]?.result;
    return outcome ? [{ kind: r.kind, label: t(`explorer.structure.${r.kind}`), profit: outcome.profit, earnings: outcome.earnings }] : [];
  });
  const trials = comparison.rows.map((r) => runs[r.kind]?.result?.trials).find((n) => n !== undefined) ?? 0;
  const running = comparison.rows.some((r) => runs[r.kind]?.status === 'running');
  return (
    <section className="explorer-panel" aria-labelledby={`${id}-title`}>
      {heading}
      <SelectField
        className="explorer-picker"
        label={t('explorer.lineItem')}
        value={item.id}
        options={scenario.lineItems.map((li) => ({ value: li.id, label: li.label || li.id }))}
        onChange={setItemId}
      />
      <p className="explorer-reference">
        {t('explorer.reference', { terms: termsText(item.payment, t, f), label, earnings: f.money(comparison.reference) })}{' '}
        {overheads > 0 ? t('explorer.scope', { label, overheads: f.money(overheads) }) : t('explorer.scopeNoOverheads', { label })}
      </p>
      <div className="structure-grid">
        {comparison.rows.map((row) => (
          <StructureCard key={row.kind} row={row} run={runs[row.kind]} currency={scenario.currency} expectedEarnings={comparison.reference} onCreate={create} />
        ))}
      </div>
      {(status === 'asking' || status === 'cancelled' || (running && gate.seconds >= CANCELLABLE_FROM_SECONDS)) && (
        <McProgress status={status} progress={progress} hasResult={riskRows.length > 0} gate={gate} onCancel={cancel} onRerun={rerun} />
      )}
      <div className={`explorer-charts${running || status === 'cancelled' || status === 'asking' ? ' is-stale' : ''}`}>
        {riskRows.length > 0 ? (
          <RiskBoxChart rows={riskRows} trials={trials} currency={scenario.currency} />
        ) : (
          <figure className="card chart">
            <h3 className="chart-title">{t('explorer.risk.title')}</h3>
            <p className="chart-empty">{t('explorer.risk.empty')}</p>
          </figure>
        )}
        <CrossoverSection rows={comparison.rows} typicalRate={rateMedian(item.conversionRate)} itemLabel={label} currency={scenario.currency} />
      </div>
    </section>
  );
}

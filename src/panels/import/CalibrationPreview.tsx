import { useDeferredValue, useMemo, useState } from 'react';
import { projectPoint } from '../../engine/point';
import { applyCalibration } from '../../engine/roster/applyCalibration';
import { calibrate, type CalibrationGroup } from '../../engine/roster/calibration';
import { resultColumnsOf, type ResultsRead } from '../../io/csv/parseCsvFile';
import { useI18n } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';
import { useSelectedScenario } from '../../store';
import { CalibrationGroupView } from './CalibrationGroupView';
import { TargetChoice } from './ChoiceGroup';
import { CsvRowsTable } from './CsvRowsTable';
import { ReadSummary } from './ReadSummary';
import { renamedCopy, type ImportTarget } from './targets';
import { useApplyToWorkspace } from './useApplyToWorkspace';

export interface CalibrationPreviewProps {
  read: ResultsRead;
  fileName: string;
  onCancel(): void;
  onApplied(): void;
}

/** Ranges that change: a rate with results in a tier × platform the scenario has line items of. */
export const changedRanges = (groups: readonly CalibrationGroup[]): number =>
  groups.reduce((n, g) => (g.lineItemIds.length === 0 ? n : n + Object.values(g.rates).filter((r) => r.n > 0).length), 0);

/**
 * Past results before they calibrate anything: per tier × platform and rate the range before and
 * after with the number of creators behind it, a chart of the two, and the typical profit either
 * way. The selected scenario changes, or a copy of it does so that Compare can show both.
 */
export function CalibrationPreview({ read, fileName, onCancel, onApplied }: CalibrationPreviewProps) {
  const { t, fmt } = useI18n();
  const selected = useSelectedScenario().scenario;
  const apply = useApplyToWorkspace();
  const [target, setTarget] = useState<ImportTarget>('selected');
  const copyName = t('csvImport.copyName', { name: selected.name });
  // A render later than the table, as the creator list preview does, so the first paint stays light.
  const deferred = useDeferredValue(read, null);
  const calibration = useMemo(() => {
    if (deferred === null || deferred.rows.length === 0) return null;
    return calibrate(selected, deferred.rows, resultColumnsOf(deferred));
  }, [deferred, selected]);
  const base = useMemo(() => (target === 'selected' ? selected : renamedCopy(selected, copyName)), [target, selected, copyName]);
  const applied = useMemo(() => (calibration ? applyCalibration(base, calibration, fileName) : null), [base, calibration, fileName]);
  const changes = calibration ? changedRanges(calibration.groups) : 0;
  const profits = useMemo(() => (applied && changes > 0 ? { before: projectPoint(selected).totals.profit, after: projectPoint(applied.scenario).totals.profit } : null), [applied, changes, selected]);

  const f = fmt(selected.currency);
  const run = () => {
    if (!applied) return;
    const ranges = t(pluralKey(f.locale, 'csvImport.ranges', changes), { n: f.count(changes) });
    apply(applied.scenario, target, t('csvImport.results.done', { ranges, name: applied.scenario.name, file: fileName }));
    onApplied();
  };
  // The groups say themselves which have no line item; the list of notes need not say it again.
  const notices = [...(calibration?.notices.filter((n) => n.code !== 'noLineItem') ?? []), ...(applied?.notices ?? [])];

  return (
    <>
      <ReadSummary read={read} fileName={fileName} notices={notices} />
      {deferred === null && read.rows.length > 0 && (
        <p className="csv-outcome" aria-busy="true">
          {t('csvImport.working')}
        </p>
      )}
      {calibration && (
        <>
          <TargetChoice selectedName={selected.name} otherLabel={t('csvImport.into.copy', { name: selected.name })} value={target} onChange={setTarget} />
          <p className="csv-outcome" aria-live="polite">
            {profits ? t('csvImport.profit', { before: f.money(profits.before), after: f.money(profits.after) }) : t('csvImport.results.nothing')}
          </p>
          {calibration.groups.map((group) => (
            <CalibrationGroupView key={`${group.tier}-${group.platform}`} group={group} scenario={selected} />
          ))}
        </>
      )}
      {(read.rows.length > 0 || read.rejected.length > 0) && <CsvRowsTable read={read} fileName={fileName} currency={selected.currency} />}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('csvImport.cancel')}
        </button>
        {applied && changes > 0 && (
          <button type="button" className="btn btn-primary" onClick={run}>
            {t('csvImport.results.apply')}
          </button>
        )}
      </div>
    </>
  );
}

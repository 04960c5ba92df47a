import { useEffect, useId, useMemo, useRef } from 'react';
import { FrontierChart } from '../../charts/FrontierChart';
import { projectPoint } from '../../engine/point';
import { useI18n } from '../../i18n/i18n';
import type { AllocationRecord } from '../../store';
import { AllocationTable } from './AllocationTable';
import { isMoneyObjective, objectiveOf } from './allocationOps';
import { bindingSentences } from './bindingWords';

export interface AllocationResultViewProps {
  record: AllocationRecord;
  /** how the record stands to the scenario on screen (allocationOps.recordState) */
  state: 'current' | 'applied' | 'stale';
  onApplyNew(): void;
  onApplyHere(): void;
  /** false while the frontier of a newer allocation is being found (FrontierSoFarView shows that) */
  showFrontier?: boolean;
}

const STATUS_KEY = { optimal: 'allocate.status.optimal', 'best-found': 'allocate.status.bestFound', infeasible: 'allocate.status.infeasible' } as const;

/** The allocator's answer: what it reached and why, the split line item by line item, the frontier, and the two ways to apply it. */
export function AllocationResultView({ record, state, onApplyNew, onApplyHere, showFrontier = true }: AllocationResultViewProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const { result } = record;
  const currency = record.of.currency;
  const f = fmt(currency);
  const before = useMemo(() => projectPoint(record.of), [record.of]);
  const sentences = useMemo(() => bindingSentences(result, t, f), [result, t, f]);
  const name = result.objective.name;
  const show = (v: number | null) => (isMoneyObjective(name) ? f.money(v) : f.number(v));
  // Applying removes the button that had focus: the line that says what happened takes it.
  const appliedNote = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state === 'applied' && (document.activeElement === document.body || document.activeElement === null)) appliedNote.current?.focus();
  }, [state]);
  return (
    <section className={`allocate-result${state === 'stale' ? ' allocate-stale' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('allocate.result.title')}</h3>
      {state === 'stale' && (
        <p className="notice allocate-stale-note" role="note">
          {t('allocate.stale')}
        </p>
      )}
      {state === 'applied' && (
        <p className="allocate-applied" ref={appliedNote} tabIndex={-1}>
          {t(record.applied?.as === 'here' ? 'allocate.appliedHere' : 'allocate.appliedNew')}
        </p>
      )}
      <div className="card allocate-answer">
        <p className={`allocate-status allocate-status-${result.status}`}>{t(STATUS_KEY[result.status])}</p>
        <ul className="allocate-binding">
          {sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p>
          {t('allocate.objective.change', {
            objective: t(`allocate.objective.name.${name}`),
            before: show(objectiveOf(name, record.before)),
            after: show(result.objective.value),
          })}{' '}
          {t('allocate.risk.change', { before: f.percent(record.before.probabilityOfLoss, 1), after: f.percent(result.result.monteCarlo.probabilityOfLoss, 1) })}
        </p>
      </div>
      <AllocationTable result={result} before={before} currency={currency} />
      {state === 'current' && (
        <div className="allocate-apply" role="group" aria-label={t('allocate.result.title')}>
          <button type="button" className="btn btn-primary" onClick={onApplyNew}>
            {t('allocate.apply.new')}
          </button>
          <button type="button" className="btn" onClick={onApplyHere}>
            {t('allocate.apply.here')}
          </button>
          <span className="allocate-hint">{t('allocate.apply.hint')}</span>
        </div>
      )}
      {showFrontier && <FrontierChart points={result.frontier} budget={result.settings.budget} objective={name} maxLossProbability={result.settings.maxLossProbability} currency={currency} />}
    </section>
  );
}

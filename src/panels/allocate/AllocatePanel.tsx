import { useCallback, useId, useMemo } from 'react';
import { LIMITS } from '../../engine/limits';
import { projectPoint } from '../../engine/point';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { useAppStore, useSelectedScenario, useUndoRedo } from '../../store';
import { TaskProgress } from '../results/TaskProgress';
import { useToast } from '../shell/ToastProvider';
import { AllocationResultView } from './AllocationResultView';
import { AllocationSettingsCard } from './AllocationSettingsCard';
import { recordState, withBudget } from './allocationOps';
import { CreatorBoundsTable } from './CreatorBoundsTable';
import { FrontierSoFarView } from './FrontierSoFarView';
import { useAllocation } from './useAllocation';
import './allocate.css';

/**
 * The Allocate view (docs/MODEL.md §8): the allocator's settings and each line item's bounds, kept
 * in the selected scenario, a button that runs the allocator in the worker, and its answer, which
 * can become a new scenario or replace this one's creators (both undoable).
 */
export function AllocatePanel() {
  const { t, fmt } = useI18n();
  const id = useId();
  const toast = useToast();
  const { undo } = useUndoRedo();
  const { key, scenario } = useSelectedScenario();
  const updateScenario = useAppStore((s) => s.updateScenario);
  const addScenario = useAppStore((s) => s.addScenario);
  const setAllocation = useAppStore((s) => s.setAllocation);
  const onChange = useCallback((next: Scenario) => updateScenario(key, next), [key, updateScenario]);
  const { record, task, soFar, refused, allocate } = useAllocation(key, scenario);
  const f = fmt(scenario.currency);
  const hasBudget = scenario.budget !== undefined;
  const cost = useMemo(() => (hasBudget ? null : projectPoint(scenario).totals.cost), [hasBudget, scenario]);
  const state = record ? recordState(record, scenario) : null;

  const applyNew = () => {
    if (!record) return;
    const name = t('allocate.apply.newName', { name: record.of.name }).slice(0, LIMITS.nameLength);
    const next = { ...record.result.scenario, name };
    const newKey = addScenario(next);
    setAllocation(newKey, { ...record, applied: { scenario: next, as: 'new' } });
    toast.show({ text: t('allocate.apply.doneNew', { name }), action: { label: t('shell.undo'), run: undo } });
  };
  const applyHere = () => {
    if (!record) return;
    const next = record.result.scenario;
    updateScenario(key, next);
    setAllocation(key, { ...record, applied: { scenario: next, as: 'here' } });
    toast.show({ text: t('allocate.apply.doneHere', { name: next.name }), action: { label: t('shell.undo'), run: undo } });
  };

  const words = {
    running: (pct: string) => t('allocate.working', { pct }),
    label: t('allocate.progress'),
    cancel: t('allocate.cancel'),
    cancelled: t('allocate.cancelled'),
    rerun: t('allocate.rerun'),
    error: (message: string) => t('allocate.error', { message }),
  };
  return (
    <section className="allocate-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('allocate.title')}</h2>
      <p className="allocate-intro">{t('allocate.intro')}</p>
      {!hasBudget && (
        <div className="notice allocate-no-budget" role="note" aria-labelledby={`${id}-nobudget`}>
          <h3 id={`${id}-nobudget`}>{t('allocate.noBudget.title')}</h3>
          <p>{t('allocate.noBudget.text')}</p>
          {cost !== null && cost > 0 && (
            <button type="button" className="btn" onClick={() => onChange(withBudget(scenario, Math.round(cost)))}>
              {t('allocate.noBudget.useCost', { cost: f.money(Math.round(cost)) })}
            </button>
          )}
        </div>
      )}
      <div className="allocate-inputs">
        <AllocationSettingsCard scenario={scenario} onChange={onChange} />
        <CreatorBoundsTable scenario={scenario} onChange={onChange} />
      </div>
      <div className="allocate-run">
        <button type="button" className="btn btn-primary" onClick={allocate} disabled={!hasBudget || scenario.lineItems.length === 0}>
          {t('allocate.run')}
        </button>
        {/* The answer says itself whether it is of earlier inputs, in words of its own. */}
        <TaskProgress status={task.status} progress={task.progress} hasResult={false} words={words} error={task.error} onCancel={task.cancel} onRerun={allocate} />
        {refused && <p className="field-error">{t('allocate.noBudget.title')}</p>}
      </div>
      {soFar && <FrontierSoFarView soFar={soFar.frontier} settings={soFar.settings} currency={soFar.currency} />}
      {record && state ? (
        // While a new frontier fills in, an earlier answer's chart would be a second, older one beside it.
        <AllocationResultView record={record} state={state} onApplyNew={applyNew} onApplyHere={applyHere} showFrontier={!soFar} />
      ) : (
        hasBudget && task.status === 'idle' && <p className="allocate-empty">{t('allocate.empty', { budget: f.money(scenario.budget) })}</p>
      )}
    </section>
  );
}

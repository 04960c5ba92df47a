import { useId, useMemo } from 'react';
import { TornadoChart } from '../../charts/TornadoChart';
import { projectPoint } from '../../engine/point';
import { breakEvenConditions } from '../../engine/sensitivity';
import { useI18n } from '../../i18n/i18n';
import { useSelectedScenario } from '../../store';
import { useTask } from '../../worker/useTasks';
import { TaskProgress } from '../results/TaskProgress';
import { tornadoLabel, tornadoView } from './tornadoRows';
import { WhatMustBeTrue } from './WhatMustBeTrue';
import './sensitivity.css';

/**
 * Which uncertain inputs move profit most, and what must be true for the selected plan to break even.
 * The tornado projects the campaign twice per uncertain input, which grows with the square of the
 * line items (0.6 s for 100 of them), so it is worked out in the worker; the break-even figures
 * take one projection and stay here.
 */
export function SensitivityPanel() {
  const { t, fmt } = useI18n();
  const { scenario } = useSelectedScenario();
  const id = useId();
  const input = useMemo(() => ({ scenario }), [scenario]);
  const task = useTask('sensitivity', input);
  const view = useMemo(() => (task.result ? tornadoView(task.result) : null), [task.result]);
  const point = useMemo(() => projectPoint(scenario), [scenario]);
  const conditions = useMemo(() => breakEvenConditions(scenario, point), [scenario, point]);
  const f = fmt(scenario.currency);
  const note =
    !view || view.hiddenCount === 0
      ? undefined
      : view.hiddenCount === 1
        ? t('sensitivity.tornado.moreOne', { swing: f.money(view.hiddenMaxSwing) })
        : t('sensitivity.tornado.more', { count: f.number(view.hiddenCount), swing: f.money(view.hiddenMaxSwing) });
  const words = {
    running: (pct: string) => t('sensitivity.working', { pct }),
    label: t('sensitivity.progress'),
    cancel: t('sensitivity.cancel'),
    cancelled: t('sensitivity.cancelled'),
    rerun: t('sensitivity.rerun'),
    error: (message: string) => t('sensitivity.error', { message }),
  };
  const stale = task.status !== 'done' && task.status !== 'idle';
  return (
    <section className="sensitivity-panel" aria-labelledby={id}>
      <h2 id={id}>{t('sensitivity.title')}</h2>
      <p className="sensitivity-intro">{t('sensitivity.intro')}</p>
      <TaskProgress status={task.status} progress={task.progress} hasResult={view !== null} words={words} error={task.error} onCancel={task.cancel} onRerun={task.rerun} />
      <div className="sensitivity-grid">
        {!view ? (
          <figure className="card chart">
            <h3 className="chart-title">{t('sensitivity.tornado.title')}</h3>
            <p className="chart-empty sensitivity-pending">{t('sensitivity.pending')}</p>
          </figure>
        ) : view.shown.length > 0 ? (
          <div className={`sensitivity-tornado${stale ? ' is-stale-soon' : ''}`}>
            <TornadoChart
              baseProfit={view.baseProfit}
              bars={view.shown}
              labels={view.shown.map((b) => tornadoLabel(b, t))}
              currency={scenario.currency}
              {...(note === undefined ? {} : { note })}
            />
          </div>
        ) : (
          <p className="notice">{t('sensitivity.noRanges')}</p>
        )}
        <WhatMustBeTrue conditions={conditions} profit={point.totals.profit} overheads={point.totals.overheads} currency={scenario.currency} />
      </div>
    </section>
  );
}

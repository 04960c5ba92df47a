import { useId, useMemo } from 'react';
import { TornadoChart } from '../../charts/TornadoChart';
import { projectPoint } from '../../engine/point';
import { breakEvenConditions, tornado } from '../../engine/sensitivity';
import { useI18n } from '../../i18n/i18n';
import { useSelectedScenario } from '../../store';
import { tornadoLabel, tornadoView } from './tornadoRows';
import { WhatMustBeTrue } from './WhatMustBeTrue';
import './sensitivity.css';

/** Which uncertain inputs move profit most, and what must be true for the selected plan to break even. */
export function SensitivityPanel() {
  const { t, fmt } = useI18n();
  const { scenario } = useSelectedScenario();
  const id = useId();
  const view = useMemo(() => tornadoView(tornado(scenario)), [scenario]);
  const point = useMemo(() => projectPoint(scenario), [scenario]);
  const conditions = useMemo(() => breakEvenConditions(scenario, point), [scenario, point]);
  const f = fmt(scenario.currency);
  const note =
    view.hiddenCount === 0
      ? undefined
      : view.hiddenCount === 1
        ? t('sensitivity.tornado.moreOne', { swing: f.money(view.hiddenMaxSwing) })
        : t('sensitivity.tornado.more', { count: f.number(view.hiddenCount), swing: f.money(view.hiddenMaxSwing) });
  return (
    <section className="sensitivity-panel" aria-labelledby={id}>
      <h2 id={id}>{t('sensitivity.title')}</h2>
      <p className="sensitivity-intro">{t('sensitivity.intro')}</p>
      <div className="sensitivity-grid">
        {view.shown.length > 0 ? (
          <TornadoChart
            baseProfit={view.baseProfit}
            bars={view.shown}
            labels={view.shown.map((b) => tornadoLabel(b, t))}
            currency={scenario.currency}
            {...(note === undefined ? {} : { note })}
          />
        ) : (
          <p className="notice">{t('sensitivity.noRanges')}</p>
        )}
        <WhatMustBeTrue conditions={conditions} profit={point.totals.profit} overheads={point.totals.overheads} currency={scenario.currency} />
      </div>
    </section>
  );
}

import { memo, useId } from 'react';
import { LIMITS } from '../../engine/limits';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { NumberField } from '../fields/NumberField';
import type { ScenarioUpdate } from './ScenarioEditor';

export interface TimingSimulationSectionProps {
  /** campaign length and payout delay */
  timing: Scenario['timing'];
  /** Monte Carlo settings */
  simulation: Scenario['simulation'];
  /** applies an edit to the latest scenario */
  update: ScenarioUpdate;
}

/** When the money moves, and how the Monte Carlo simulation runs. */
function TimingSimulationSectionImpl({ timing, simulation, update }: TimingSimulationSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const weeks = t('common.weeks');
  const setTiming = (patch: Partial<Scenario['timing']>) => update((s) => ({ ...s, timing: { ...s.timing, ...patch } }));
  const setSimulation = (patch: Partial<Scenario['simulation']>) =>
    update((s) => ({ ...s, simulation: { ...s.simulation, ...patch } }));

  return (
    <section className="editor-section card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('editor.section.timing')}</h3>
      <div className="editor-grid">
        <NumberField label={t('editor.timing.weeks')} hint={t('editor.timing.weeks.hint')} unit={weeks} value={timing.weeks} min={LIMITS.weeks.min} max={LIMITS.weeks.max} sliderMax={52} integer onChange={(v) => setTiming({ weeks: v })} />
        <NumberField label={t('editor.timing.payoutDelayWeeks')} hint={t('editor.timing.payoutDelayWeeks.hint')} unit={weeks} value={timing.payoutDelayWeeks} min={LIMITS.payoutDelayWeeks.min} max={LIMITS.payoutDelayWeeks.max} integer onChange={(v) => setTiming({ payoutDelayWeeks: v })} />
        <NumberField label={t('editor.simulation.trials')} hint={t('editor.simulation.trials.hint')} value={simulation.trials} min={LIMITS.trials.min} max={LIMITS.trials.max} integer scale="log" sliderMin={100} sliderMax={100_000} onChange={(v) => setSimulation({ trials: Math.round(v) })} />
        <NumberField label={t('editor.simulation.seed')} hint={t('editor.simulation.seed.hint')} value={simulation.seed} min={LIMITS.seed.min} max={LIMITS.seed.max} integer sliderMax={9_999} onChange={(v) => setSimulation({ seed: v })} />
        <NumberField label={t('editor.simulation.creatorCorrelation')} hint={t('editor.simulation.creatorCorrelation.hint')} format="percent" value={simulation.creatorCorrelation} min={0} max={1} step={0.05} onChange={(v) => setSimulation({ creatorCorrelation: v })} />
        <NumberField label={t('editor.simulation.campaignCorrelation')} hint={t('editor.simulation.campaignCorrelation.hint')} format="percent" value={simulation.campaignCorrelation} min={0} max={1} step={0.05} onChange={(v) => setSimulation({ campaignCorrelation: v })} />
      </div>
    </section>
  );
}

export const TimingSimulationSection = memo(TimingSimulationSectionImpl);

import { nonFiniteFigures } from '../../engine/finite';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { useSimulation } from '../../worker/useSimulations';
import { usePointProjection } from '../../worker/usePointProjection';
import { ResultsPanel } from '../results/ResultsPanel';

/** The histogram draws the per-trial profits, so the worker must send them back. */
const KEEP_SAMPLES = { keepSamples: true } as const;

export interface ResultsColumnProps {
  scenario: Scenario;
}

/**
 * Runs the projections for a scenario and hands them to the results panel. A figure too large to
 * compute is an error, shown as one: never a profit of "—" beside "none of the outcomes loses money".
 */
export function ResultsColumn({ scenario }: ResultsColumnProps) {
  const { t } = useI18n();
  const mc = useSimulation(scenario, KEEP_SAMPLES);
  const { point, cashFlow } = usePointProjection(scenario);
  const overflow = nonFiniteFigures({ point, cashFlow, monteCarlo: mc.result });
  if (overflow.length > 0) {
    const figures = [...new Set(overflow.map((path) => path.split('.').at(-1) ?? path))].join(', ');
    return (
      <section className="results-panel" aria-label={t('results.title')}>
        <p className="notice" role="alert">
          {t('results.overflow', { figures })}
        </p>
      </section>
    );
  }
  return (
    <ResultsPanel
      scenario={scenario}
      point={point}
      cashFlow={cashFlow}
      monteCarlo={mc.result}
      mcStatus={mc.status}
      mcProgress={mc.progress}
      mcGate={mc.gate}
      onCancelRun={mc.cancel}
      onRerun={mc.rerun}
    />
  );
}

import { useI18n } from '../../i18n/i18n';
import { lossSentence } from './riskWords';
import type { ComparedScenario } from './useComparison';

export interface BeatsBaselineProps {
  /** the compared scenarios with their runs and P(beats baseline) */
  compared: readonly ComparedScenario[];
  /** index of the baseline in `compared` */
  baselineIndex: number;
  /** the seed every compared run shares */
  seed: number;
  /** the trial count every compared run shares */
  trials: number;
}

/** For each scenario, the chance that it makes more profit than the baseline, counted trial by trial on shared draws. */
export function BeatsBaseline({ compared, baselineIndex, seed, trials }: BeatsBaselineProps) {
  const { t, fmt } = useI18n();
  const baseline = compared[baselineIndex];
  return (
    <section className="card compare-beats" aria-labelledby="compare-beats-title">
      <h3 id="compare-beats-title">{t('compare.beats.title')}</h3>
      <p className="compare-note">{t('compare.crn', { seed, trials: fmt(baseline?.scenario.currency ?? 'EUR').number(trials) })}</p>
      <ul>
        {compared.map((c, i) => {
          const f = fmt(c.scenario.currency);
          const mc = c.run?.result ?? null;
          const name = c.scenario.name;
          const loss = mc ? lossSentence(mc, t, f) : null;
          if (i === baselineIndex) {
            return (
              <li key={c.key}>
                <span>{t('compare.beats.baseline', { name })}</span>
                {loss && <span className="compare-note"> {loss}.</span>}
              </li>
            );
          }
          const p = c.beatsBaseline;
          return (
            <li key={c.key}>
              <span className="compare-beats-text">{p === null ? t('compare.beats.pending', { name }) : t('compare.beats.row', { name, pct: f.percent(p) })}</span>
              {p !== null && (
                <span className="compare-meter" aria-hidden="true">
                  <span style={{ width: `${Math.round(p * 100)}%` }} />
                </span>
              )}
              {loss && <span className="compare-note"> {loss}.</span>}
            </li>
          );
        })}
      </ul>
      {baseline === undefined && <p>{t('compare.picker.only')}</p>}
    </section>
  );
}

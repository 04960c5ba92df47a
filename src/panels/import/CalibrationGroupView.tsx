import { useId } from 'react';
import { RangeShiftChart, type RangeShift } from '../../charts/RangeShiftChart';
import { CALIBRATED_RATES, type CalibrationGroup } from '../../engine/roster/calibration';
import type { Rate, Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';

export interface CalibrationGroupViewProps {
  group: CalibrationGroup;
  /** the scenario calibrated, for the names of the line items that change */
  scenario: Scenario;
}

const ends = (rate: Rate) => (typeof rate === 'number' ? { low: rate, high: rate } : rate);

/** One tier × platform of a calibration: which line items change, each rate's range before and after with its n, and a chart of both. */
export function CalibrationGroupView({ group, scenario }: CalibrationGroupViewProps) {
  const { t, fmt } = useI18n();
  const f = fmt(scenario.currency);
  const headingId = useId();
  const creators = (n: number) => t(pluralKey(f.locale, 'csvImport.creators', n), { n: f.count(n) });
  const range = (rate: Rate) => (typeof rate === 'number' ? f.rate(rate) : t('csvImport.range', { low: f.rate(rate.low), high: f.rate(rate.high) }));
  const name = t('csvImport.results.group', { tier: t(`editor.tier.${group.tier}`), platform: t(`editor.platformInLabel.${group.platform}`) });
  const labels = scenario.lineItems.filter((i) => group.lineItemIds.includes(i.id)).map((i) => i.label || i.id);
  const rates = CALIBRATED_RATES.flatMap((rate) => {
    const result = group.rates[rate];
    return result ? [{ rate, ...result, label: t(`editor.rate.${rate}`) }] : [];
  });
  const moved = rates.filter((r) => r.n > 0);
  const shifts: RangeShift[] = moved.map((r) => ({ label: r.label, before: ends(r.before), after: ends(r.after) }));
  const summary = t('csvImport.chart.summary', {
    rates: moved.map((r) => t('csvImport.chart.rate', { rate: r.label, before: range(r.before), after: range(r.after), creators: creators(r.n) })).join('; '),
  });

  return (
    <section className="csv-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="csv-subheading">
        {t('csvImport.results.groupTitle', { group: name, creators: creators(group.creators) })}
      </h3>
      <p className="csv-group-items">{labels.length > 0 ? t('csvImport.results.changes', { labels: labels.join(', ') }) : t('csvImport.results.noItem')}</p>
      <table className="data-table csv-calibration">
        <caption className="visually-hidden">{name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('csvImport.results.rate')}</th>
            <th scope="col">{t('csvImport.results.n')}</th>
            <th scope="col">{t('csvImport.results.before')}</th>
            <th scope="col">{t('csvImport.results.after')}</th>
          </tr>
        </thead>
        <tbody>
          {rates.map((r) => (
            <tr key={r.rate}>
              <th scope="row">{r.label}</th>
              <td className="num">{f.count(r.n)}</td>
              <td className="num">{range(r.before)}</td>
              <td className="num">{r.n > 0 ? range(r.after) : t('csvImport.results.unchanged')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shifts.length > 0 && (
        <RangeShiftChart
          title={t('csvImport.chart.title', { group: name })}
          summary={summary}
          rows={shifts}
          beforeLabel={t('csvImport.chart.before')}
          afterLabel={t('csvImport.chart.after')}
          xLabel={t('csvImport.chart.xAxis')}
          format={(v) => f.rate(v)}
        />
      )}
    </section>
  );
}

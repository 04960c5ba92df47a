import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { resultsCsv } from '../../io/export/resultsCsv';
import { samplesCsv } from '../../io/export/samplesCsv';
import { saveFile } from '../../io/export/saveFile';
import { chartFileName } from '../../io/export/chartDownload';
import type { ComparedScenario } from './useComparison';

export interface ExportControlsProps {
  /** the compared scenarios with their point projections and runs */
  compared: readonly ComparedScenario[];
}

const csvName = (base: string) => chartFileName(base, 'svg').replace(/\.svg$/, '.csv');

/** Results of the comparison as CSV, and one scenario's raw Monte Carlo trials for audit. */
export function ExportControls({ compared }: ExportControlsProps) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const current = compared.find((c) => c.key === chosen) ?? compared[0];
  const samples = current?.run?.result?.samples;
  const downloadResults = () =>
    saveFile(
      resultsCsv(compared.map((c) => ({ scenario: c.scenario, point: c.point, monteCarlo: c.run?.result ?? null, probabilityBeatsBaseline: c.beatsBaseline }))),
      'comparison-results.csv',
    );
  const downloadSamples = () => {
    if (current && samples) saveFile(samplesCsv(samples), csvName(`${current.scenario.name} monte carlo samples`));
  };
  return (
    <section className="card compare-export no-print" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('compare.export.title')}</h3>
      <div className="compare-export-row">
        <button type="button" className="btn" onClick={downloadResults}>
          {t('compare.export.results')}
        </button>
      </div>
      <div className="compare-export-row">
        <label htmlFor={`${id}-scenario`} className="number-field-label">{t('compare.export.samplesScenario')}</label>
        <select id={`${id}-scenario`} value={current?.key ?? ''} onChange={(e) => setChosen(e.target.value)}>
          {compared.map((c) => (
            <option key={c.key} value={c.key}>
              {c.scenario.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={downloadSamples} disabled={!samples}>
          {t('compare.export.samples')}
        </button>
      </div>
      {!samples && <p className="compare-note">{t('compare.export.samplesPending')}</p>}
    </section>
  );
}

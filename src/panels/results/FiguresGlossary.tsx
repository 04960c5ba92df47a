import { useI18n } from '../../i18n/i18n';

const TERMS = ['typical', 'median', 'range', 'expected', 'loss', 'overBudget', 'reach'] as const;

/**
 * The words the figures are named with, for a reader who meets "typical case" beside
 * "median outcome" and wonders why they differ. Closed by default: it is reference, not news.
 */
export function FiguresGlossary() {
  const { t } = useI18n();
  return (
    <details className="card figures-glossary">
      <summary>{t('results.glossary.title')}</summary>
      <dl>
        {TERMS.map((term) => (
          <div key={term}>
            <dt>{t(`results.glossary.${term}`)}</dt>
            <dd>{t(`results.glossary.${term}Text`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

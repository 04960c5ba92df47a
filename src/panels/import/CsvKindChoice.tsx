import { useId } from 'react';
import type { CsvKind } from '../../io/csv/parseCsvFile';
import { useI18n } from '../../i18n/i18n';

export interface CsvKindChoiceProps {
  onChoose(kind: CsvKind): void;
  onCancel(): void;
}

/** A dropped CSV whose columns fit both files: the planner says which it is. */
export function CsvKindChoice({ onChoose, onCancel }: CsvKindChoiceProps) {
  const { t } = useI18n();
  const id = useId();
  const kinds = [
    { kind: 'roster', label: t('csvImport.ask.roster'), hint: t('csvImport.ask.roster.hint') },
    { kind: 'results', label: t('csvImport.ask.results'), hint: t('csvImport.ask.results.hint') },
  ] as const;
  return (
    <>
      <p>{t('csvImport.ask.intro')}</p>
      <ul className="csv-kinds">
        {kinds.map(({ kind, label, hint }) => (
          <li key={kind}>
            <button type="button" className="btn csv-kind" aria-describedby={`${id}-${kind}`} onClick={() => onChoose(kind)}>
              {label}
            </button>
            <span id={`${id}-${kind}`} className="csv-choice-hint">
              {hint}
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('csvImport.cancel')}
        </button>
      </div>
    </>
  );
}

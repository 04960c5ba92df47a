import { useId, useRef } from 'react';
import type { ResultsRead, RosterRead } from '../../io/csv/parseCsvFile';
import { useI18n } from '../../i18n/i18n';
import { trapFocus } from '../shell/trapFocus';
import { useReturnFocus } from '../shell/useReturnFocus';
import { useShowModal } from '../shell/useShowModal';
import { CalibrationPreview } from './CalibrationPreview';
import { CsvKindChoice } from './CsvKindChoice';
import { RosterPreview } from './RosterPreview';
import { useCsvRead } from './useCsvRead';
import type { CsvJob } from './useCsvImports';
import './import.css';

export interface CsvImportDialogProps {
  job: CsvJob;
  /** the dialog is done, applied or cancelled */
  onClose(): void;
}

/**
 * The preview of one CSV, a modal dialog from the moment the file is chosen: which kind it is
 * (asked only when its columns do not say), then its rows while they are read in the worker, then
 * the preview of the import or the calibration. Focus starts on the title, stays inside until
 * the dialog closes and then goes back to what opened it; Escape cancels.
 */
export function CsvImportDialog({ job, onClose }: CsvImportDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const { state, choose } = useCsvRead(job.source, job.kind);
  useReturnFocus();
  // The title keeps focus while the content below it changes from reading to the preview.
  useShowModal(ref, () => title.current?.focus());

  const file = job.fileName;
  const heading =
    state.step === 'ask' || state.step === 'guessing' ? t('csvImport.title.ask', { file })
    : state.kind === 'roster' ? t('csvImport.title.roster', { file })
    : t('csvImport.title.results', { file });

  return (
    <dialog
      ref={ref}
      className="dialog csv-dialog"
      aria-labelledby={titleId}
      aria-busy={state.step === 'guessing' || state.step === 'reading'}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        trapFocus(e);
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} ref={title} tabIndex={-1} className="dialog-title">
          {heading}
        </h2>
        {state.step === 'ask' && (
          <CsvKindChoice
            onChoose={(kind) => {
              choose(kind);
              // The button pressed goes with the question; the title holds focus while the file is read.
              title.current?.focus();
            }}
            onCancel={onClose}
          />
        )}
        {(state.step === 'reading' || state.step === 'guessing') && (
          <>
            <p role="status">{t('csvImport.reading', { file })}</p>
            <div className="dialog-actions">
              <button type="button" className="btn" onClick={onClose}>
                {t('csvImport.cancel')}
              </button>
            </div>
          </>
        )}
        {state.step === 'read' &&
          (state.kind === 'roster' ? (
            <RosterPreview read={state.read as RosterRead} fileName={file} onCancel={onClose} onApplied={onClose} />
          ) : (
            <CalibrationPreview read={state.read as ResultsRead} fileName={file} onCancel={onClose} onApplied={onClose} />
          ))}
      </div>
    </dialog>
  );
}

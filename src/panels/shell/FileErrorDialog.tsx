import { useId, useRef } from 'react';
import type { ValidationError } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { validationLine } from '../../i18n/validationText';
import { useReturnFocus } from './useReturnFocus';
import { useShowModal } from './useShowModal';

export interface FileErrorDialogProps {
  /** name of the file that could not be opened */
  fileName: string;
  /** every problem found, each shown as `path: rule (got value)` in the planner's language */
  errors: readonly ValidationError[];
  onClose(): void;
}

/** A modal listing every validation error of a refused file; Escape or the button closes it and focus goes back to what opened it. */
export function FileErrorDialog({ fileName, errors, onClose }: FileErrorDialogProps) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  useReturnFocus();

  useShowModal(ref);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          {t('shell.errors.title', { file: fileName })}
        </h2>
        <p id={introId}>{t('shell.errors.intro', { n: errors.length })}</p>
        <ul className="error-list">
          {errors.map((error, i) => (
            <li key={i}>{validationLine(error, t, lang)}</li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
            {t('shell.close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}

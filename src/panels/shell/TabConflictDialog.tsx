import { useId, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAppStore } from '../../store';
import { formatSaveTime, useStorageStatus } from './useStorageStatus';
import { useShowModal } from './useShowModal';

/**
 * Another tab saved this workspace: the planner chooses whose work stays. Escape does not close
 * it, because either way one tab's work is replaced and only the planner can say whose.
 */
export function TabConflictDialog() {
  const conflict = useStorageStatus((s) => s.conflict);
  return conflict ? <ConflictDialog savedAt={conflict.savedAt} /> : null;
}

function ConflictDialog({ savedAt }: { savedAt: number }) {
  const { t, locale } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const keepMine = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const sync = useAppStore.sync;

  // Enter keeps what is on screen, rather than replacing it.
  useShowModal(ref, () => keepMine.current?.focus());

  return (
    <dialog ref={ref} className="dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId} onCancel={(e) => e.preventDefault()}>
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          {t('shell.conflict.title')}
        </h2>
        <p id={bodyId}>{t('shell.conflict.body', { time: formatSaveTime(savedAt, locale) })}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => sync.loadTheirs()}>
            {t('shell.conflict.loadTheirs')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => sync.keepMine()} ref={keepMine}>
            {t('shell.conflict.keepMine')}
          </button>
        </div>
      </div>
    </dialog>
  );
}

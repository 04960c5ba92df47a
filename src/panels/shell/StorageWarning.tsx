import { useI18n } from '../../i18n/i18n';
import { useAppStore } from '../../store';
import { useSaveActions } from './SaveButtons';
import { formatSaveTime, useStorageStatus } from './useStorageStatus';

/**
 * Says at once, and for as long as it lasts, that autosave is failing, with the one way to keep
 * the work that always works: a workspace file. Also says when a load restored an older copy.
 */
export function StorageWarning() {
  const { t, locale } = useI18n();
  const problem = useStorageStatus((s) => s.problem);
  const restoredStale = useStorageStatus((s) => s.restoredStale);
  const { saveWorkspace } = useSaveActions();
  const sync = useAppStore.sync;

  if (problem) {
    return (
      <div className="storage-warning" role="alert">
        <p>
          <strong>{t('shell.storage.notSaving')}</strong> {t(`shell.storage.${problem.kind}`, { detail: problem.detail })}
        </p>
        <div className="storage-warning-actions">
          <button type="button" className="btn btn-primary" onClick={saveWorkspace}>
            {t('shell.saveWorkspace')}
          </button>
          <button type="button" className="btn" onClick={() => sync.retry()}>
            {t('shell.storage.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (restoredStale) {
    return (
      <div className="storage-warning" role="alert">
        <p>{t('shell.storage.restoredStale', { time: formatSaveTime(restoredStale.since, locale) })}</p>
        <div className="storage-warning-actions">
          <button type="button" className="btn" onClick={() => sync.dismissRestoredStale()}>
            {t('shell.ok')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}

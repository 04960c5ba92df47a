import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { saveWorkspaceFile } from '../../io';
import { useAppStore } from '../../store';
import { failureReason } from './useGuardedAction';

export interface AppFailureProps {
  message: string;
  onRetry(): void;
}

/** The last resort when the page itself fails: the work is still in the store, so it can be saved as a file. */
export function AppFailure({ message, onRetry }: AppFailureProps) {
  const { t } = useI18n();
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = () => {
    try {
      const { entries, baselineKey } = useAppStore.getState();
      saveWorkspaceFile(entries, baselineKey);
      setSaveError(null);
    } catch (err) {
      setSaveError(t('shell.saveFailed', { what: t('shell.saveWorkspace'), reason: failureReason(err, t) }));
    }
  };
  return (
    <div className="notice" role="alert">
      <h2>{t('shell.failed.title')}</h2>
      <p>{t('shell.failed.whole')}</p>
      <p>
        <code>{message}</code>
      </p>
      {saveError && <p>{saveError}</p>}
      <div className="storage-warning-actions">
        <button type="button" className="btn btn-primary" onClick={save}>
          {t('shell.saveWorkspace')}
        </button>
        <button type="button" className="btn" onClick={onRetry}>
          {t('shell.failed.retry')}
        </button>
      </div>
    </div>
  );
}

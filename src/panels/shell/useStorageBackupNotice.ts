import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAppStore } from '../../store';
import { useToast } from './ToastProvider';

/** Tells the user once when autosaved work could not be restored, and where a copy was kept. */
export function useStorageBackupNotice(): void {
  const { t } = useI18n();
  const toast = useToast();
  const backupKey = useAppStore((s) => s.storageBackupKey);
  useEffect(() => {
    if (backupKey !== null) toast.show({ text: t('shell.storage.backup', { key: backupKey }), action: { label: t('shell.ok'), run: () => {} } });
    // Only a new backup deserves a new notice, not a change of language.
  }, [backupKey]);
}

import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAppStore } from '../../store';
import { useToast } from './ToastProvider';

/** The notice after a share link added a scenario: it is selected, and the notice names it. */
export function useShareLinkNotice(): (keys: string[]) => void {
  const { t } = useI18n();
  const toast = useToast();
  return useCallback(
    (keys: string[]) => {
      const entry = useAppStore.getState().entries.find((e) => e.key === keys[0]);
      if (entry) toast.show({ text: t('shell.share.added', { name: entry.scenario.name }) });
    },
    [t, toast],
  );
}

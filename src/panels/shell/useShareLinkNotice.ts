import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ShareLinkOutcome } from '../../io';
import { useAppStore, useUndoRedo } from '../../store';
import { useToast } from './ToastProvider';

/**
 * The notice after a share link opened: a scenario link's scenario is selected and named; a
 * workspace link shows its comparison (through `showComparison`) and offers Undo.
 */
export function useShareLinkNotice(showComparison?: () => void): (keys: string[], opened?: Extract<ShareLinkOutcome, { ok: true }>) => void {
  const { t } = useI18n();
  const toast = useToast();
  const { undo } = useUndoRedo();
  return useCallback(
    (keys: string[], opened?: Extract<ShareLinkOutcome, { ok: true }>) => {
      const { entries, baselineKey } = useAppStore.getState();
      if (opened?.kind === 'workspace') {
        const baseline = entries.find((e) => e.key === baselineKey)?.scenario.name ?? '';
        showComparison?.();
        toast.show({ text: t('shell.share.openedWorkspace', { n: keys.length, baseline }), action: { label: t('shell.undo'), run: undo } });
        return;
      }
      const entry = entries.find((e) => e.key === keys[0]);
      if (entry) toast.show({ text: t('shell.share.added', { name: entry.scenario.name }) });
    },
    [t, toast, undo, showComparison],
  );
}

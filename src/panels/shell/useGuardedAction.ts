import { useCallback } from 'react';
import { useI18n, type Translate } from '../../i18n/i18n';
import { useToast } from './ToastProvider';

/** The reason a save failed, in words: a RangeError is what JSON.stringify throws on data nested too deeply. */
export function failureReason(err: unknown, t: Translate): string {
  if (err instanceof RangeError) return t('shell.saveFailed.tooDeep');
  const message = err instanceof Error ? err.message : String(err);
  return message.endsWith('.') ? message : `${message}.`;
}

/**
 * Runs a save (a file, a link) so that nothing it throws escapes: a failure becomes a notice naming
 * what failed and why, and the work on screen stays as it was. The returned promise never rejects.
 */
export function useGuardedAction(): (what: string, action: () => void | Promise<void>) => Promise<void> {
  const { t } = useI18n();
  const toast = useToast();
  return useCallback(
    async (what, action) => {
      try {
        await action();
      } catch (err) {
        console.warn(`${what} failed:`, err);
        toast.show({ text: t('shell.saveFailed', { what, reason: failureReason(err, t) }), action: { label: t('shell.ok'), run: () => {} } });
      }
    },
    [t, toast],
  );
}

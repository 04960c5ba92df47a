import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useToast } from './ToastProvider';

/** A safety net: an exception no handler caught still gets a notice that says the work is kept. */
export function useUncaughtErrorNotice(): void {
  const { t } = useI18n();
  const toast = useToast();
  useEffect(() => {
    const tell = (reason: unknown) => {
      const detail = reason instanceof Error ? reason.message : String(reason);
      toast.show({ text: t('shell.uncaught', { detail }), action: { label: t('shell.ok'), run: () => {} } });
    };
    const onError = (event: ErrorEvent) => tell(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => tell(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [t, toast]);
}

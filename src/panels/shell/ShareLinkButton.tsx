import { useI18n } from '../../i18n/i18n';
import { shareLinkHash, shareLinkUrl } from '../../io';
import { useSelectedScenario } from '../../store';
import { useToast } from './ToastProvider';
import { useGuardedAction } from './useGuardedAction';

/** Copies a link that carries the selected scenario, and says so; where copying is refused, the link goes to the address bar. */
export function useCopyShareLink(): () => Promise<void> {
  const { t } = useI18n();
  const toast = useToast();
  const { scenario } = useSelectedScenario();
  const run = useGuardedAction();
  return () =>
    run(t('shell.share'), async () => {
      const url = shareLinkUrl(scenario, window.location.href);
      try {
        await navigator.clipboard.writeText(url);
        toast.show({ text: t('shell.share.copied', { name: scenario.name }) });
      } catch {
        // replaceState, unlike assigning location.hash, does not fire hashchange: the link is shown, not opened.
        window.history.replaceState(window.history.state, '', shareLinkHash(scenario));
        toast.show({ text: t('shell.share.manual') });
      }
    });
}

export function ShareLinkButton() {
  const { t } = useI18n();
  const copy = useCopyShareLink();
  return (
    <button type="button" className="btn btn-ghost" onClick={() => void copy()}>
      {t('shell.share')}
    </button>
  );
}

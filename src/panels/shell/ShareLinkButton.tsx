import { useI18n } from '../../i18n/i18n';
import { CHAT_SAFE_LINK_CHARS, linkWithHash, prepareShareLinks, shareLinkHash, workspaceShareHash } from '../../io';
import { useAppStore, useSelectedScenario } from '../../store';
import { comparedEntries, useCompareSelection } from '../compare/selection';
import { MenuButton, type MenuItem } from './MenuButton';
import { useSaveActions } from './SaveButtons';
import { useToast } from './ToastProvider';
import { useGuardedAction } from './useGuardedAction';

/** The fragment of a link to the whole workspace: the comparison as the planner sees it, baseline and report details included. */
function workspaceHash(): Promise<string> {
  const { entries, baselineKey, selectedKey, report } = useAppStore.getState();
  const compared = comparedEntries(entries, baselineKey, useCompareSelection.getState().keys);
  const indexOf = (key: string) => entries.findIndex((e) => e.key === key);
  return workspaceShareHash(
    entries.map((e) => e.scenario),
    indexOf(baselineKey),
    { compared: compared.filter((e) => e.key !== baselineKey).map((e) => indexOf(e.key)), selected: Math.max(0, indexOf(selectedKey)), report },
  );
}

/**
 * Copies a link that carries the selected scenario, or the whole workspace, and says so; a link
 * too long for chat tools says that too. Where copying is refused, the link goes to the address bar.
 */
export function useCopyShareLink(): (what: 'scenario' | 'workspace') => Promise<void> {
  const { t, fmt } = useI18n();
  const toast = useToast();
  const { scenario } = useSelectedScenario();
  const { saveWorkspace } = useSaveActions();
  const run = useGuardedAction();
  return (what) =>
    run(t('shell.share'), async () => {
      const hash = await (what === 'scenario' ? shareLinkHash(scenario) : workspaceHash());
      const url = linkWithHash(hash, window.location.href);
      const count = useAppStore.getState().entries.length;
      const tooLong = url.length > CHAT_SAFE_LINK_CHARS ? ` ${t('shell.share.tooLong', { n: fmt('EUR').number(url.length) })}` : '';
      const action = tooLong ? { action: { label: t('shell.saveWorkspace'), run: saveWorkspace } } : {};
      try {
        await navigator.clipboard.writeText(url);
        const copied = what === 'scenario' ? t('shell.share.copied', { name: scenario.name }) : t('shell.share.workspaceCopied', { n: count });
        toast.show({ text: `${copied}.${tooLong}`, ...action });
      } catch {
        // replaceState, unlike assigning location.hash, does not fire hashchange: the link is shown, not opened.
        window.history.replaceState(window.history.state, '', hash);
        toast.show({ text: `${t('shell.share.manual')}.${tooLong}`, ...action });
      }
    });
}

/** The share menu items, for the toolbar and for the phone's "More" menu. */
export function useShareMenuItems(): MenuItem[] {
  const { t } = useI18n();
  const copy = useCopyShareLink();
  const { scenario } = useSelectedScenario();
  const count = useAppStore((s) => s.entries.length);
  return [
    { id: 'share-scenario', title: t('shell.share.scenario'), description: t('shell.share.scenario.hint', { name: scenario.name }), onSelect: () => void copy('scenario') },
    { id: 'share-workspace', title: t('shell.share.workspace'), description: t('shell.share.workspace.hint', { n: count }), onSelect: () => void copy('workspace') },
  ];
}

export function ShareLinkButton() {
  const { t } = useI18n();
  return <MenuButton label={t('shell.share')} items={useShareMenuItems()} emptyText="" onOpen={prepareShareLinks} />;
}

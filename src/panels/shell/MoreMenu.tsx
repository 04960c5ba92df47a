import { useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FileInput } from './FileInput';
import { MenuButton, type MenuItem } from './MenuButton';
import { useSaveActions } from './SaveButtons';
import { useShareMenuItems } from './ShareLinkButton';

export interface MoreMenuProps {
  onOpenFiles(files: File[]): void;
}

/** On a phone, the file and share actions in one menu, under the same names as the desktop buttons. */
export function MoreMenu({ onOpenFiles }: MoreMenuProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const { saveScenario, saveWorkspace } = useSaveActions();
  const share = useShareMenuItems();
  const items: MenuItem[] = [
    { id: 'open', title: t('shell.open'), onSelect: () => input.current?.click() },
    { id: 'save-scenario', title: t('shell.saveScenario'), onSelect: saveScenario },
    { id: 'save-workspace', title: t('shell.saveWorkspace'), onSelect: saveWorkspace },
    ...share.map(({ id, title, onSelect }) => ({ id, title: `${t('shell.share')}: ${title}`, onSelect })),
  ];
  return (
    <>
      <MenuButton label={t('shell.more')} items={items} emptyText="" />
      <FileInput ref={input} onOpenFiles={onOpenFiles} />
    </>
  );
}

import { useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { prepareShareLinks } from '../../io';
import { useCsvPickers } from '../import/CsvImportMenu';
import type { OpenCsv } from '../import/useCsvImports';
import { FileInput } from './FileInput';
import { MenuButton, type MenuItem } from './MenuButton';
import { useSaveActions } from './SaveButtons';
import { useShareMenuItems } from './ShareLinkButton';

export interface MoreMenuProps {
  onOpenFiles(files: File[]): void;
  onOpenCsv: OpenCsv;
}

/** On a phone, the file and share actions in one menu, under the same names as the desktop buttons. */
export function MoreMenu({ onOpenFiles, onOpenCsv }: MoreMenuProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const { saveScenario, saveWorkspace } = useSaveActions();
  const share = useShareMenuItems();
  const csv = useCsvPickers(onOpenCsv);
  const items: MenuItem[] = [
    { id: 'open', title: t('shell.open'), onSelect: () => input.current?.click() },
    ...csv.items,
    { id: 'save-scenario', title: t('shell.saveScenario'), onSelect: saveScenario },
    { id: 'save-workspace', title: t('shell.saveWorkspace'), onSelect: saveWorkspace },
    ...share.map(({ id, title, onSelect }) => ({ id, title: `${t('shell.share')}: ${title}`, onSelect })),
  ];
  return (
    <>
      <MenuButton label={t('shell.more')} items={items} emptyText="" onOpen={prepareShareLinks} />
      <FileInput ref={input} onOpenFiles={onOpenFiles} />
      {csv.inputs}
    </>
  );
}

import type { ValidationError } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { ExamplesMenu } from './ExamplesMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { OpenFileButton } from './OpenFileButton';
import { SaveButtons } from './SaveButtons';
import { ShareLinkButton } from './ShareLinkButton';
import { UndoRedoButtons } from './UndoRedoButtons';

export interface ToolbarProps {
  /** files chosen with the picker, to validate and add to the workspace */
  onOpenFiles(files: File[]): void;
  /** an example that did not validate, for the error dialog */
  onRefuse(source: string, errors: ValidationError[]): void;
}

export function Toolbar({ onOpenFiles, onRefuse }: ToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('shell.toolbar')}>
      <UndoRedoButtons />
      <span className="toolbar-divider" aria-hidden="true" />
      <OpenFileButton onOpenFiles={onOpenFiles} />
      <SaveButtons />
      <ExamplesMenu onRefuse={onRefuse} />
      <ShareLinkButton />
      <span className="toolbar-divider" aria-hidden="true" />
      <LanguageSwitch />
    </div>
  );
}

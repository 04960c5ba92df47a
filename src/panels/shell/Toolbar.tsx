import type { ValidationError } from '../../engine/parse';
import { useI18n } from '../../i18n/i18n';
import { CsvImportMenu } from '../import/CsvImportMenu';
import type { OpenCsv } from '../import/useCsvImports';
import { ExamplesMenu } from './ExamplesMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { MoreMenu } from './MoreMenu';
import { OpenFileButton } from './OpenFileButton';
import { SaveButtons } from './SaveButtons';
import { ShareLinkButton } from './ShareLinkButton';
import { UndoRedoButtons } from './UndoRedoButtons';
import { NARROW_SCREEN, useMediaQuery } from './useMediaQuery';

export interface ToolbarProps {
  /** files chosen with the picker, to validate and add to the workspace */
  onOpenFiles(files: File[]): void;
  /** an example that did not validate, for the error dialog */
  onRefuse(source: string, errors: ValidationError[]): void;
  /** a CSV chosen with its picker or from the examples, for the import preview */
  onOpenCsv: OpenCsv;
}

/** On a phone the file and share buttons would wrap into three rows: they go into "More" there. */
export function Toolbar({ onOpenFiles, onRefuse, onOpenCsv }: ToolbarProps) {
  const { t } = useI18n();
  const narrow = useMediaQuery(NARROW_SCREEN);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('shell.toolbar')}>
      <UndoRedoButtons />
      <span className="toolbar-divider" aria-hidden="true" />
      {narrow ? (
        <>
          <ExamplesMenu onRefuse={onRefuse} onOpenCsv={onOpenCsv} />
          <MoreMenu onOpenFiles={onOpenFiles} onOpenCsv={onOpenCsv} />
        </>
      ) : (
        <>
          <OpenFileButton onOpenFiles={onOpenFiles} />
          <CsvImportMenu onOpenCsv={onOpenCsv} />
          <SaveButtons />
          <ExamplesMenu onRefuse={onRefuse} onOpenCsv={onOpenCsv} />
          <ShareLinkButton />
        </>
      )}
      <span className="toolbar-divider" aria-hidden="true" />
      <LanguageSwitch />
    </div>
  );
}

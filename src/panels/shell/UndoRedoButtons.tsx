import { useI18n } from '../../i18n/i18n';
import { useUndoRedo } from '../../store';
import { useUndoShortcuts } from './useUndoShortcuts';

/** Undo and redo for every edit in the workspace, with their keyboard shortcuts. */
export function UndoRedoButtons() {
  const { t } = useI18n();
  const { undo, redo, canUndo, canRedo } = useUndoRedo();
  useUndoShortcuts(undo, redo);
  return (
    <div className="toolbar-group">
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        onClick={undo}
        disabled={!canUndo}
        aria-label={t('shell.undo')}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('shell.undo.title')}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        onClick={redo}
        disabled={!canRedo}
        aria-label={t('shell.redo')}
        aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z Control+Y"
        title={t('shell.redo.title')}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}

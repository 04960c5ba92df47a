import { useI18n } from '../../i18n/i18n';
import { useAppStore, useUndoRedo } from '../../store';
import { useToast } from './ToastProvider';

export interface WorkspaceActionsProps {
  /** starts renaming the scenario with this key in its tab */
  onRename(key: string): void;
}

/** Buttons acting on the selected scenario: add, duplicate, rename, delete, move, make baseline. */
export function WorkspaceActions({ onRename }: WorkspaceActionsProps) {
  const { t } = useI18n();
  const toast = useToast();
  const { undo } = useUndoRedo();
  const entries = useAppStore((s) => s.entries);
  const selectedKey = useAppStore((s) => s.selectedKey);
  const baselineKey = useAppStore((s) => s.baselineKey);
  const addScenario = useAppStore((s) => s.addScenario);
  const duplicateScenario = useAppStore((s) => s.duplicateScenario);
  const deleteScenario = useAppStore((s) => s.deleteScenario);
  const moveScenario = useAppStore((s) => s.moveScenario);
  const setBaseline = useAppStore((s) => s.setBaseline);

  const index = entries.findIndex((e) => e.key === selectedKey);
  const selected = entries[index];
  if (!selected) return null;

  const remove = () => {
    deleteScenario(selected.key);
    toast.show({ text: t('shell.workspace.deleted', { name: selected.scenario.name }), action: { label: t('shell.undo'), run: undo } });
  };

  return (
    <div className="workspace-actions" role="group" aria-label={t('shell.workspace.actions')}>
      <button type="button" className="btn btn-sm btn-primary" onClick={() => addScenario()}>
        <span aria-hidden="true">+</span> {t('shell.workspace.add')}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={() => duplicateScenario(selected.key)}>
        {t('shell.workspace.duplicate')}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={() => onRename(selected.key)}>
        {t('shell.workspace.rename')}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={remove} disabled={entries.length <= 1}>
        {t('shell.workspace.delete')}
      </button>
      <button
        type="button"
        className="btn btn-sm btn-ghost btn-icon"
        aria-label={t('shell.workspace.moveLeft')}
        title={t('shell.workspace.moveLeft')}
        onClick={() => moveScenario(selected.key, index - 1)}
        disabled={index === 0}
      >
        <span aria-hidden="true">←</span>
      </button>
      <button
        type="button"
        className="btn btn-sm btn-ghost btn-icon"
        aria-label={t('shell.workspace.moveRight')}
        title={t('shell.workspace.moveRight')}
        onClick={() => moveScenario(selected.key, index + 1)}
        disabled={index === entries.length - 1}
      >
        <span aria-hidden="true">→</span>
      </button>
      <button
        type="button"
        className="btn btn-sm btn-ghost"
        onClick={() => setBaseline(selected.key)}
        disabled={selected.key === baselineKey}
      >
        {t('shell.workspace.setBaseline')}
      </button>
    </div>
  );
}

import { useI18n } from '../../i18n/i18n';
import { saveWorkspaceFile, saveScenarioFile } from '../../io';
import { useAppStore, useSelectedScenario } from '../../store';
import { useGuardedAction } from './useGuardedAction';

/** Downloads of the selected scenario, or of every scenario with the baseline, as JSON files. */
export function useSaveActions() {
  const { t } = useI18n();
  const { scenario } = useSelectedScenario();
  const run = useGuardedAction();
  return {
    saveScenario: () => void run(t('shell.saveScenario'), () => saveScenarioFile(scenario)),
    saveWorkspace: () =>
      void run(t('shell.saveWorkspace'), () => {
        const { entries, baselineKey } = useAppStore.getState();
        saveWorkspaceFile(entries, baselineKey);
      }),
  };
}

export function SaveButtons() {
  const { t } = useI18n();
  const { saveScenario, saveWorkspace } = useSaveActions();
  return (
    <>
      <button type="button" className="btn btn-ghost" onClick={saveScenario}>
        {t('shell.saveScenario')}
      </button>
      <button type="button" className="btn btn-ghost" onClick={saveWorkspace}>
        {t('shell.saveWorkspace')}
      </button>
    </>
  );
}

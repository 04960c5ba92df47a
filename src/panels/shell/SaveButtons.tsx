import { useI18n } from '../../i18n/i18n';
import { saveWorkspaceFile, saveScenarioFile } from '../../io';
import { useAppStore, useSelectedScenario } from '../../store';

/** Downloads the selected scenario, or every scenario with the baseline, as JSON files. */
export function SaveButtons() {
  const { t } = useI18n();
  const { scenario } = useSelectedScenario();
  const saveWorkspace = () => {
    const { entries, baselineKey } = useAppStore.getState();
    saveWorkspaceFile(entries, baselineKey);
  };
  return (
    <>
      <button type="button" className="btn btn-ghost" onClick={() => saveScenarioFile(scenario)}>
        {t('shell.saveScenario')}
      </button>
      <button type="button" className="btn btn-ghost" onClick={saveWorkspace}>
        {t('shell.saveWorkspace')}
      </button>
    </>
  );
}

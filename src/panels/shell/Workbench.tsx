import { useCallback, useId } from 'react';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { useAppStore, useSelectedScenario } from '../../store';
import { ScenarioEditor } from '../editor/ScenarioEditor';
import { ErrorBoundary } from './ErrorBoundary';
import { RESULTS_ID, SCENARIO_PANEL_ID, tabIdFor } from './ids';
import { ResultsColumn } from './ResultsColumn';

/** The selected scenario: its inputs on the left, its results on the right (stacked on a phone). */
export function Workbench() {
  const { t } = useI18n();
  const { key, scenario } = useSelectedScenario();
  const updateScenario = useAppStore((s) => s.updateScenario);
  const onChange = useCallback((next: Scenario) => updateScenario(key, next), [key, updateScenario]);
  const editorHeading = useId();

  return (
    <div className="workbench" id={SCENARIO_PANEL_ID} role="tabpanel" aria-labelledby={tabIdFor(key)}>
      <section aria-labelledby={editorHeading}>
        <h2 id={editorHeading} className="visually-hidden">
          {t('shell.editor')}
        </h2>
        <ErrorBoundary resetKey={scenario}>
          <ScenarioEditor scenario={scenario} onChange={onChange} />
        </ErrorBoundary>
      </section>
      {/* The results panel inside is the "Results" region; this is where the skip link lands. */}
      <div id={RESULTS_ID} tabIndex={-1} className="skip-target">
        <h2 className="visually-hidden">{t('shell.results')}</h2>
        <ErrorBoundary resetKey={scenario}>
          <ResultsColumn scenario={scenario} />
        </ErrorBoundary>
      </div>
    </div>
  );
}

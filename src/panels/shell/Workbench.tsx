import { useCallback } from 'react';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { useAppStore, useSelectedScenario } from '../../store';
import { ScenarioEditor } from '../editor/ScenarioEditor';
import { ErrorBoundary } from './ErrorBoundary';
import { SCENARIO_PANEL_ID, tabIdFor } from './ids';
import { ResultsColumn } from './ResultsColumn';

/** The selected scenario: its inputs on the left, its results on the right (stacked on a phone). */
export function Workbench() {
  const { t } = useI18n();
  const { key, scenario } = useSelectedScenario();
  const updateScenario = useAppStore((s) => s.updateScenario);
  const onChange = useCallback((next: Scenario) => updateScenario(key, next), [key, updateScenario]);

  return (
    <main className="workbench" id={SCENARIO_PANEL_ID} role="tabpanel" aria-labelledby={tabIdFor(key)}>
      <section aria-label={t('shell.editor')}>
        <ErrorBoundary resetKey={scenario}>
          <ScenarioEditor scenario={scenario} onChange={onChange} />
        </ErrorBoundary>
      </section>
      <section aria-label={t('shell.results')}>
        <ErrorBoundary resetKey={scenario}>
          <ResultsColumn scenario={scenario} />
        </ErrorBoundary>
      </section>
    </main>
  );
}

import { useCallback } from 'react';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { useAppStore, useSelectedScenario, useUndoRedo } from '../../store';
import { useToast } from '../shell/ToastProvider';
import type { ImportTarget } from './targets';

/**
 * Puts an import's outcome into the workspace as one undoable step. The whole next scenario is
 * computed first (applyRoster, applyCalibration) and written with one store call: into the
 * selected scenario it replaces it, as a new one it joins the workspace and is selected. The
 * notice says what happened and offers Undo.
 */
export function useApplyToWorkspace(): (next: Scenario, target: ImportTarget, notice: string) => void {
  const { t } = useI18n();
  const toast = useToast();
  const { undo } = useUndoRedo();
  const { key } = useSelectedScenario();
  const updateScenario = useAppStore((s) => s.updateScenario);
  const importScenarios = useAppStore((s) => s.importScenarios);
  return useCallback(
    (next, target, notice) => {
      // Its own step even if the scenario was edited a moment ago, which would otherwise join it.
      useAppStore.startNewUndoStep();
      if (target === 'selected') updateScenario(key, next);
      else importScenarios([next]);
      toast.show({ text: notice, action: { label: t('shell.undo'), run: undo } });
    },
    [importScenarios, key, t, toast, undo, updateScenario],
  );
}

import { useCallback } from 'react';
import type { OpenSharedWorkspace } from '../../io';
import { useAppStore } from '../../store';
import { useCompareSelection } from '../compare/selection';

/**
 * Opens a workspace link as a workspace file opens (it replaces the workspace, one undo step),
 * then restores what the sender saw: the compared scenarios, the selected one, the report details.
 */
export function useOpenSharedWorkspace(): OpenSharedWorkspace {
  return useCallback((data, view) => {
    const store = useAppStore.getState();
    const keys = store.importScenarios(data.scenarios, { baselineIndex: data.baselineIndex, replace: true });
    const keyAt = (i: number) => keys[i];
    useCompareSelection.getState().setKeys(view?.compared ? view.compared.map(keyAt).filter((k): k is string => k !== undefined) : keys);
    const selected = view ? keyAt(view.selected) : undefined;
    if (selected) store.selectScenario(selected);
    if (view?.report) store.setReport(view.report);
    return keys;
  }, []);
}

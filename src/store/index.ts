import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import { createAppStore, type AppStore } from './createAppStore';
import { defaultStorage } from './persistence';
import type { WorkspaceEntry } from './types';

export type { AllocationRecord, AppState, ImportOptions, WorkspaceEntry } from './types';
export { REPORT_FIELDS, type ReportDetails } from './reportSlice';
export { createAppStore, type AppStore } from './createAppStore';
export { BACKUP_PREFIX, STORAGE_NAME, STORAGE_VERSION } from './persistence';

/** The app's store, autosaved to localStorage and restored on load. */
export const useAppStore: AppStore = createAppStore({ storage: defaultStorage() });

export interface UndoRedo {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

export function undoRedoOf(store: AppStore): Pick<UndoRedo, 'undo' | 'redo'> {
  return { undo: () => store.temporal.getState().undo(), redo: () => store.temporal.getState().redo() };
}

export function useUndoRedo(store: AppStore = useAppStore): UndoRedo {
  const { canUndo, canRedo } = useStore(
    store.temporal,
    useShallow((s) => ({ canUndo: s.pastStates.length > 0, canRedo: s.futureStates.length > 0 })),
  );
  return { ...undoRedoOf(store), canUndo, canRedo };
}

/** The entry the user is working on; the first one if the selection points nowhere. */
export function selectedEntry(state: { entries: WorkspaceEntry[]; selectedKey: string }): WorkspaceEntry {
  return (state.entries.find((e) => e.key === state.selectedKey) ?? state.entries[0]) as WorkspaceEntry;
}

export function useSelectedScenario(store: AppStore = useAppStore): WorkspaceEntry {
  return store(selectedEntry);
}

import { temporal } from 'zundo';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { partializePersisted, persistenceSync, persistOptions, STORAGE_VERSION, type PersistenceConfig } from './persistence';
import type { AppState } from './types';
import { createReportSlice } from './reportSlice';
import { createUiSlice } from './uiSlice';
import { undoOptions } from './undo';
import { createWorkspaceSlice } from './workspaceSlice';

export interface AppStoreConfig extends PersistenceConfig {
  /** clock for grouping a drag into one undo step; tests pass a fake one */
  now?: () => number;
}

/**
 * The one store of the app: slices combined here, middleware applied once. Persist is outermost
 * so that restoring from storage is not an undo step, while undo and redo are autosaved.
 */
export function createAppStore(config: AppStoreConfig) {
  const sync = persistenceSync(config);
  const undo = undoOptions(config.now);
  const store = create<AppState>()(
    persist(
      temporal(
        (...a) => ({
          ...createWorkspaceSlice(...a),
          ...createUiSlice(...a),
          ...createReportSlice(...a),
        }),
        undo,
      ),
      persistOptions(config, sync),
    ),
  );
  sync.connect({
    snapshot: () => ({ state: partializePersisted(store.getState()), version: STORAGE_VERSION }),
    reload: () => {
      void store.persist.rehydrate();
      // Undo would bring back this tab's work over theirs without a word: the history starts again.
      store.temporal.getState().clear();
    },
  });
  return Object.assign(store, { sync, startNewUndoStep: undo.startNewStep });
}

export type AppStore = ReturnType<typeof createAppStore>;

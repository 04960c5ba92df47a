import { temporal } from 'zundo';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { persistOptions, type PersistenceConfig } from './persistence';
import type { AppState } from './types';
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
  return create<AppState>()(
    persist(
      temporal(
        (...a) => ({
          ...createWorkspaceSlice(...a),
          ...createUiSlice(...a),
        }),
        undoOptions(config.now),
      ),
      persistOptions(config),
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

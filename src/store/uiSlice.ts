import type { StateCreator } from 'zustand';
import type { AppMutators, AppState, UiSlice } from './types';

export const createUiSlice: StateCreator<AppState, AppMutators, [], Omit<UiSlice, 'selectedKey'>> = (set, get) => ({
  lang: 'en',
  storageBackupKey: null,
  selectScenario: (key) => {
    if (get().entries.some((e) => e.key === key)) set({ selectedKey: key });
  },
  setLang: (lang) => set({ lang }),
});

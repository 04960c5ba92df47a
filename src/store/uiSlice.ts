import type { StateCreator } from 'zustand';
import { preferredLang } from '../i18n/preferredLang';
import type { AppMutators, AppState, UiSlice } from './types';

export const createUiSlice: StateCreator<AppState, AppMutators, [], Omit<UiSlice, 'selectedKey'>> = (set, get) => ({
  lang: preferredLang(),
  storageBackupKey: null,
  allocations: {},
  selectScenario: (key) => {
    if (get().entries.some((e) => e.key === key)) set({ selectedKey: key });
  },
  setLang: (lang) => set({ lang }),
  setAllocation: (key, record) => {
    const { [key]: _old, ...rest } = get().allocations;
    set({ allocations: record ? { ...rest, [key]: record } : rest });
  },
});

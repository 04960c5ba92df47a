import type { StateCreator } from 'zustand';
import type { Scenario } from '../engine/schema';
import { blankScenario } from '../engine/starter';
import { LIMITS } from '../engine/limits';
import { translator } from '../i18n/i18n';
import type { Lang } from '../i18n/format';
import { preferredLang } from '../i18n/preferredLang';
import { defaultWorkspace } from './defaultWorkspace';
import { newEntryKey } from './keys';
import type { AppMutators, AppState, UiSlice, WorkspaceEntry, WorkspaceSlice } from './types';


/** The first-visit workspace, with fresh keys. */
export function initialWorkspace(lang: Lang = preferredLang()): Pick<AppState, 'entries' | 'baselineKey' | 'selectedKey'> {
  const { scenarios, baselineIndex, selectedIndex } = defaultWorkspace(lang);
  const entries: WorkspaceEntry[] = scenarios.map((scenario) => ({ key: newEntryKey(), scenario }));
  const keyAt = (i: number) => (entries[i] ?? (entries[0] as WorkspaceEntry)).key;
  return { entries, baselineKey: keyAt(baselineIndex), selectedKey: keyAt(selectedIndex) };
}

const indexOf = (entries: readonly WorkspaceEntry[], key: string) => entries.findIndex((e) => e.key === key);

export const createWorkspaceSlice: StateCreator<AppState, AppMutators, [], WorkspaceSlice & Pick<UiSlice, 'selectedKey'>> = (set, get) => {
  const t = () => translator(get().lang);

  const insertAfter = (afterIndex: number, scenario: Scenario): string => {
    const key = newEntryKey();
    const entries = [...get().entries];
    entries.splice(afterIndex + 1, 0, { key, scenario });
    set({ entries, selectedKey: key });
    return key;
  };

  const patchScenario = (key: string, patch: (s: Scenario) => Scenario) => {
    const entries = get().entries;
    const i = indexOf(entries, key);
    const entry = entries[i];
    if (!entry) return;
    const next = [...entries];
    next[i] = { key, scenario: patch(entry.scenario) };
    set({ entries: next });
  };

  /** "Scenario n", n counting on from the scenarios there are, skipping names in use. */
  const newScenario = (): Scenario => {
    const taken = new Set(get().entries.map((e) => e.scenario.name));
    let n = get().entries.length + 1;
    while (taken.has(t()('io.newScenario', { n }))) n += 1;
    return blankScenario(t()('io.newScenario', { n }), t()('editor.item.untitled', { n: 1 }));
  };

  return {
    ...initialWorkspace(),

    addScenario: (scenario) => insertAfter(get().entries.length - 1, scenario ?? newScenario()),

    duplicateScenario: (key) => {
      const entries = get().entries;
      const i = indexOf(entries, key);
      const source = entries[i];
      if (!source) return '';
      const name = t()('io.copyName', { name: source.scenario.name }).slice(0, LIMITS.nameLength);
      return insertAfter(i, { ...structuredClone(source.scenario), name });
    },

    renameScenario: (key, name) => {
      const trimmed = name.trim().slice(0, LIMITS.nameLength);
      if (trimmed === '') return;
      patchScenario(key, (s) => (s.name === trimmed ? s : { ...s, name: trimmed }));
    },

    // The workspace always keeps one scenario: the screens are built around a selected one.
    deleteScenario: (key) => {
      const { entries, selectedKey, baselineKey } = get();
      const i = indexOf(entries, key);
      if (i < 0 || entries.length <= 1) return;
      const next = entries.filter((e) => e.key !== key);
      const neighbour = (next[Math.min(i, next.length - 1)] ?? next[0]) as WorkspaceEntry;
      set({
        entries: next,
        selectedKey: selectedKey === key ? neighbour.key : selectedKey,
        baselineKey: baselineKey === key ? (next[0] as WorkspaceEntry).key : baselineKey,
      });
    },

    moveScenario: (key, toIndex) => {
      const entries = get().entries;
      const from = indexOf(entries, key);
      const to = Math.max(0, Math.min(entries.length - 1, Math.trunc(toIndex)));
      if (from < 0 || from === to) return;
      const next = [...entries];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved as WorkspaceEntry);
      set({ entries: next });
    },

    setBaseline: (key) => {
      if (indexOf(get().entries, key) >= 0 && get().baselineKey !== key) set({ baselineKey: key });
    },

    updateScenario: (key, next) => patchScenario(key, () => next),

    importScenarios: (scenarios, options = {}) => {
      if (scenarios.length === 0) return [];
      const added = scenarios.map((scenario) => ({ key: newEntryKey(), scenario }));
      const keys = added.map((e) => e.key);
      const baseline = options.baselineIndex === undefined ? undefined : keys[options.baselineIndex];
      const first = keys[0] as string;
      if (options.replace) {
        set({ entries: added, baselineKey: baseline ?? first, selectedKey: baseline ?? first });
      } else {
        set({ entries: [...get().entries, ...added], baselineKey: baseline ?? get().baselineKey, selectedKey: first });
      }
      return keys;
    },
  };
};

import { create } from 'zustand';
import type { WorkspaceEntry } from '../../store';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

interface CompareSelectionState {
  /** keys the user ticked; null until they change anything (then the default applies) */
  keys: readonly string[] | null;
  setKeys(keys: readonly string[]): void;
}

/**
 * Which scenarios are compared. It lives outside the workspace store because it is a view choice,
 * not part of the plan (no undo, no autosave), yet the compare view and the report must share it.
 */
export const useCompareSelection = create<CompareSelectionState>()((set) => ({
  keys: null,
  setKeys: (keys) => set({ keys }),
}));

/**
 * The compared entries in workspace order: the baseline always (deltas are measured against it),
 * then the ticked ones, at most six. Without a choice yet, the first six of the workspace.
 */
export function comparedEntries(entries: readonly WorkspaceEntry[], baselineKey: string, keys: readonly string[] | null): WorkspaceEntry[] {
  const wanted = keys === null ? null : new Set(keys);
  const out: WorkspaceEntry[] = [];
  const baseline = entries.find((e) => e.key === baselineKey);
  let room = MAX_COMPARED - (baseline ? 1 : 0);
  for (const entry of entries) {
    if (entry.key === baselineKey) out.push(entry);
    else if (room > 0 && (wanted === null || wanted.has(entry.key))) {
      out.push(entry);
      room--;
    }
  }
  return out;
}

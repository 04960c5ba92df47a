import type { ZundoOptions } from 'zundo';
import type { AppState, UndoableState } from './types';

/** Edits of one scenario closer together than this form one undo step (a slider drag). */
export const EDIT_GROUP_MS = 400;

/** The key of the one scenario whose content changed between two states, or null for any other change. */
function singleScenarioEdit(past: UndoableState, current: UndoableState): string | null {
  if (past.baselineKey !== current.baselineKey || past.report !== current.report || past.entries.length !== current.entries.length) return null;
  let edited: string | null = null;
  for (let i = 0; i < past.entries.length; i++) {
    const a = past.entries[i];
    const b = current.entries[i];
    if (!a || !b || a.key !== b.key) return null;
    if (a.scenario !== b.scenario) {
      if (edited !== null) return null;
      edited = a.key;
    }
  }
  return edited;
}

/** Undo options, and a way to make the next change a step of its own. */
export type UndoOptions = ZundoOptions<AppState, UndoableState> & {
  /**
   * The next change is recorded as an undo step of its own, never joined to a run of edits before
   * it: an import applied from a preview is one step even if the scenario was edited a moment ago.
   */
  startNewStep(): void;
};

/**
 * Undo options: history covers the workspace (with the selection that went with it, so undoing a
 * delete shows the restored scenario) but a change of selection or language alone is no step.
 * A run of edits to one scenario, each within EDIT_GROUP_MS of the previous one and with nothing
 * else (an undo, say) in between, is recorded once: the state before the run.
 */
export function undoOptions(now: () => number = Date.now): UndoOptions {
  let run: { key: string; at: number; entries: UndoableState['entries'] } | null = null;
  return {
    startNewStep: () => {
      run = null;
    },
    partialize: ({ entries, baselineKey, selectedKey, report }) => ({ entries, baselineKey, selectedKey, report }),
    equality: (past, current) => past.entries === current.entries && past.baselineKey === current.baselineKey && past.report === current.report,
    limit: 200,
    // zundo types the inner function as setState, but it is called with all four arguments.
    handleSet: (handleSet) => (pastState, replace, currentState, deltaState) => {
      const record = handleSet as unknown as (past: unknown, replace: unknown, current: unknown, delta: unknown) => void;
      const past = pastState as UndoableState;
      const key = singleScenarioEdit(past, currentState);
      const at = now();
      const continues = key !== null && run !== null && run.key === key && at - run.at <= EDIT_GROUP_MS && run.entries === past.entries;
      run = key === null ? null : { key, at, entries: currentState.entries };
      if (!continues) record(pastState, replace, currentState, deltaState);
    },
  };
}

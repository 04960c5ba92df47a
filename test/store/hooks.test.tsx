import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore, useSelectedScenario, useUndoRedo } from '../../src/store';
import { defaultScenario } from '../../src/store/defaultWorkspace';

describe('store hooks', () => {
  it('useUndoRedo follows the history and useSelectedScenario the selection', () => {
    window.localStorage.clear();
    const store = createAppStore({ storage: window.localStorage });
    const first = store.getState().selectedKey;
    const { result } = renderHook(() => ({ history: useUndoRedo(store), selected: useSelectedScenario(store) }));
    expect(result.current.history.canUndo).toBe(false);
    act(() => void store.getState().addScenario(defaultScenario('Second')));
    expect(result.current.selected.scenario.name).toBe('Second');
    expect(result.current.history.canUndo).toBe(true);
    act(() => result.current.history.undo());
    expect(result.current.history).toMatchObject({ canUndo: false, canRedo: true });
    expect(result.current.selected.key).toBe(first);
    act(() => result.current.history.redo());
    expect(result.current.selected.scenario.name).toBe('Second');
  });
});

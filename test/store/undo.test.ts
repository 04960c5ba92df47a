import { describe, expect, it } from 'vitest';
import { createAppStore, selectedEntry, undoRedoOf } from '../../src/store';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { memoryStorage } from './memoryStorage';

function setup() {
  let clock = 1_000_000;
  const store = createAppStore({ storage: memoryStorage(), now: () => clock });
  const tick = (ms: number) => {
    clock += ms;
  };
  const history = () => store.temporal.getState();
  return { store, tick, history, ...undoRedoOf(store) };
}

type Store = ReturnType<typeof setup>['store'];
const names = (s: Store) => s.getState().entries.map((e) => e.scenario.name);
const selected = (s: Store) => selectedEntry(s.getState()).scenario;

describe('undo and redo', () => {
  it('undoes and redoes an edit', () => {
    const { store, undo, redo, history } = setup();
    const key = store.getState().selectedKey;
    const before = selected(store);
    store.getState().renameScenario(key, 'Autumn');
    expect(selected(store).name).toBe('Autumn');
    undo();
    expect(selected(store)).toBe(before);
    expect(history().futureStates).toHaveLength(1);
    redo();
    expect(selected(store).name).toBe('Autumn');
  });

  it('restores a deleted scenario, its place, the baseline and the selection', () => {
    const { store, undo } = setup();
    const first = store.getState().entries[0]?.key;
    const second = store.getState().addScenario(defaultScenario('B'));
    store.getState().addScenario(defaultScenario('C'));
    store.getState().setBaseline(second);
    store.getState().selectScenario(second);
    const place = store.getState().entries.findIndex((e) => e.key === second);
    const count = names(store).length;
    store.getState().deleteScenario(second);
    expect(names(store)).toHaveLength(count - 1);
    expect(store.getState().baselineKey).toBe(first);
    expect(store.getState().selectedKey).not.toBe(second);
    undo();
    expect(store.getState().entries.map((e) => e.key)[place]).toBe(second);
    expect(store.getState().baselineKey).toBe(second);
    expect(store.getState().selectedKey).toBe(second);
  });

  it('undoes a reorder', () => {
    const { store, undo } = setup();
    store.getState().addScenario(defaultScenario('B'));
    const c = store.getState().addScenario(defaultScenario('C'));
    const start = names(store);
    store.getState().moveScenario(c, 0);
    expect(names(store)[0]).toBe('C');
    undo();
    expect(names(store)).toEqual(start);
  });

  it('does not record a change of selection or language alone', () => {
    const { store, history } = setup();
    const b = store.getState().addScenario(defaultScenario('B'));
    const steps = history().pastStates.length;
    store.getState().selectScenario(store.getState().entries[0]?.key ?? '');
    store.getState().selectScenario(b);
    store.getState().setLang('nl');
    expect(history().pastStates).toHaveLength(steps);
  });

  it('groups a slider drag on one scenario into one step', () => {
    const { store, tick, undo, history } = setup();
    const key = store.getState().selectedKey;
    const original = selected(store);
    for (let weeks = 9; weeks <= 20; weeks++) {
      const current = selected(store);
      store.getState().updateScenario(key, { ...current, timing: { ...current.timing, weeks } });
      tick(50);
    }
    expect(history().pastStates).toHaveLength(1);
    undo();
    expect(selected(store)).toBe(original);
  });

  it('starts a new step after a pause, on another scenario, or after an undo', () => {
    const { store, tick, undo, history } = setup();
    const a = store.getState().selectedKey;
    const b = store.getState().addScenario(defaultScenario('B'));
    const base = history().pastStates.length;
    const bump = (key: string) => {
      const entry = store.getState().entries.find((e) => e.key === key)!;
      store.getState().updateScenario(key, { ...entry.scenario, timing: { ...entry.scenario.timing, weeks: entry.scenario.timing.weeks + 1 } });
    };
    bump(a);
    tick(100);
    bump(a);
    expect(history().pastStates.length).toBe(base + 1);
    tick(500);
    bump(a);
    expect(history().pastStates.length).toBe(base + 2);
    tick(100);
    bump(b);
    expect(history().pastStates.length).toBe(base + 3);
    tick(100);
    undo();
    tick(100);
    bump(b);
    expect(history().pastStates.length).toBe(base + 3);
    expect(history().futureStates).toHaveLength(0);
  });

  it('records a change as its own step when asked to, however soon after an edit it comes', () => {
    const { store, tick, undo, history } = setup();
    const key = store.getState().selectedKey;
    const current = selected(store);
    store.getState().updateScenario(key, { ...current, timing: { ...current.timing, weeks: 9 } });
    const edited = selected(store);
    tick(50);
    // An import applied 50 ms later: within the 400 ms that would join it to the edit.
    store.startNewUndoStep();
    store.getState().updateScenario(key, { ...edited, name: 'Imported' });
    expect(history().pastStates).toHaveLength(2);
    undo();
    expect(selected(store)).toBe(edited);
  });
});

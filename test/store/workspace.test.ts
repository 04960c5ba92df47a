import { describe, expect, it } from 'vitest';
import { createAppStore, selectedEntry } from '../../src/store';
import { blankScenario } from '../../src/engine/starter';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { memoryStorage } from './memoryStorage';

const fresh = () => createAppStore({ storage: memoryStorage() });

describe('workspace actions', () => {
  it('adds, selects and duplicates scenarios, keeping line item ids for common random numbers', () => {
    const store = fresh();
    const a = store.getState().selectedKey;
    const copy = store.getState().duplicateScenario(a);
    const entries = store.getState().entries;
    const i = entries.findIndex((e) => e.key === a);
    const [first, second] = [entries[i], entries[i + 1]];
    expect(second?.key).toBe(copy);
    expect(second?.scenario.name).toBe(`${first?.scenario.name} (copy)`);
    expect(second?.scenario.lineItems.map((li) => li.id)).toEqual(first?.scenario.lineItems.map((li) => li.id));
    expect(second?.scenario).not.toBe(first?.scenario);
    expect(store.getState().selectedKey).toBe(copy);
  });

  it('names copies and new scenarios in the current language', () => {
    const store = fresh();
    store.getState().setLang('nl');
    const key = store.getState().addScenario();
    expect(selectedEntry(store.getState()).key).toBe(key);
    // The first-visit workspace holds three scenarios, so the new one is the fourth.
    expect(selectedEntry(store.getState()).scenario.name).toBe('Scenario 4');
    expect(selectedEntry(store.getState()).scenario.lineItems.map((li) => li.label)).toEqual(['Groep 1']);
    store.getState().duplicateScenario(key);
    expect(selectedEntry(store.getState()).scenario.name).toBe('Scenario 4 (kopie)');
  });

  it('adds a numbered blank scenario at the benchmark defaults, whatever is selected', () => {
    const store = fresh();
    store.getState().addScenario();
    const added = selectedEntry(store.getState()).scenario;
    expect(added).toEqual(blankScenario('Scenario 4', 'Line item 1'));
    expect(added.description).toBeUndefined();
    // "Scenario 5" is taken by a rename, so the next new one skips to 6.
    store.getState().renameScenario(store.getState().selectedKey, 'Scenario 5');
    store.getState().addScenario();
    expect(selectedEntry(store.getState()).scenario.name).toBe('Scenario 6');
  });

  it('ignores empty names and never deletes the last scenario', () => {
    const store = fresh();
    const key = store.getState().selectedKey;
    const name = selectedEntry(store.getState()).scenario.name;
    store.getState().renameScenario(key, '   ');
    for (const other of store.getState().entries.filter((e) => e.key !== key)) store.getState().deleteScenario(other.key);
    store.getState().deleteScenario(key);
    expect(store.getState().entries).toHaveLength(1);
    expect(selectedEntry(store.getState()).scenario.name).toBe(name);
  });

  it('clamps moves to the list', () => {
    const store = fresh();
    const a = store.getState().selectedKey;
    store.getState().addScenario(defaultScenario('B'));
    store.getState().moveScenario(a, 99);
    expect(store.getState().entries.at(-1)?.key).toBe(a);
    store.getState().moveScenario(a, -5);
    expect(store.getState().entries[0]?.key).toBe(a);
  });

  it('imports scenarios by appending or replacing, with a baseline', () => {
    const store = fresh();
    const original = store.getState().baselineKey;
    const count = store.getState().entries.length;
    const appended = store.getState().importScenarios([defaultScenario('X'), defaultScenario('Y')]);
    expect(store.getState().entries).toHaveLength(count + 2);
    expect(store.getState().baselineKey).toBe(original);
    expect(store.getState().selectedKey).toBe(appended[0]);

    const replaced = store.getState().importScenarios([defaultScenario('P'), defaultScenario('Q')], { replace: true, baselineIndex: 1 });
    expect(store.getState().entries.map((e) => e.scenario.name)).toEqual(['P', 'Q']);
    expect(store.getState().baselineKey).toBe(replaced[1]);
    expect(store.getState().importScenarios([], { replace: true })).toEqual([]);
    expect(store.getState().entries).toHaveLength(2);
  });
});

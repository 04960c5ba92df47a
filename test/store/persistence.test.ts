import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseScenarioValue } from '../../src/engine/parse';
import { BACKUP_PREFIX, STORAGE_NAME, STORAGE_VERSION, createAppStore, selectedEntry, type AppState } from '../../src/store';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import example from '../../scenarios/same-budget-three-ways.workspace.json';
import { memoryStorage } from './memoryStorage';
import { savedEnvelope } from './savedState';

const saved = (state: unknown, version = STORAGE_VERSION) => JSON.stringify({ state, version });
const names = (state: AppState) => state.entries.map((e) => e.scenario.name);
const firstVisitNames = example.scenarios.map((s) => s.name);

function backups(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
  }
  return keys;
}

afterEach(() => vi.restoreAllMocks());

describe('autosave', () => {
  it('restores the workspace and language after a reload', () => {
    const storage = memoryStorage();
    const first = createAppStore({ storage });
    const b = first.getState().addScenario(defaultScenario('B'));
    first.getState().setBaseline(b);
    first.getState().setLang('nl');

    const second = createAppStore({ storage });
    const state = second.getState();
    expect(state.entries.map((e) => e.scenario.name)).toEqual(first.getState().entries.map((e) => e.scenario.name));
    expect(state.baselineKey).toBe(b);
    expect(state.selectedKey).toBe(b);
    expect(state.lang).toBe('nl');
    expect(state.storageBackupKey).toBeNull();
    expect(second.temporal.getState().pastStates).toHaveLength(0);
  });

  it('starts a first visit from the same-budget workspace: fixed fees as the baseline, the hybrid selected, a budget of €7,000', () => {
    const state = createAppStore({ storage: memoryStorage() }).getState();
    expect(names(state)).toEqual(['Same budget: fixed fees', 'Same budget: commission only (CPS)', 'Same budget: hybrid']);
    expect(state.entries.map((e) => e.scenario.lineItems.map((li) => li.id))).toEqual(example.scenarios.map((s) => s.lineItems.map((li) => li.id)));
    expect(state.baselineKey).toBe(state.entries[example.baselineIndex]?.key);
    expect(selectedEntry(state).scenario.name).toBe('Same budget: hybrid');
    expect(new Set(state.entries.map((e) => e.key)).size).toBe(3);
    // Each way has the same €7,000 budget: €6,000 for creators and €1,000 of management.
    expect(state.entries.map((e) => e.scenario.budget)).toEqual([7000, 7000, 7000]);
    // Validated like any file, so the scenarios are the parser's, defaults filled in.
    const parsed = parseScenarioValue(structuredClone(example));
    expect(parsed.ok && parsed.data.scenarios).toEqual(state.entries.map((e) => e.scenario));
  });

  it('repairs a dangling baseline, selection and language', () => {
    const scenario = defaultScenario('Kept');
    const storage = memoryStorage({
      [STORAGE_NAME]: saved({ entries: [{ key: 'k1', scenario }], baselineKey: 'gone', selectedKey: 'gone', lang: 'xx' }),
    });
    const state = createAppStore({ storage }).getState();
    expect(state.entries[0]?.scenario.name).toBe('Kept');
    expect(state.baselineKey).toBe('k1');
    expect(state.selectedKey).toBe('k1');
    expect(state.lang).toBe('en');
  });

  it.each([
    ['text that is not JSON', '{"state": {"entries": ['],
    ['compressed text that does not decompress', 'lz1:\u0001\u0002garbage'],
    ['an invalid scenario', saved({ entries: [{ key: 'k1', scenario: { ...defaultScenario(), currency: 'euro' } }], baselineKey: 'k1', selectedKey: 'k1', lang: 'en' })],
    ['an empty workspace', saved({ entries: [], baselineKey: '', selectedKey: '', lang: 'en' })],
    ['data from a newer app', saved({ entries: [], future: true }, STORAGE_VERSION + 1)],
  ])('keeps %s under a backup key and starts from the default workspace', (_, text) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = memoryStorage({ [STORAGE_NAME]: text });
    const store = createAppStore({ storage, now: () => Date.UTC(2025, 0, 2) });
    const state = store.getState();
    expect(names(state)).toEqual(firstVisitNames);
    expect(state.storageBackupKey).toBe(`${BACKUP_PREFIX}2025-01-02T00:00:00.000Z`);
    expect(backups(storage)).toEqual([state.storageBackupKey]);
    expect(storage.getItem(state.storageBackupKey ?? '')).toBe(text);

    // The next edit autosaves over the main key; the backup stays.
    state.renameScenario(state.selectedKey, 'After');
    const autosaved = savedEnvelope<AppState>(storage).state as AppState;
    expect(selectedEntry(autosaved).scenario.name).toBe('After');
    expect(storage.getItem(state.storageBackupKey ?? '')).toBe(text);
  });

  it('lifts older autosave versions through the migrate hook', () => {
    const scenario = defaultScenario('Old');
    const storage = memoryStorage({ [STORAGE_NAME]: saved({ scenarios: [scenario], language: 'nl' }, 0) });
    const migrations = {
      0: (old: Record<string, unknown>) => ({
        entries: (old.scenarios as unknown[]).map((s, i) => ({ key: `old${i}`, scenario: s })),
        lang: old.language,
      }),
    };
    const state = createAppStore({ storage, migrations }).getState();
    expect(state.entries.map((e) => [e.key, e.scenario.name])).toEqual([['old0', 'Old']]);
    expect(state.lang).toBe('nl');
    expect(state.storageBackupKey).toBeNull();
    // A migrated state is written back in the current version right away.
    expect(savedEnvelope(storage).version).toBe(STORAGE_VERSION);
  });

  it('backs up data whose version has no migration', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = saved({ whatever: 1 }, 0);
    const storage = memoryStorage({ [STORAGE_NAME]: text });
    const state = createAppStore({ storage }).getState();
    expect(storage.getItem(state.storageBackupKey ?? '')).toBe(text);
  });
});

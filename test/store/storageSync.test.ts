import LZString from 'lz-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/engine/schema';
import type { LzCompressor } from '../../src/io/lzCompressor';
import { BACKUP_PREFIX, STORAGE_NAME, STORAGE_VERSION, createAppStore, selectedEntry, type AppState } from '../../src/store';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { defaultStorage } from '../../src/store/persistence';
import { encodeEnvelope } from '../../src/store/storageCodec';
import { RETRY_MS } from '../../src/store/storageSync';
import { limitedStorage, memoryStorage } from './memoryStorage';
import { savedEnvelope } from './savedState';

const MARKER = `${STORAGE_NAME}:unsaved`;
const savedNames = (storage: Storage) => (savedEnvelope<AppState>(storage).state?.entries ?? []).map((e) => e.scenario.name);
const names = (state: AppState) => state.entries.map((e) => e.scenario.name);
const open = (storage: Storage) => createAppStore({ storage, autosaveDelayMs: 0, now: () => Date.UTC(2025, 0, 2) });

/** A scenario whose free-form meta nests 5,000 levels: valid to the schema of today, but JSON.stringify overflows the stack on it. */
function deepMetaScenario(): Scenario {
  let meta: Record<string, unknown> = {};
  for (let depth = 0; depth < 5000; depth++) meta = { inner: meta };
  return { ...defaultScenario('Deep'), meta };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('compact autosave', () => {
  it('stores the workspace compressed and reads it back', () => {
    const storage = memoryStorage();
    const store = open(storage);
    store.getState().renameScenario(store.getState().selectedKey, 'Compressed');
    const text = storage.getItem(STORAGE_NAME) ?? '';
    expect(text.startsWith('lz1:')).toBe(true);
    const json = JSON.stringify({ state: savedEnvelope(storage).state, version: STORAGE_VERSION });
    // Three scenarios that repeat the same field names compress well: under a third of the JSON's length.
    expect(text.length).toBeLessThan(json.length / 3);
    expect(selectedEntry(open(storage).getState()).scenario.name).toBe('Compressed');
  });

  it('restores an uncompressed save of an earlier version and rewrites it compressed at once', () => {
    const scenario = defaultScenario('Legacy');
    const legacy = JSON.stringify({ state: { entries: [{ key: 'k1', scenario }], baselineKey: 'k1', selectedKey: 'k1', lang: 'nl' }, version: STORAGE_VERSION });
    const storage = memoryStorage({ [STORAGE_NAME]: legacy });
    const state = open(storage).getState();
    expect(names(state)).toEqual(['Legacy']);
    expect(state.lang).toBe('nl');
    expect(storage.getItem(STORAGE_NAME)?.startsWith('lz1:')).toBe(true);
    expect(savedNames(storage)).toEqual(['Legacy']);
  });
});

/** lz-string as the app's first autosave meets it: not fetched yet, arriving (or failing to) when the test says. */
function lateCompressor() {
  let lz: LzCompressor | null = null;
  let settle: { resolve(lz: LzCompressor): void; reject(err: Error): void } | undefined;
  const arrival = new Promise<LzCompressor>((resolve, reject) => (settle = { resolve, reject }));
  const source = { loaded: () => lz, load: vi.fn(() => arrival) };
  // The autosave's own callback on the fetch was attached first, so it has run once the test's await returns.
  const arrive = async () => {
    lz = LZString;
    settle?.resolve(LZString);
    await arrival;
  };
  const fail = async () => {
    settle?.reject(new Error('Failed to fetch dynamically imported module'));
    await arrival.catch(() => undefined);
  };
  return { source, arrive, fail };
}

const openWith = (storage: Storage, compressor: ReturnType<typeof lateCompressor>['source']) =>
  createAppStore({ storage, autosaveDelayMs: 0, now: () => Date.UTC(2025, 0, 2), compressor });

describe('the first autosave, before lz-string is here', () => {
  it('lands at once as plain JSON, which a reload restores, and is written again compressed when lz-string arrives', async () => {
    const storage = memoryStorage();
    const lz = lateCompressor();
    const store = openWith(storage, lz.source);
    expect(lz.source.load).not.toHaveBeenCalled();
    store.getState().renameScenario(store.getState().selectedKey, 'Before lz-string');
    expect(lz.source.load).toHaveBeenCalledTimes(1);
    expect(storage.getItem(STORAGE_NAME)?.startsWith('{')).toBe(true);
    expect(selectedEntry(open(storage).getState()).scenario.name).toBe('Before lz-string');

    await lz.arrive();
    expect(storage.getItem(STORAGE_NAME)?.startsWith('lz1:')).toBe(true);
    expect(savedNames(storage)).toEqual(names(store.getState()));
    expect(store.sync.status.getState().problem).toBeNull();
  });

  it('waits for lz-string when there is no room for plain JSON, instead of saying the storage is full', async () => {
    const base = defaultScenario('Big');
    const item = base.lineItems[0] as Scenario['lineItems'][number];
    const big = (name: string): Scenario => ({ ...base, name, lineItems: Array.from({ length: 500 }, (_, i) => ({ ...item, id: `group-${i}`, label: `Creator group ${i}` })) });
    const storage = limitedStorage(500_000);
    const lz = lateCompressor();
    const store = openWith(storage, lz.source);
    store.getState().importScenarios([big('Big A'), big('Big B'), big('Big C')]);
    expect(storage.getItem(STORAGE_NAME)).toBeNull();
    expect(store.sync.status.getState().problem).toBeNull();

    await lz.arrive();
    expect(store.sync.status.getState().problem).toBeNull();
    expect(savedNames(storage)).toHaveLength(6);
  });

  it('says the storage is full when lz-string cannot be fetched', async () => {
    const storage = limitedStorage(Number.POSITIVE_INFINITY);
    const lz = lateCompressor();
    const store = openWith(storage, lz.source);
    storage.limit = storage.used() + 100;
    store.getState().addScenario(defaultScenario('No room'));
    expect(store.sync.status.getState().problem).toBeNull();
    await lz.fail();
    expect(store.sync.status.getState().problem?.kind).toBe('full');
    // One fetch per change: retries of the same save do not fetch again.
    vi.advanceTimersByTime(RETRY_MS);
    expect(lz.source.load).toHaveBeenCalledTimes(1);
  });

  it('fetches lz-string again on the next change after a failed fetch, and writes compressed once it is here', async () => {
    const storage = memoryStorage();
    let lz: LzCompressor | null = null;
    let arrive: (lz: LzCompressor) => void = () => {};
    const failed = Promise.reject(new Error('Failed to fetch dynamically imported module'));
    const second = new Promise<LzCompressor>((resolve) => (arrive = resolve));
    const load = vi.fn<() => Promise<LzCompressor>>().mockReturnValueOnce(failed).mockReturnValueOnce(second);
    const store = openWith(storage, { loaded: () => lz, load });
    store.getState().renameScenario(store.getState().selectedKey, 'Plain');
    // The autosave's own callback on the failed fetch was attached first, so it has run once this catch does.
    await failed.catch(() => undefined);
    expect(storage.getItem(STORAGE_NAME)?.startsWith('{')).toBe(true);
    expect(store.sync.status.getState().problem).toBeNull();

    // The first edit fetched once; the change after the failure fetches a second time, and lands as plain JSON meanwhile.
    store.getState().renameScenario(store.getState().selectedKey, 'Compressed at last');
    expect(load).toHaveBeenCalledTimes(2);
    expect(storage.getItem(STORAGE_NAME)?.startsWith('{')).toBe(true);

    lz = LZString;
    arrive(LZString);
    await second;
    expect(storage.getItem(STORAGE_NAME)?.startsWith('lz1:')).toBe(true);
    expect(savedNames(storage)).toEqual(names(store.getState()));
  });

  it('does not write its plain save again over another tab’s newer save', async () => {
    const storage = memoryStorage();
    const lz = lateCompressor();
    const mine = openWith(storage, lz.source);
    mine.getState().renameScenario(mine.getState().selectedKey, 'Mine, plain');
    const state = { entries: [{ key: 'theirs', scenario: defaultScenario('Theirs') }], baselineKey: 'theirs', selectedKey: 'theirs', lang: 'en' };
    const theirText = encodeEnvelope({ state, version: STORAGE_VERSION, rev: 9, tab: 'other-tab', savedAt: Date.UTC(2025, 0, 2) }, LZString);
    storage.setItem(STORAGE_NAME, theirText);

    await lz.arrive();
    expect(storage.getItem(STORAGE_NAME)).toBe(theirText);
    // Nothing of this tab's waits to be saved, so there is nothing to choose between yet.
    expect(mine.sync.status.getState().conflict).toBeNull();
  });
});

describe('a workspace larger than the storage as JSON', () => {
  it('fits compressed, and a reload restores every scenario', () => {
    // Issue 12's repro at a smaller scale: scenarios of 500 line items each, beyond a 500,000-character storage as plain JSON.
    const base = defaultScenario('Big');
    const item = base.lineItems[0] as Scenario['lineItems'][number];
    const bigScenario = (name: string): Scenario => ({ ...base, name, lineItems: Array.from({ length: 500 }, (_, i) => ({ ...item, id: `group-${i}`, label: `Creator group ${i}`, creators: 1 + (i % 37) })) });
    const storage = limitedStorage(500_000);
    const store = open(storage);
    store.getState().importScenarios([bigScenario('Big A'), bigScenario('Big B'), bigScenario('Big C')]);
    expect(JSON.stringify(savedEnvelope(storage).state).length).toBeGreaterThan(storage.limit);
    expect(store.sync.status.getState().problem).toBeNull();
    expect(names(open(storage).getState())).toEqual(names(store.getState()));
    expect(names(store.getState())).toHaveLength(6);
  });
});

describe('a full storage', () => {
  it('says so at once, keeps the work in memory and the last good copy, and saves when space frees', () => {
    const storage = limitedStorage(Number.POSITIVE_INFINITY);
    const store = open(storage);
    store.getState().renameScenario(store.getState().selectedKey, 'Saved');
    // Not one character to spare: the marker (15 digits: 2025-01-02 in ms, zero-padded) flips to "failing" in place, a fourth scenario does not fit.
    storage.limit = storage.used();

    expect(() => store.getState().addScenario(defaultScenario('Too big to store'))).not.toThrow();
    expect(names(store.getState())).toHaveLength(4);
    expect(store.sync.status.getState().problem?.kind).toBe('full');
    expect(savedNames(storage)).toHaveLength(3);
    expect(storage.getItem(MARKER)).toBe('no:001735776000000');

    // A reload in between restores the last good copy and says it may be older than the work was.
    const reloaded = open(storage);
    expect(names(reloaded.getState())).toHaveLength(3);
    expect(reloaded.sync.status.getState().restoredStale).toEqual({ since: Date.UTC(2025, 0, 2) });

    storage.limit = Number.POSITIVE_INFINITY;
    vi.advanceTimersByTime(RETRY_MS);
    expect(store.sync.status.getState().problem).toBeNull();
    expect(savedNames(storage)).toEqual(names(store.getState()));
    expect(storage.getItem(MARKER)).toBe(`ok:${'0'.repeat(15)}`);
  });

  it('retries on the next edit too', () => {
    const storage = limitedStorage(Number.POSITIVE_INFINITY);
    const store = open(storage);
    store.getState().renameScenario(store.getState().selectedKey, 'Saved');
    storage.limit = storage.used() + 100;
    store.getState().addScenario(defaultScenario('Waits'));
    expect(store.sync.status.getState().problem).not.toBeNull();
    storage.limit = Number.POSITIVE_INFINITY;
    store.getState().renameScenario(store.getState().selectedKey, 'Waited');
    expect(store.sync.status.getState().problem).toBeNull();
    expect(savedNames(storage)).toContain('Waited');
  });

  it('drops backups from earlier visits, oldest first, before giving up, and keeps this visit’s backup', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const oldest = `${BACKUP_PREFIX}2024-01-01T00:00:00.000Z`;
    const older = `${BACKUP_PREFIX}2024-06-01T00:00:00.000Z`;
    const storage = limitedStorage(Number.POSITIVE_INFINITY, { [oldest]: 'x'.repeat(20_000), [older]: 'y'.repeat(20_000), [STORAGE_NAME]: 'not json' });
    const store = open(storage);
    const thisVisit = store.getState().storageBackupKey as string;
    expect(thisVisit).toBe(`${BACKUP_PREFIX}2025-01-02T00:00:00.000Z`);
    // Only 10 characters to spare: the compressed workspace needs the room of one old backup (20,000), not two.
    storage.limit = storage.used() + 10;
    store.getState().renameScenario(store.getState().selectedKey, 'Fits after one drop');
    expect(store.sync.status.getState().problem).toBeNull();
    expect(storage.getItem(oldest)).toBeNull();
    expect(storage.getItem(older)).not.toBeNull();
    expect(storage.getItem(thisVisit)).toBe('not json');
    expect(savedNames(storage)).toContain('Fits after one drop');
  });
});

describe('a browser that blocks storage', () => {
  it('still starts, keeps the work in memory and reports every autosave as refused', () => {
    // With site data disabled, merely reading window.localStorage throws a SecurityError.
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const store = open(defaultStorage());
      store.getState().renameScenario(store.getState().selectedKey, 'Only in memory');
      expect(selectedEntry(store.getState()).scenario.name).toBe('Only in memory');
      expect(store.sync.status.getState().problem).toEqual({ kind: 'unwritable', detail: 'SecurityError: Access is denied for this document.' });
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('a workspace that cannot be written as text', () => {
  it('keeps a scenario whose meta nests 5,000 levels in memory and reports it instead of throwing', () => {
    const storage = memoryStorage();
    const store = open(storage);
    store.getState().renameScenario(store.getState().selectedKey, 'Before');
    expect(() => store.getState().importScenarios([deepMetaScenario()])).not.toThrow();
    expect(names(store.getState())).toContain('Deep');
    const problem = store.sync.status.getState().problem;
    expect(problem?.kind).toBe('unserializable');
    expect(problem?.detail).toMatch(/RangeError/);
    expect(savedNames(storage)).toContain('Before');
    expect(savedNames(storage)).not.toContain('Deep');
  });
});

describe('two tabs on one storage', () => {
  function twoTabs() {
    const storage = memoryStorage();
    const mine = open(storage);
    const theirs = open(storage);
    const rename = (store: typeof mine, name: string) => store.getState().renameScenario(store.getState().selectedKey, name);
    return { storage, mine, theirs, rename };
  }

  it('tells a tab of the other tab’s save and writes nothing over it until the planner chooses', () => {
    const { storage, mine, theirs, rename } = twoTabs();
    rename(theirs, 'Theirs');
    const theirText = storage.getItem(STORAGE_NAME);
    mine.sync.receive(theirText);
    expect(mine.sync.status.getState().conflict).not.toBeNull();
    rename(mine, 'Mine');
    expect(storage.getItem(STORAGE_NAME)).toBe(theirText);
  });

  it('notices the other tab’s save on its next write even when no event came', () => {
    const { storage, mine, theirs, rename } = twoTabs();
    rename(theirs, 'Theirs');
    const theirText = storage.getItem(STORAGE_NAME);
    rename(mine, 'Mine');
    expect(mine.sync.status.getState().conflict).not.toBeNull();
    expect(storage.getItem(STORAGE_NAME)).toBe(theirText);
  });

  it('“keep mine” saves this tab’s work with a newer revision, and the other tab is told in turn', () => {
    const { storage, mine, theirs, rename } = twoTabs();
    rename(theirs, 'Theirs');
    const theirRev = savedEnvelope(storage).rev as number;
    mine.sync.receive(storage.getItem(STORAGE_NAME));
    rename(mine, 'Mine');
    mine.sync.keepMine();
    expect(mine.sync.status.getState().conflict).toBeNull();
    expect(savedEnvelope(storage).rev).toBe(theirRev + 1);
    expect(savedEnvelope(storage).tab).toBe(mine.sync.tabId);
    expect(selectedEntry(savedEnvelope<AppState>(storage).state as AppState).scenario.name).toBe('Mine');

    theirs.sync.receive(storage.getItem(STORAGE_NAME));
    expect(theirs.sync.status.getState().conflict).not.toBeNull();
  });

  it('“load theirs” shows the other tab’s work, starts the undo history again and writes nothing back', () => {
    const { storage, mine, theirs, rename } = twoTabs();
    rename(theirs, 'Theirs');
    const theirText = storage.getItem(STORAGE_NAME);
    mine.sync.receive(theirText);
    rename(mine, 'Mine');
    expect(mine.temporal.getState().pastStates).toHaveLength(1);
    mine.sync.loadTheirs();
    expect(selectedEntry(mine.getState()).scenario.name).toBe('Theirs');
    expect(mine.temporal.getState().pastStates).toHaveLength(0);
    expect(mine.sync.status.getState().conflict).toBeNull();
    expect(storage.getItem(STORAGE_NAME)).toBe(theirText);

    rename(mine, 'Mine, after theirs');
    expect(mine.sync.status.getState().conflict).toBeNull();
    expect(savedNames(storage)).toContain('Mine, after theirs');
  });
});

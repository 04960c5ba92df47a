import type { PersistOptions, StorageValue } from 'zustand/middleware';
import { deferredStorage } from './deferredStorage';
import { restorePersisted } from './restore';
import { createStorageSync, type CompressorSource, type StorageSync } from './storageSync';
import type { AppState, PersistedState } from './types';

export const STORAGE_NAME = 'campaign-roi-planner';
export const STORAGE_VERSION = 1;
/** Unreadable autosaved text is copied to `${BACKUP_PREFIX}${timestamp}` before anything overwrites it. */
export const BACKUP_PREFIX = `${STORAGE_NAME}:backup:`;
/** Scenario edits closer together than this are autosaved once (flushed early when the page is hidden). */
export const AUTOSAVE_DELAY_MS = 500;
/**
 * Compressing a large workspace takes long (lz-string: 1.9 s for 1.1 M characters of JSON on a loaded
 * 2-core machine): the delay
 * grows so that autosave takes at most a tenth of the main thread during a drag, up to this.
 */
export const MAX_AUTOSAVE_DELAY_MS = 10_000;

/** One step lifts autosaved state from version v to v + 1, keyed by v. */
export type StateMigration = (state: Record<string, unknown>) => Record<string, unknown>;

/** Version 1 is the first autosave format; the next change adds `1: (state) => …` here. */
export const STATE_MIGRATIONS: Readonly<Record<number, StateMigration>> = {};

const unreadable = (reason: string) => ({ unreadable: reason });

export function migrateState(state: unknown, version: number, migrations: Readonly<Record<number, StateMigration>>): unknown {
  if (version > STORAGE_VERSION) return unreadable(`saved by a newer version of the app (autosave version ${version})`);
  let current = state as Record<string, unknown>;
  for (let v = version; v < STORAGE_VERSION; v++) {
    const step = migrations[v];
    if (!step) return unreadable(`no migration from autosave version ${v}`);
    try {
      current = step(current);
    } catch (err) {
      return unreadable(`migration from autosave version ${v} failed: ${String(err)}`);
    }
  }
  return current;
}

function backUp(storage: Storage, now: number): string | null {
  const text = storage.getItem(STORAGE_NAME);
  if (text === null) return null;
  const key = `${BACKUP_PREFIX}${new Date(now).toISOString()}`;
  try {
    storage.setItem(key, text);
    return key;
  } catch (err) {
    console.warn(`Could not back up unreadable autosave: ${String(err)}`);
    return null;
  }
}

export interface PersistenceConfig {
  storage: Storage;
  migrations?: Readonly<Record<number, StateMigration>>;
  now?: () => number;
  /** how long a scenario edit may wait for the next one before it is written; 0 writes each at once */
  autosaveDelayMs?: number;
  /** where autosave gets lz-string; tests pass one that arrives when they say */
  compressor?: CompressorSource;
}

/** Only the scenarios changed: an edit, likely one of a burst. Other changes are rare and written at once. */
const onlyScenariosChanged = (a: StorageValue<PersistedState>, b: StorageValue<PersistedState>) =>
  a.version === b.version && a.state.baselineKey === b.state.baselineKey && a.state.selectedKey === b.state.selectedKey && a.state.lang === b.state.lang;

export const partializePersisted = ({ entries, baselineKey, selectedKey, lang, report }: AppState): PersistedState => ({ entries, baselineKey, selectedKey, lang, report });

/** The autosave's storage for one store: compressed, revisioned, and watching other tabs. */
export function persistenceSync(config: PersistenceConfig): StorageSync<PersistedState> {
  const { storage, now = Date.now, compressor } = config;
  return createStorageSync<PersistedState>({ storage, name: STORAGE_NAME, version: STORAGE_VERSION, backupPrefix: BACKUP_PREFIX, now, ...(compressor && { compressor }) });
}

export function persistOptions(config: PersistenceConfig, sync: StorageSync<PersistedState>): PersistOptions<AppState, PersistedState> {
  const { storage, migrations = STATE_MIGRATIONS, now = Date.now, autosaveDelayMs = AUTOSAVE_DELAY_MS } = config;
  let restored = false;
  return {
    name: STORAGE_NAME,
    version: STORAGE_VERSION,
    storage: deferredStorage(sync.storage, () => autosaveDelayMs && Math.min(MAX_AUTOSAVE_DELAY_MS, Math.max(autosaveDelayMs, 10 * sync.lastWriteMs())), onlyScenariosChanged),
    partialize: partializePersisted,
    migrate: (state, version) => migrateState(state, version, migrations) as PersistedState,
    merge: (persisted, current) => {
      restored = false;
      if (persisted === undefined) return current;
      const result = restorePersisted(persisted);
      if (result.ok) {
        restored = true;
        return { ...current, ...result.data };
      }
      console.warn(`Autosaved workspace could not be restored: ${result.reason}`);
      return { ...current, storageBackupKey: backUp(storage, now()) };
    },
    onRehydrateStorage: () => (state) => {
      if (restored && state) sync.compactLegacy({ state: partializePersisted(state), version: STORAGE_VERSION });
    },
  };
}

/** A storage that holds nothing and refuses every write with `reason`: saving visibly fails instead of silently. */
function refusingStorage(reason: unknown): Storage {
  return {
    length: 0,
    clear: () => {},
    getItem: () => null,
    key: () => null,
    removeItem: () => {},
    setItem: () => {
      throw reason;
    },
  };
}

/**
 * localStorage where there is one; elsewhere (Node, tests) a storage that lives as long as the page.
 * Where the browser blocks it (site data disabled), merely touching it throws: the app still
 * starts, and every autosave reports the refusal.
 */
export function defaultStorage(): Storage {
  try {
    if (typeof localStorage !== 'undefined') {
      localStorage.getItem(STORAGE_NAME);
      return localStorage;
    }
  } catch (err) {
    return refusingStorage(err);
  }
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

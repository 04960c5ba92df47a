import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { loadedLzCompressor, loadLzCompressor } from '../io/lzCompressor';
import { nextCompressorFetch, type CompressorFetch, type CompressorFetchEvent } from './compressorFetch';
import { newTabId } from './keys';
import { decodeStoredText, encodeEnvelope, type StoredEnvelope } from './storageCodec';
import type { CompressorSource, SaveProblem, StorageStatus, StorageSync, StorageSyncConfig } from './storageSyncTypes';

export type { CompressorSource, SaveProblem, StorageStatus, StorageSync, StorageSyncConfig } from './storageSyncTypes';

export const RETRY_MS = 5000;

const LZ_STRING: CompressorSource = { loaded: loadedLzCompressor, load: loadLzCompressor };

const isQuotaError = (err: unknown) => {
  const { name, code } = (err ?? {}) as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
};

/**
 * The autosave's own storage: compressed text with a revision and tab id, a write that fails kept
 * in memory and retried (after dropping stale backups), and another tab's newer save never
 * overwritten without the planner's say.
 */
export function createStorageSync<S>(config: StorageSyncConfig): StorageSync<S> {
  const { storage, name, version, backupPrefix, now, tabId = newTabId(), retryMs = RETRY_MS, compressor = LZ_STRING } = config;
  const markerKey = `${name}:unsaved`;
  const oldBackupsBelow = `${backupPrefix}${new Date(now()).toISOString()}`;
  const status = createStore<StorageStatus>(() => ({ problem: null, conflict: null, restoredStale: null }));
  let app: { snapshot(): StorageValue<S>; reload(): void } | null = null;
  let rev = 0;
  /** the text under `name` as this tab last read or wrote it; anything else there is another tab's */
  let seenText: string | null = null;
  let latest: StorageValue<S> | null = null;
  let unsaved = false;
  let paused = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  /** the last read found an uncompressed save from before compression */
  let legacy = false;
  let lastWriteMs = 0;
  let encoded: { value: StorageValue<S>; rev: number; compressed: boolean; text: string } | null = null;
  let lzFetch: CompressorFetch = { phase: 'idle' };
  const shift = (event: CompressorFetchEvent) => {
    lzFetch = nextCompressorFetch(lzFetch, event);
  };

  const attempt = (write: () => void): unknown => {
    try {
      write();
      return null;
    } catch (err) {
      return err;
    }
  };

  const dropOldestBackup = (): boolean => {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(backupPrefix) && key < oldBackupsBelow) keys.push(key);
    }
    const oldest = keys.sort()[0];
    if (oldest === undefined) return false;
    storage.removeItem(oldest);
    return true;
  };

  // The marker's two values have the same length, so flipping it to "failing" needs no room in a
  // full storage once it exists; it is put there when the page loads.
  const OK = `ok:${'0'.repeat(15)}`;
  const failingSince = (at: number) => `no:${String(Math.max(0, Math.trunc(at))).padStart(15, '0')}`;
  const mark = (value: string) => attempt(() => storage.setItem(markerKey, value));

  const fail = (problem: SaveProblem) => {
    status.setState({ problem });
    if (!storage.getItem(markerKey)?.startsWith('no:')) mark(failingSince(now()));
    if (problem.kind !== 'unserializable') timer ??= setInterval(write, retryMs);
  };

  const succeed = () => {
    clearInterval(timer);
    timer = undefined;
    if (storage.getItem(markerKey) !== OK) mark(OK);
    if (status.getState().problem) status.setState({ problem: null });
  };

  const conflictWith = (envelope: StoredEnvelope<S>) => {
    paused = true;
    rev = Math.max(rev, envelope.rev);
    status.setState({ conflict: { savedAt: envelope.savedAt } });
  };

  /** another tab's save that this tab has not seen, if the text under `name` is one */
  const foreignSave = (text: string | null): StoredEnvelope<S> | null => {
    if (text === null || text === seenText) return null;
    const decoded = decodeStoredText<S>(text);
    return decoded.ok && decoded.envelope.tab !== tabId ? decoded.envelope : null;
  };

  /**
   * The first write fetches lz-string and lands as plain JSON meanwhile, so no edit waits on the
   * network. Once lz-string is here, a plain text still in storage is written again compressed,
   * and a write that found no room as plain JSON is tried again.
   */
  const fetchCompressor = () => {
    shift('start');
    compressor.load().then(
      () => {
        const rewrite = lzFetch.phase === 'fetching' && lzFetch.plainWritten;
        shift('arrived');
        if (rewrite && !unsaved && latest && storage.getItem(name) === seenText) unsaved = true;
        write();
      },
      () => {
        shift('failed');
        write();
      },
    );
  };

  function write(): void {
    if (!latest || !unsaved || paused) return;
    const theirs = foreignSave(storage.getItem(name));
    if (theirs) return conflictWith(theirs);
    const started = performance.now();
    const lz = compressor.loaded();
    if (!lz && lzFetch.phase === 'idle') fetchCompressor();
    // A retry of the same value reuses its text: compressing a large workspace every few seconds would cost the page.
    if (encoded?.value !== latest || encoded.rev !== rev || encoded.compressed !== (lz !== null)) {
      try {
        encoded = { value: latest, rev, compressed: lz !== null, text: encodeEnvelope({ state: latest.state, version: latest.version ?? version, rev: rev + 1, tab: tabId, savedAt: now() }, lz) };
      } catch (err) {
        encoded = null;
        return fail({ kind: 'unserializable', detail: String(err) });
      }
    }
    const { text } = encoded;
    let err = attempt(() => storage.setItem(name, text));
    while (err !== null && isQuotaError(err) && dropOldestBackup()) err = attempt(() => storage.setItem(name, text));
    // Plain JSON takes several times the room: no room for it says nothing yet, lz-string on its way writes again.
    if (err !== null && isQuotaError(err) && !lz && lzFetch.phase === 'fetching') return;
    if (err !== null) return fail({ kind: isQuotaError(err) ? 'full' : 'unwritable', detail: String(err) });
    lastWriteMs = performance.now() - started;
    rev += 1;
    seenText = text;
    unsaved = false;
    shift(lz ? 'wroteCompressed' : 'wrotePlain');
    succeed();
  }

  const save = (value: StorageValue<S>) => {
    latest = value;
    unsaved = true;
    shift('changed');
    write();
  };

  const receive = (newValue: string | null) => {
    const theirs = foreignSave(newValue);
    if (theirs) conflictWith(theirs);
    else if (status.getState().problem) write();
  };

  if (typeof window !== 'undefined' && typeof document !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.storageArea === storage && event.key === name) receive(event.newValue);
      else if (event.storageArea === storage && status.getState().problem) write();
    });
    document.addEventListener('visibilitychange', () => {
      if (status.getState().problem) write();
    });
  }

  const storageApi: PersistStorage<S> = {
    getItem: () => {
      const text = storage.getItem(name);
      seenText = text;
      latest = null;
      unsaved = false;
      const marker = storage.getItem(markerKey);
      if (marker === null) mark(OK);
      else if (marker.startsWith('no:')) status.setState({ restoredStale: { since: Number(marker.slice(3)) || 0 } });
      if (text === null) return null;
      const decoded = decodeStoredText<S>(text);
      if (!decoded.ok) return { state: { unreadable: decoded.reason } as S, version };
      rev = Math.max(rev, decoded.envelope.rev);
      legacy = !decoded.compressed;
      return { state: decoded.envelope.state, version: decoded.envelope.version };
    },
    setItem: (_name, value) => save(value),
    removeItem: () => {
      storage.removeItem(name);
      seenText = null;
    },
  };

  return {
    storage: storageApi,
    status,
    tabId,
    connect: (store) => {
      app = store;
    },
    compactLegacy: (value) => {
      if (legacy) save(value);
      legacy = false;
    },
    retry: write,
    keepMine: () => {
      if (!app) return;
      paused = false;
      seenText = storage.getItem(name);
      status.setState({ conflict: null });
      save(app.snapshot());
    },
    loadTheirs: () => {
      if (!app) return;
      // Still paused while reloading: a held edit flushed by the read lands in memory, not over theirs.
      app.reload();
      paused = false;
      status.setState({ conflict: null });
      // What is on screen is now what is stored: nothing is waiting to be saved.
      succeed();
    },
    receive,
    dismissRestoredStale: () => status.setState({ restoredStale: null }),
    lastWriteMs: () => lastWriteMs,
  };
}

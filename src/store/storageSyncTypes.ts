import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand/vanilla';
import type { LzCompressor } from '../io/lzCompressor';

/** Where the autosave gets lz-string: at hand once fetched (io/lzCompressor.ts; tests pass their own). */
export interface CompressorSource {
  loaded(): LzCompressor | null;
  load(): Promise<LzCompressor>;
}

export interface SaveProblem {
  /** full: the browser's storage has no room; unwritable: it refused otherwise; unserializable: the workspace cannot be written as text */
  kind: 'full' | 'unwritable' | 'unserializable';
  /** the browser's own words, for the curious */
  detail: string;
}

export interface StorageStatus {
  /** why the latest autosave did not land; null while every write lands */
  problem: SaveProblem | null;
  /** another tab saved this workspace after this tab last read or wrote it; this tab writes nothing until the planner chooses */
  conflict: { savedAt: number } | null;
  /** on load: autosave was failing when a page last closed, so what was restored may be older than the work was */
  restoredStale: { since: number } | null;
}

export interface StorageSyncConfig {
  storage: Storage;
  name: string;
  /** written into unreadable text's stand-in, so zustand does not try to migrate it */
  version: number;
  /** backups under this prefix from before this page loaded are dropped, oldest first, when storage is full */
  backupPrefix: string;
  now: () => number;
  tabId?: string;
  /** while writes fail, they are retried this often (and on every edit, tab switch and other tab's write) */
  retryMs?: number;
  compressor?: CompressorSource;
}

export interface StorageSync<S> {
  storage: PersistStorage<S>;
  status: StoreApi<StorageStatus>;
  tabId: string;
  /** how the sync reaches the store it saves, once the store exists */
  connect(app: { snapshot(): StorageValue<S>; reload(): void }): void;
  /** an older, uncompressed save was just restored: write it back compressed */
  compactLegacy(value: StorageValue<S>): void;
  retry(): void;
  keepMine(): void;
  loadTheirs(): void;
  /** what a `storage` event reports for this key (another tab wrote or removed it) */
  receive(newValue: string | null): void;
  dismissRestoredStale(): void;
  /** how long the last write took (compressing and storing), in ms of the main thread */
  lastWriteMs(): number;
}

import { useStore } from 'zustand';
import { useAppStore } from '../../store';
import type { StorageStatus } from '../../store/storageSync';

/** How the autosave is doing: a failing write, another tab's save, a stale copy restored. */
export function useStorageStatus<T>(select: (status: StorageStatus) => T): T {
  return useStore(useAppStore.sync.status, select);
}

/** A save's time of day for a notice ("14:05"); "—" when the save did not record one. */
export function formatSaveTime(at: number, locale: string): string {
  return at > 0 ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at) : '—';
}

import { useEffect } from 'react';
import { useStorageStatus } from './useStorageStatus';

/** While autosave is failing, closing or reloading the tab asks first: the work exists only on this page. */
export function useLeaveGuard(): void {
  const failing = useStorageStatus((s) => s.problem !== null);
  useEffect(() => {
    if (!failing) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [failing]);
}

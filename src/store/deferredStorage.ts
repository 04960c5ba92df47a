import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type DeferredPersistStorage<S> = PersistStorage<S> & {
  /** writes the waiting value now, if there is one */
  flush(): void;
};

/**
 * Wraps a persist storage so that bursts of writes cost one JSON.stringify and setItem per
 * `delayMs` instead of one per input event. A write that `mayWait(previous, next)` allows and that
 * comes within `delayMs` of the previous such write is held, later writes replacing it, and written
 * `delayMs` later. The first write of a burst, any other write, a read, hiding the page or leaving
 * it writes at once, so a reload still restores the latest edit. `delayMs` may be a function, read
 * at each write, so that the delay can grow with what a write costs.
 */
export function deferredStorage<S>(
  inner: PersistStorage<S>,
  delayMs: number | (() => number),
  mayWait: (previous: StorageValue<S>, next: StorageValue<S>) => boolean,
  now: () => number = Date.now,
): DeferredPersistStorage<S> {
  let last: StorageValue<S> | null = null;
  let burstAt: number | null = null;
  let held: { name: string; value: StorageValue<S> } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const drop = () => {
    clearTimeout(timer);
    timer = undefined;
    held = null;
  };
  const flush = () => {
    const write = held;
    drop();
    if (write) void inner.setItem(write.name, write.value);
  };

  if (typeof window !== 'undefined' && typeof document !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    flush,
    getItem: (name) => {
      flush();
      const value = inner.getItem(name);
      // What was read is what the first write is compared with: a write-back after a migration is no edit.
      if (value === null || !('then' in value)) last = value;
      return value;
    },
    setItem: (name, value) => {
      const at = now();
      const delay = typeof delayMs === 'function' ? delayMs() : delayMs;
      const canWait = delay > 0 && last !== null && mayWait(last, value);
      const wait = canWait && burstAt !== null && at - burstAt < delay;
      burstAt = last === null || canWait ? at : null;
      last = value;
      if (!wait) {
        drop();
        return inner.setItem(name, value);
      }
      held = { name, value };
      timer ??= setTimeout(flush, delay);
    },
    removeItem: (name) => {
      drop();
      last = null;
      burstAt = null;
      return inner.removeItem(name);
    },
  };
}

/** A Web Storage in memory, so each test starts from its own "browser". */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
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

export type LimitedStorage = Storage & { /** how many characters (keys and values) it holds at most */ limit: number; used(): number };

/**
 * A Web Storage that refuses, as browsers do, a write that would take it over `limit` characters
 * of keys and values: a QuotaExceededError, the old value kept.
 */
export function limitedStorage(limit: number, initial: Record<string, string> = {}): LimitedStorage {
  const inner = memoryStorage(initial);
  const usedWith = (key: string, value: string | null) => {
    let total = 0;
    for (let i = 0; i < inner.length; i++) {
      const k = inner.key(i) as string;
      if (k !== key) total += k.length + (inner.getItem(k) ?? '').length;
    }
    return value === null ? total : total + key.length + value.length;
  };
  const storage: LimitedStorage = {
    limit,
    used: () => usedWith('', null),
    get length() {
      return inner.length;
    },
    clear: () => inner.clear(),
    getItem: (k) => inner.getItem(k),
    key: (i) => inner.key(i),
    removeItem: (k) => inner.removeItem(k),
    setItem: (k, v) => {
      const value = String(v);
      if (usedWith(k, value) > storage.limit) throw new DOMException(`Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
      inner.setItem(k, value);
    },
  };
  return storage;
}

// jsdom: the held write must reach storage when the page is hidden or left.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { createAppStore } from '../../src/store';
import { deferredStorage } from '../../src/store/deferredStorage';
import { memoryStorage } from './memoryStorage';
import { savedEnvelope } from './savedState';

type V = StorageValue<{ n: number; other: string }>;

function recording() {
  const writes: number[] = [];
  const inner: PersistStorage<V['state']> = {
    getItem: () => null,
    setItem: (_, value) => void writes.push(value.state.n),
    removeItem: () => {},
  };
  let clock = 0;
  const storage = deferredStorage(inner, 500, (a, b) => a.state.other === b.state.other, () => clock);
  const write = (n: number, other = 'x') => void storage.setItem('k', { state: { n, other }, version: 1 });
  const tick = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };
  return { storage, writes, write, tick };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('deferred autosave', () => {
  it('writes the first edit at once and the rest of a burst once per delay', () => {
    const { writes, write, tick } = recording();
    write(1);
    expect(writes).toEqual([1]);
    for (let n = 2; n <= 6; n++) {
      tick(30);
      write(n);
    }
    expect(writes).toEqual([1]);
    tick(500);
    expect(writes).toEqual([1, 6]);
    tick(1000);
    write(7);
    expect(writes).toEqual([1, 6, 7]);
  });

  it('writes a change it may not hold at once, replacing the held edit', () => {
    const { writes, write, tick } = recording();
    write(1);
    tick(10);
    write(2);
    write(3, 'y');
    expect(writes).toEqual([1, 3]);
    tick(1000);
    expect(writes).toEqual([1, 3]);
  });

  it.each([
    ['the page is left', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the tab is hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes the held edit when %s', (_, hide) => {
    const { writes, write, tick } = recording();
    write(1);
    tick(10);
    write(2);
    hide();
    expect(writes).toEqual([1, 2]);
    tick(1000);
    expect(writes).toEqual([1, 2]);
  });

  it('reads a delay given as a function at each write, so it can grow with what a write costs', () => {
    const writes: number[] = [];
    const inner: PersistStorage<V['state']> = { getItem: () => null, setItem: (_, value) => void writes.push(value.state.n), removeItem: () => {} };
    let clock = 0;
    let delay = 500;
    const storage = deferredStorage(inner, () => delay, () => true, () => clock);
    const write = (n: number) => void storage.setItem('k', { state: { n, other: 'x' }, version: 1 });
    write(1);
    delay = 2000;
    clock += 1000;
    vi.advanceTimersByTime(1000);
    write(2);
    // 1,000 ms after the first write is within the grown delay: held, and written 2,000 ms later.
    expect(writes).toEqual([1]);
    clock += 1999;
    vi.advanceTimersByTime(1999);
    expect(writes).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([1, 2]);
  });

  it('writes the held edit before a read', () => {
    const { storage, writes, write, tick } = recording();
    write(1);
    tick(10);
    write(2);
    void storage.getItem('k');
    expect(writes).toEqual([1, 2]);
  });

  it('keeps a slider drag restorable after a reload', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    const key = store.getState().selectedKey;
    const rename = (name: string) => store.getState().renameScenario(key, name);
    const savedName = () => savedEnvelope<{ entries: { key: string; scenario: { name: string } }[] }>(storage).state?.entries.find((e) => e.key === key)?.scenario.name;
    rename('First');
    expect(savedName()).toBe('First');
    rename('Second');
    rename('Third');
    expect(savedName()).toBe('First');
    window.dispatchEvent(new Event('pagehide'));
    expect(savedName()).toBe('Third');
    expect(createAppStore({ storage }).getState().entries.find((e) => e.key === key)?.scenario.name).toBe('Third');
  });
});

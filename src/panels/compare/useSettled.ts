import { useRef } from 'react';

/**
 * The value as it was when last settled. While the compared scenarios re-simulate, each of the
 * six results arrives on its own; holding the distributions until all are back draws (and bins
 * 60,000 trials) once instead of six times, and never shows a mix of old and new seeds.
 */
export function useSettled<T>(value: T, settled: boolean): T {
  const last = useRef(value);
  if (settled) last.current = value;
  return last.current;
}

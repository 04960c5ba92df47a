/**
 * The memory of one 100,000-trial run of the benchmark campaign, measured in a process of its own
 * (started with --expose-gc) so that nothing else the benchmark did is counted: the growth of
 * ArrayBuffer memory (typed arrays) and of the JS heap over the process's baseline, sampled between
 * the run's steps, and the process's peak RSS against its RSS before the run.
 */
import { runMonteCarlo } from '../src/engine/monteCarlo';
import { benchScenario } from './scenario';

export interface MemoryReport {
  creators: number;
  /** MB over the baseline, peak while running */
  arrayBuffers: number;
  heap: number;
  /** MB: the process's RSS before the run, and its peak RSS (maxRSS) after it */
  rssBefore: number;
  maxRss: number;
}

const MB = 1024 * 1024;

export function measureMemory(creators: number): MemoryReport {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const scenario = benchScenario(creators, 100_000);
  gc();
  const base = process.memoryUsage();
  let arrayBuffers = 0;
  let heap = 0;
  const sample = () => {
    const now = process.memoryUsage();
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - base.arrayBuffers);
    heap = Math.max(heap, now.heapUsed - base.heapUsed);
  };
  const result = runMonteCarlo(scenario, { onProgress: sample });
  sample();
  if (result.trials !== 100_000) throw new Error('unexpected trial count');
  return { creators, arrayBuffers: arrayBuffers / MB, heap: heap / MB, rssBefore: base.rss / MB, maxRss: (process.resourceUsage().maxRSS * 1024) / MB };
}

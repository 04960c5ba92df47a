/** Timing helpers the benchmarks share. */

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Wall time and this process's CPU time of f, in ms. On a shared machine the wall time grows with
 * the load; the CPU time much less, so the ratio is taken of CPU times (the engine runs on one thread).
 */
export function timed(f: () => unknown): { wall: number; cpu: number } {
  const t = performance.now();
  const c = process.cpuUsage();
  f();
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

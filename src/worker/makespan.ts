/**
 * How long a set of tasks takes on `workers` workers, in the tasks' own work units, when they are
 * handed out largest first, each to the worker that is free soonest: the order the simulation hook
 * submits them in and the pool starts them in. One worker: the sum. Many: at least the largest.
 */
export function makespan(work: readonly number[], workers: number): number {
  const loads = new Array<number>(Math.max(1, Math.floor(workers))).fill(0);
  for (const w of [...work].sort((a, b) => b - a)) {
    let least = 0;
    for (let i = 1; i < loads.length; i++) if (loads[i]! < loads[least]!) least = i;
    loads[least]! += w;
  }
  return Math.max(...loads);
}

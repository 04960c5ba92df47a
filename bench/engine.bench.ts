/**
 * Engine benchmark (`npm run bench`): line-item-trials per second of the Monte Carlo model for
 * 20 line items × {10k, 100k} trials × groups of {1, 1,000} creators, the time of 100,000 trials,
 * and the memory of one 100,000-trial run, beside the targets. Each timed run is paired
 * with a run of a bare lognormal kernel on the same generator: on a shared machine the load
 * changes from second to second, and the ratio of the pair is the figure that carries across
 * machines and loads. It prints the machine's load average and never fails for slowness.
 * `--terms` runs the payout-terms benchmark instead (bench/terms.ts).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fillNormals } from '../src/engine/normal';
import { createRng } from '../src/engine/rng';
import { runMonteCarlo } from '../src/engine/monteCarlo';
import { LINE_ITEMS, benchScenario } from './scenario';
import { measureMemory, type MemoryReport } from './memory';
import { benchAllocation } from './allocation';
import { benchTerms } from './terms';
import { median } from './timing';

const RUNS = 9;
const KERNEL_VALUES = 1_000_000;

if (process.argv[2] === '--terms') {
  benchTerms();
  process.exit(0);
}

if (process.argv[2] === '--memory') {
  console.log(JSON.stringify(measureMemory(Number(process.argv[3]))));
  process.exit(0);
}
if (process.argv[2] === '--allocation') {
  // Only the allocator's part (bench/allocation.ts), for work on the allocator.
  benchAllocation(() => loadavg().map((x) => x.toFixed(2)).join(', '));
  process.exit(0);
}

const kernelRng = createRng(42, 'kernel');
const kernelOut = new Float64Array(KERNEL_VALUES);
/** The floor any lognormal Monte Carlo pays: one generator draw, one normal and one exp per value. */
function kernel(): void {
  fillNormals(kernelRng, kernelOut);
  for (let i = 0; i < KERNEL_VALUES; i++) kernelOut[i] = Math.exp(-3 + 0.5 * (kernelOut[i] as number));
}

function seconds(f: () => void): number {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
}

interface Row {
  creators: number;
  trials: number;
  /** per paired run: engine line-item-trials/s, kernel values/s */
  rates: number[];
  kernels: number[];
}

function measure(creators: number, trials: number): Row {
  const scenario = benchScenario(creators, trials);
  const row: Row = { creators, trials, rates: [], kernels: [] };
  for (let i = 0; i < RUNS; i++) {
    row.kernels.push(KERNEL_VALUES / seconds(kernel));
    row.rates.push((LINE_ITEMS * trials) / seconds(() => runMonteCarlo(scenario)));
  }
  return row;
}

for (let i = 0; i < 5; i++) kernel();
for (const creators of [1, 1000]) for (let i = 0; i < 3; i++) runMonteCarlo(benchScenario(creators, 20_000));
const load = loadavg().map((x) => x.toFixed(2)).join(', ');
const rows = [measure(1, 10_000), measure(1, 100_000), measure(1000, 10_000), measure(1000, 100_000)];
const loadAfter = loadavg().map((x) => x.toFixed(2)).join(', ');

const mega = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;
const ratio = (r: Row) => median(r.rates.map((x, i) => x / (r.kernels[i] as number)));
const widths = [9, 9, 12, 12, 12, 8, 10];
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
console.log(`Monte Carlo engine, ${LINE_ITEMS} line items; ${RUNS} runs each, every run paired with a kernel run`);
console.log(`load average (1, 5, 15 min) ${load} before, ${loadAfter} after, on a machine of 2 cores: figures are noisy under load`);
console.log(line(['creators', 'trials', 'median', 'best', 'kernel', 'ratio', 'ms/run']));
for (const r of rows) {
  const m = median(r.rates);
  console.log(line([String(r.creators), r.trials.toLocaleString('en-US'), mega(m), mega(Math.max(...r.rates)), mega(median(r.kernels)), ratio(r).toFixed(3), ((LINE_ITEMS * r.trials) / m * 1000).toFixed(1)]));
}
console.log('(li-trials/s: line-item-trials per second; kernel: exp(μ + σ·normal) values per second on the same generator, in the same minute;');
console.log(' ratio: median of engine/kernel over the pairs; ms/run at the median rate)');

const [, one100k, , big100k] = rows as [Row, Row, Row, Row];
const bestKernel = Math.max(...rows.flatMap((r) => r.kernels));
console.log(`\nTargets`);
console.log(`  ≥ 15 M li-trials/s, 1 creator:       median ${mega(median(one100k.rates))}, best ${mega(Math.max(...one100k.rates))}; at the best kernel seen (${mega(bestKernel)}) the ratio gives ${mega(ratio(one100k) * bestKernel)}`);
const cost = ratio(one100k) / ratio(big100k);
console.log(`  1,000 creators ≤ 2× one creator:    ${cost.toFixed(2)}× (ratio of the kernel-relative rates)`);
const ms = (r: Row, rate: number) => ((LINE_ITEMS * r.trials) / rate) * 1000;
console.log(`  100,000 × 20 in < 150 ms:           1 creator median ${ms(one100k, median(one100k.rates)).toFixed(1)} ms, best ${ms(one100k, Math.max(...one100k.rates)).toFixed(1)} ms; 1,000 creators median ${ms(big100k, median(big100k.rates)).toFixed(1)} ms`);

const memory = [1, 1000].map((creators): MemoryReport => {
  const out = execFileSync(process.execPath, ['--expose-gc', process.argv[1] as string, '--memory', String(creators)], { encoding: 'utf8' });
  return JSON.parse(out) as MemoryReport;
});
for (const m of memory) {
  console.log(
    `  < 100 MB, ${m.creators} creator${m.creators === 1 ? '' : 's'} (one run, fresh process): typed arrays +${m.arrayBuffers.toFixed(1)} MB, heap +${m.heap.toFixed(1)} MB; ` +
      `process RSS ${m.rssBefore.toFixed(1)} MB before the run, peak ${m.maxRss.toFixed(1)} MB (+${(m.maxRss - m.rssBefore).toFixed(1)} MB)`,
  );
}

benchAllocation(() => loadavg().map((x) => x.toFixed(2)).join(', '));

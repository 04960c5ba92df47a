/**
 * Engine benchmark (`npm run bench`): line-item-trials per second of the Monte Carlo model for
 * 20 line items × {10k, 100k} trials × groups of {1, 1,000} creators, beside a bare typed-array
 * lognormal kernel on the same generator (the ratio is what carries across machines), the time of
 * 100,000 trials, and peak memory. Figures are medians of a few runs after a warm-up. It only
 * reports: it never fails for slowness.
 */
import { fillNormals } from '../src/engine/normal';
import { createRng } from '../src/engine/rng';
import { runMonteCarlo } from '../src/engine/monteCarlo';
import { scenarioSchema, type Scenario } from '../src/engine/schema';

const LINE_ITEMS = 20;
const RUNS = 5;

function scenario(creators: number, trials: number): Scenario {
  const platforms = ['instagram', 'tiktok', 'youtube', 'other'] as const;
  return scenarioSchema.parse({
    format: 'campaign-roi-scenario',
    version: 1,
    name: `bench ${creators}`,
    currency: 'EUR',
    economics: { averageOrderValue: 60, grossMargin: 0.55, discountRate: 0.1, returnRate: 0.08, leadValue: 3, trackedShare: 0.8 },
    overheads: [{ label: 'Production', amount: 2500 }],
    simulation: { trials, seed: 42, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: Array.from({ length: LINE_ITEMS }, (_, i) => ({
      id: `item-${i}`,
      tier: 'micro',
      platform: platforms[i % 4],
      creators,
      followers: 20000 + 1000 * i,
      posts: 1 + (i % 4),
      reachRate: { low: 0.08 + 0.005 * i, high: 0.5 },
      engagementRate: { low: 0.02, high: 0.08 },
      clickRate: { low: 0.002, high: 0.01 + 0.0005 * i },
      conversionRate: { low: 0.01, high: 0.04 },
      leadRate: i % 2 === 0 ? { low: 0.005, high: 0.02 } : 0,
      payment: { model: 'hybrid', feePerPost: 200 + 10 * i, commissionRate: 0.1 },
    })),
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeMs(f: () => void, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The floor any lognormal Monte Carlo pays: one generator draw, one normal and one exp per value. */
function kernelRate(n: number): number {
  const rng = createRng(42, 'kernel');
  const out = new Float64Array(n);
  const run = () => {
    fillNormals(rng, out);
    for (let i = 0; i < n; i++) out[i] = Math.exp(-3 + 0.5 * (out[i] as number));
  };
  for (let i = 0; i < 5; i++) run();
  return n / (timeMs(run, 7) / 1000);
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
const mega = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;

let heapPeak = 0;
const heapNow = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};

const kernel = kernelRate(1_000_000);
const rows: string[][] = [];
const totals: Record<string, number> = {};
for (const creators of [1, 1000]) {
  for (let i = 0; i < 3; i++) runMonteCarlo(scenario(creators, 10_000));
  for (const trials of [10_000, 100_000]) {
    const s = scenario(creators, trials);
    const ms = timeMs(() => {
      runMonteCarlo(s);
      heapNow();
    });
    const rate = (LINE_ITEMS * trials) / (ms / 1000);
    totals[`${creators}:${trials}`] = rate;
    rows.push([String(creators), fmt(trials), `${fmt(ms)} ms`, mega(rate), (rate / kernel).toFixed(2)]);
  }
}

const widths = [10, 9, 11, 14, 17];
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] as number)).join('  ');
console.log(`Monte Carlo engine, ${LINE_ITEMS} line items (median of ${RUNS} runs; noisy when other work shares the CPU)`);
console.log(line(['creators', 'trials', 'time', 'li-trials/s', 'ratio to kernel']));
for (const r of rows) console.log(line(r));
console.log(`\nlognormal kernel (fill Float64Array with exp(μ + σ·normal), same generator): ${mega(kernel)}`);
const one = totals['1:100000'] as number;
const big = totals['1000:100000'] as number;
console.log(`cost of a 1,000-creator group relative to a 1-creator group: ${(one / big).toFixed(2)}× (target ≤ 2)`);
console.log(`100,000 trials × ${LINE_ITEMS} line items: ${fmt((LINE_ITEMS * 100_000) / one * 1000)} ms (1 creator), ${fmt((LINE_ITEMS * 100_000) / big * 1000)} ms (1,000 creators) (target < 150 ms)`);
const usage = process.resourceUsage();
console.log(`peak memory: maxRSS ${fmt(usage.maxRSS / 1024)} MB, peak heap used ${fmt(heapPeak / 1048576)} MB (target < 100 MB)`);

/**
 * The allocator's benchmark (issue 9): the allocation of a 12-line-item scenario at 10,000 trials,
 * frontier included, beside one simulation of the same scenario, for constant returns (the exact
 * knapsack), audiences (the search) and a risk objective with a loss limit (the search on per-trial
 * figures). Target: within 30× one simulation. Runs alternate, allocation and simulation, so that
 * both see the same load; the ratio of their medians is the figure that carries across machines.
 */
import { allocate } from '../src/engine/allocation/task';
import type { AllocationOverrides } from '../src/engine/allocation/settings';
import { runMonteCarlo } from '../src/engine/monteCarlo';
import { scenarioSchema, type Scenario } from '../src/engine/schema';
import { CURRENT_VERSION } from '../src/engine/vocabulary';
import { median, timed } from './timing';

const TIERS = [
  { tier: 'nano', followers: 6000, fee: 25, creators: 30, max: 80 },
  { tier: 'micro', followers: 40000, fee: 160, creators: 12, max: 40 },
  { tier: 'macro', followers: 250000, fee: 1100, creators: 3, max: 10 },
  { tier: 'mega', followers: 1500000, fee: 6000, creators: 1, max: 3 },
] as const;
const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;

/** 12 line items, tiers × platforms, every rate uncertain, a budget of 60,000; one audience per platform when asked. */
export function allocationScenario(audiences: boolean, trials = 10_000): Scenario {
  return scenarioSchema.parse({
    format: 'campaign-roi-scenario',
    version: CURRENT_VERSION,
    name: `allocation bench${audiences ? ', audiences' : ''}`,
    currency: 'EUR',
    budget: 60_000,
    economics: { averageOrderValue: 160, grossMargin: 0.55, returnRate: 0.05, trackedShare: 0.8 },
    overheads: [{ label: 'Production', amount: 4000 }],
    simulation: { trials, seed: 42, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    ...(audiences ? { audiences: PLATFORMS.map((p) => ({ id: p, size: 3_000_000 })) } : {}),
    lineItems: PLATFORMS.flatMap((platform, p) =>
      TIERS.map((t) => ({
        id: `${t.tier}-${platform}`,
        tier: t.tier,
        platform,
        creators: t.creators,
        followers: t.followers,
        posts: 2 + (p % 2),
        reachRate: { low: 0.06 + 0.02 * p, high: 0.45 },
        engagementRate: { low: 0.02, high: 0.08 },
        clickRate: { low: 0.006, high: 0.02 + 0.002 * p },
        conversionRate: { low: 0.02, high: 0.07 },
        payment: { model: 'hybrid', feePerPost: t.fee * (1 + 0.1 * p), commissionRate: 0.1 },
        minCreators: t.tier === 'micro' ? 2 : 0,
        maxCreators: t.max,
        ...(audiences ? { audience: platform } : {}),
      })),
    ),
  });
}

const CASES: { name: string; audiences: boolean; overrides: AllocationOverrides }[] = [
  { name: 'constant returns, expected profit (exact)', audiences: false, overrides: {} },
  { name: 'audiences, expected profit (search)', audiences: true, overrides: {} },
  { name: 'audiences, profit P5, loss ≤ 20% (search)', audiences: true, overrides: { objective: 'profitP5', maxLossProbability: 0.2 } },
];

const RUNS = 3;

export function benchAllocation(load: () => string): void {
  console.log(`\nAllocator, 12 line items × 10,000 trials, frontier of 20 budgets included; ${RUNS} runs each, alternating with one simulation`);
  console.log(`load average (1, 5, 15 min) ${load()} before`);
  for (const c of CASES) {
    const scenario = allocationScenario(c.audiences);
    // Warm: a first, cold simulation of a kind of scenario (audiences) costs up to half as much again and inflated the ratio's divisor.
    for (let i = 0; i < 3; i++) runMonteCarlo(scenario);
    const allocations: { wall: number; cpu: number }[] = [];
    const simulations: { wall: number; cpu: number }[] = [];
    let summary = '';
    for (let i = 0; i < RUNS; i++) {
      simulations.push(timed(() => runMonteCarlo(scenario)));
      allocations.push(
        timed(() => {
          const out = allocate(scenario, c.overrides);
          if (out.ok) summary = `${out.result.status}, binding ${out.result.binding.join(' ') || 'none'}, creators ${out.result.allocation.map((a) => a.creators).join("/")}, chance of loss ${out.result.result.monteCarlo.probabilityOfLoss.toFixed(3)}`;
        }),
      );
    }
    const a = median(allocations.map((x) => x.cpu));
    const s = median(simulations.map((x) => x.cpu));
    const wall = median(allocations.map((x) => x.wall));
    console.log(`  ${c.name}: ${summary}`);
    console.log(`    allocation ${a.toFixed(0)} ms CPU (${wall.toFixed(0)} ms wall), one simulation ${s.toFixed(1)} ms CPU: ${(a / s).toFixed(1)}× (target ≤ 30×)`);
  }
  console.log(`load average ${load()} after`);
}

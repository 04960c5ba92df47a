import { fillNormals } from './normal';
import type { Scenario } from './schema';
import type { McMetric, MonteCarloResult, McSamples, Summary } from './types';
import { MC_METRICS } from './types';
import { summarize } from './summary';
import { Scratch, volumeBlock } from './montecarlo/buffers';
import { campaignStream, LineItemRun } from './montecarlo/lineItemRun';
import { planLineItem, type LineItemPlan } from './montecarlo/plan';

export interface MonteCarloOptions {
  /** overrides scenario.simulation.trials */
  trials?: number;
  /** overrides scenario.simulation.seed */
  seed?: number;
  /** keep per-trial campaign totals (for histograms, comparisons and the audit export) */
  keepSamples?: boolean;
  /** keep per-trial volumes and money of every line item (trial-by-trial comparisons, tests) */
  keepLineItemSamples?: boolean;
  /**
   * 'auto' (default) sums large groups by the moment-matched approximation; 'exact' draws every
   * creator of every group, the reference the approximation is tested against (slow for big groups).
   */
  groupSums?: 'auto' | 'exact';
  /** called now and then with the share of work done, 0–1; return false to cancel (throws McCancelled) */
  onProgress?: (done: number) => boolean | void;
}

/** Per-trial numbers of one line item, in trial order; profit is before overheads. */
export interface LineItemSamples {
  id: string;
  impressions: Float64Array;
  reach: Float64Array;
  clicks: Float64Array;
  conversions: Float64Array;
  leads: Float64Array;
  payout: Float64Array;
  profit: Float64Array;
}

/**
 * A Monte Carlo result. With keepSamples, samples.roi[t] = profit/cost of trial t, NaN where the
 * trial's cost is 0; summaries leave those trials out and never contain NaN.
 */
export interface MonteCarloRun extends MonteCarloResult {
  lineItemSamples?: LineItemSamples[];
}

export class McCancelled extends Error {
  constructor() {
    super('Monte Carlo run cancelled');
    this.name = 'McCancelled';
  }
}

/** A run in bounded steps, so that a worker can report progress, yield and drop stale runs. */
export interface MonteCarloTask {
  /** does a bounded chunk of work; true when the run is finished */
  step(): boolean;
  /** share of the work done, 0–1 */
  readonly progress: number;
  /** the result; throws if the run is not finished */
  result(): MonteCarloRun;
}

/** Trials per block of a line item; blocks of one step add up to about STEP_WORK creator-trials. */
const BLOCK = 4096;
const STEP_WORK = 1 << 16;

export function startMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloTask {
  const trials = Math.max(1, Math.floor(options.trials ?? scenario.simulation.trials));
  const seed = options.seed ?? scenario.simulation.seed;
  const { creatorCorrelation: rhoC, campaignCorrelation: rhoG } = scenario.simulation;
  const forceExact = options.groupSums === 'exact';
  const plans = scenario.lineItems.map((item, i) => planLineItem(item, i, scenario, forceExact));

  const campaign = [0, 1, 2, 3].map(() => new Float64Array(trials));
  const campaignRngs = [0, 1, 2, 3].map((k) => campaignStream(seed, k));
  const totals = {
    impressions: new Float64Array(trials),
    reach: new Float64Array(trials),
    clicks: new Float64Array(trials),
    conversions: new Float64Array(trials),
    netRevenue: new Float64Array(trials),
    cost: new Float64Array(trials),
    profit: new Float64Array(trials),
  };
  const perItem: LineItemSamples[] | null = options.keepLineItemSamples ? [] : null;
  const scratch = new Scratch();
  const block = volumeBlock(BLOCK);

  const totalWork = trials + plans.reduce((sum, p) => sum + p.costPerTrial * trials, 0) + trials / 4;
  let workDone = 0;
  let campaignDone = 0;
  let itemIndex = 0;
  let itemTrial = 0;
  let run: LineItemRun | null = null;
  let itemSamples: LineItemSamples | null = null;
  let finished: MonteCarloRun | null = null;

  function startItem(plan: LineItemPlan): LineItemRun {
    const blockTrials = plan.method === 'exact' ? Math.max(1, Math.min(BLOCK, Math.floor((4 * BLOCK) / (plan.creators + 1)))) : BLOCK;
    scratch.ensure(Math.max(4 * BLOCK, blockTrials * (plan.method === 'exact' ? plan.creators + 1 : 1)));
    if (perItem) {
      itemSamples = {
        id: plan.id,
        impressions: new Float64Array(trials),
        reach: new Float64Array(trials),
        clicks: new Float64Array(trials),
        conversions: new Float64Array(trials),
        leads: new Float64Array(trials),
        payout: new Float64Array(trials),
        profit: new Float64Array(trials),
      };
      perItem.push(itemSamples);
    }
    return new LineItemRun(plan, seed, rhoC, rhoG);
  }

  function itemBlock(plan: LineItemPlan, current: LineItemRun, t0: number): number {
    const limit = plan.method === 'exact' ? Math.max(1, Math.min(BLOCK, Math.floor((4 * BLOCK) / (plan.creators + 1)))) : BLOCK;
    const n = Math.min(limit, trials - t0);
    current.sample(campaign, t0, n, scratch, block);
    accumulate(plan, t0, n);
    return n;
  }

  function accumulate(plan: LineItemPlan, t0: number, n: number): void {
    const { impressions, reach, clicks, conversions, leads } = block;
    const rpc = plan.revenuePerConversion, ppc = plan.payoutPerConversion, gpc = plan.profitPerConversion;
    const ppl = plan.payoutPerLead, gpl = plan.profitPerLead, fixed = plan.fixedCost;
    for (let t = 0; t < n; t++) {
      const u = t0 + t;
      const conv = conversions[t] as number;
      const lead = leads[t] as number;
      const payout = conv * ppc + lead * ppl + fixed;
      const profit = conv * gpc + lead * gpl - fixed;
      totals.impressions[u] = (totals.impressions[u] as number) + (impressions[t] as number);
      totals.reach[u] = (totals.reach[u] as number) + (reach[t] as number);
      totals.clicks[u] = (totals.clicks[u] as number) + (clicks[t] as number);
      totals.conversions[u] = (totals.conversions[u] as number) + conv;
      totals.netRevenue[u] = (totals.netRevenue[u] as number) + conv * rpc;
      totals.cost[u] = (totals.cost[u] as number) + payout;
      totals.profit[u] = (totals.profit[u] as number) + profit;
    }
    const keep = itemSamples as LineItemSamples | null;
    if (keep) {
      keep.impressions.set(impressions.subarray(0, n), t0);
      keep.reach.set(reach.subarray(0, n), t0);
      keep.clicks.set(clicks.subarray(0, n), t0);
      keep.conversions.set(conversions.subarray(0, n), t0);
      keep.leads.set(leads.subarray(0, n), t0);
      for (let t = 0; t < n; t++) {
        const conv = conversions[t] as number;
        const lead = leads[t] as number;
        keep.payout[t0 + t] = conv * ppc + lead * ppl + fixed;
        keep.profit[t0 + t] = conv * gpc + lead * gpl - fixed;
      }
    }
  }

  function finish(): MonteCarloRun {
    const overheads = scenario.overheads.reduce((sum, o) => sum + o.amount, 0);
    const roi = new Float64Array(trials);
    let losses = 0;
    for (let t = 0; t < trials; t++) {
      const cost = (totals.cost[t] as number) + overheads;
      const profit = (totals.profit[t] as number) - overheads;
      totals.cost[t] = cost;
      totals.profit[t] = profit;
      roi[t] = cost === 0 ? NaN : profit / cost;
      if (profit < 0) losses++;
    }
    const samples: McSamples = { ...totals, roi };
    const work = new Float64Array(trials);
    const metrics = {} as Record<McMetric, Summary>;
    for (const metric of MC_METRICS) metrics[metric] = summarize(samples[metric], work);
    const out: MonteCarloRun = { trials, seed, metrics, probabilityOfLoss: losses / trials };
    if (options.keepSamples) out.samples = samples;
    if (perItem) out.lineItemSamples = perItem;
    return out;
  }

  return {
    step(): boolean {
      if (finished) return true;
      if (campaignDone < trials) {
        const n = Math.min(trials - campaignDone, STEP_WORK);
        for (let k = 0; k < 4; k++) fillNormals(campaignRngs[k]!, campaign[k]!, campaignDone, campaignDone + n);
        campaignDone += n;
        workDone += n;
        return false;
      }
      const plan = plans[itemIndex];
      if (!plan) {
        finished = finish();
        workDone = totalWork;
        return true;
      }
      if (!run) run = startItem(plan);
      let work = 0;
      while (itemTrial < trials && work < STEP_WORK) {
        const n = itemBlock(plan, run, itemTrial);
        itemTrial += n;
        work += n * plan.costPerTrial;
      }
      workDone += work;
      if (itemTrial >= trials) {
        itemIndex++;
        itemTrial = 0;
        run = null;
        itemSamples = null;
      }
      return false;
    },
    get progress(): number {
      return finished ? 1 : Math.min(0.999, workDone / totalWork);
    },
    result(): MonteCarloRun {
      if (!finished) throw new Error('Monte Carlo run not finished');
      return finished;
    },
  };
}

/** The Monte Carlo model (SPEC §5): startMonteCarlo run to the end in one go. */
export function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloRun {
  const task = startMonteCarlo(scenario, options);
  while (!task.step()) {
    if (options.onProgress && options.onProgress(task.progress) === false) throw new McCancelled();
  }
  options.onProgress?.(1);
  return task.result();
}

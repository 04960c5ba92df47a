import { fillNormals } from './normal';
import type { Scenario } from './schema';
import type { LineItemTermsSummary, MonteCarloResult } from './types';
import { isLinear } from './payouts/terms';
import { TermsPricer } from './montecarlo/termsPricer';
import { Scratch, volumeBlock } from './montecarlo/buffers';
import { campaignStream, LineItemRun } from './montecarlo/lineItemRun';
import { runWorkUnits } from './montecarlo/estimate';
import { planLineItem, type LineItemPlan } from './montecarlo/plan';
import { AudienceBlock } from './montecarlo/audienceBlock';
import { CampaignTotals, keepLineItemSamples, lineItemSamples, saturateKeptSamples, type LineItemSamples } from './montecarlo/totals';

export type { LineItemSamples } from './montecarlo/totals';

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
  /** the run's whole work, in the units of montecarlo/estimate.ts */
  readonly workUnits: number;
  /** the result; throws if the run is not finished */
  result(): MonteCarloRun;
}

/**
 * Trials are run in blocks, every line item in turn over one block, so that the campaign factors
 * and the volumes live in small buffers reused across line items and blocks; only the campaign
 * totals span every trial. Each stream is still read in trial order, so the draws do not depend on
 * the block size. Exact groups go through a block in sub-blocks of about 4·BLOCK creator-trials (at least MIN_SUB_BLOCK trials);
 * BLOCK is MAX_BLOCK unless AUDIENCE_TERMS_VALUES asks for less;
 * one step does about STEP_WORK creator-trials.
 */
const MAX_BLOCK = 2048;
const STEP_WORK = 1 << 16;
/**
 * Each creator of an exact group reads its own streams once per sub-block (groupExact.ts): at least
 * this many trials at a time, so that a group of a million creators is not a million calls per trial.
 */
const MIN_SUB_BLOCK = 64;
/**
 * A line item of an audience with tiers, a bonus or a cap keeps every creator's volumes of a block
 * until the block's φ is known (termsPricer.ts): the block shrinks so that those volumes stay
 * within about this many values per array (8 MB). The draws do not depend on the block size.
 */
const AUDIENCE_TERMS_VALUES = 1 << 20;

export function startMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloTask {
  const trials = Math.max(1, Math.floor(options.trials ?? scenario.simulation.trials));
  const seed = options.seed ?? scenario.simulation.seed;
  const { creatorCorrelation: rhoC, campaignCorrelation: rhoG } = scenario.simulation;
  const forceExact = options.groupSums === 'exact';
  const plans = scenario.lineItems.map((item, i) => planLineItem(item, i, scenario, forceExact));
  const runs = plans.map((plan) => new LineItemRun(plan, seed, rhoC, rhoG));
  const audienceIds = (scenario.audiences ?? []).map((a) => a.id);
  const inAudience = scenario.lineItems.map((item) => item.audience !== undefined && audienceIds.includes(item.audience));
  const keptCreators = plans.reduce((sum, p, i) => sum + (p.terms !== null && p.method === 'exact' && inAudience[i] ? p.creators : 0), 0);
  const BLOCK = keptCreators === 0 ? MAX_BLOCK : Math.min(MAX_BLOCK, Math.max(MIN_SUB_BLOCK, Math.floor(AUDIENCE_TERMS_VALUES / keptCreators)));
  const subBlock = plans.map((p) => (p.method === 'exact' ? Math.min(BLOCK, Math.max(MIN_SUB_BLOCK, Math.floor((4 * BLOCK) / (p.creators + 1)))) : BLOCK));
  const kept: LineItemSamples[] | null = options.keepLineItemSamples ? plans.map((p) => lineItemSamples(p.id, trials)) : null;
  // Audience overlap (docs/MODEL.md §5): the line items of an audience are summed per block and
  // scaled by that trial's saturation once the whole block of every line item is in.
  const audienceBlocks = (scenario.audiences ?? []).map((a) => new AudienceBlock(a.size, BLOCK, trials, kept !== null));
  const audienceOf = scenario.lineItems.map((item) => (item.audience === undefined ? null : (audienceBlocks[audienceIds.indexOf(item.audience)] ?? null)));
  // Tiers, a bonus or a cap (docs/MODEL.md §10): priced per creator on top of the linear totals.
  const pricers = plans.map((p, i) => {
    if (p.terms === null) return null;
    const audience = audienceOf[i] ?? null;
    const pricer = new TermsPricer(p, p.terms, audience ? BLOCK : (subBlock[i] as number), trials, kept !== null);
    audience?.pricers.push(pricer);
    return pricer;
  });

  const campaign = [0, 1, 2, 3].map(() => new Float64Array(BLOCK));
  const campaignRngs = [0, 1, 2, 3].map((k) => campaignStream(seed, k));
  const totals = new CampaignTotals(trials);
  const scratch = new Scratch();
  scratch.ensure(4 * BLOCK);
  const volumes = volumeBlock(BLOCK);

  const totalWork = runWorkUnits(plans, trials);
  let workDone = 0;
  // The cursor: the block starting at trial blockStart, its length, the line item, the trial within the block.
  let blockStart = 0;
  let blockLength = 0;
  let itemIndex = plans.length;
  let offset = 0;
  let finished: MonteCarloRun | null = null;

  function nextBlock(): void {
    blockStart += blockLength;
    blockLength = Math.min(BLOCK, trials - blockStart);
    for (let k = 0; k < 4; k++) fillNormals(campaignRngs[k] as (typeof campaignRngs)[number], campaign[k] as Float64Array, 0, blockLength);
    itemIndex = 0;
    offset = 0;
  }

  /** Samples the current line item over its next sub-block and adds it to the totals; returns the work done. */
  function advance(): number {
    const plan = plans[itemIndex] as (typeof plans)[number];
    const n = Math.min(subBlock[itemIndex] as number, blockLength - offset);
    const run = runs[itemIndex] as LineItemRun;
    const audience = audienceOf[itemIndex] ?? null;
    const pricer = pricers[itemIndex] ?? null;
    const u0 = blockStart + offset;
    if (audience) {
      // Priced when the audience's block is flushed, at each trial's φ.
      pricer?.open(offset);
      run.sample(campaign, offset, n, scratch, volumes, pricer);
      pricer?.keepGroup(volumes, offset, n);
      audience.add(plan, volumes, offset, u0, n, totals);
      if (kept) keepLineItemSamples(plan, volumes, u0, n, kept[itemIndex] as LineItemSamples);
    } else if (pricer) {
      pricer.open(0);
      run.sample(campaign, offset, n, scratch, volumes, pricer);
      pricer.keepGroup(volumes, 0, n);
      totals.add(plan, volumes, u0, n, kept ? (kept[itemIndex] as LineItemSamples) : null);
      pricer.settle(0, n, null, u0, totals);
    } else if (kept) {
      run.sample(campaign, offset, n, scratch, volumes);
      totals.add(plan, volumes, u0, n, kept[itemIndex] as LineItemSamples);
    } else run.addTo(campaign, offset, n, scratch, volumes, totals, u0);
    offset += n;
    if (offset >= blockLength) {
      itemIndex++;
      offset = 0;
      if (itemIndex >= plans.length) for (const block of audienceBlocks) block.flush(blockStart, blockLength, totals);
    }
    return n * plan.costPerTrial;
  }

  function finish(): MonteCarloRun {
    const overheads = scenario.overheads.reduce((sum, o) => sum + o.amount, 0);
    const { metrics, probabilityOfLoss, probabilityOverBudget, samples } = totals.finish(overheads, options.keepSamples === true, scenario.budget ?? null);
    const out: MonteCarloRun = { trials, seed, metrics, probabilityOfLoss, probabilityOverBudget };
    const terms = lineItemTerms(scenario, plans, pricers, trials);
    if (terms.length > 0) out.lineItemTerms = terms;
    if (options.keepSamples) out.samples = samples;
    if (kept) {
      plans.forEach((plan, i) => {
        const saturation = audienceOf[i]?.saturation;
        if (saturation) saturateKeptSamples(plan, kept[i] as LineItemSamples, saturation);
        pricers[i]?.applyToKept(kept[i] as LineItemSamples);
      });
      out.lineItemSamples = kept;
    }
    return out;
  }

  return {
    step(): boolean {
      if (finished) return true;
      let work = 0;
      while (work < STEP_WORK) {
        if (itemIndex >= plans.length) {
          if (blockStart + blockLength >= trials) break;
          nextBlock();
          work += blockLength;
        }
        if (itemIndex < plans.length) work += advance();
      }
      workDone += work;
      if (work > 0) return false;
      finished = finish();
      workDone = totalWork;
      return true;
    },
    workUnits: totalWork,
    get progress(): number {
      return finished ? 1 : Math.min(0.999, workDone / totalWork);
    },
    result(): MonteCarloRun {
      if (!finished) throw new Error('Monte Carlo run not finished');
      return finished;
    },
  };
}

/**
 * One entry per line item with tiers, a bonus or a cap, in file order. A line item without creators
 * pays nothing under them: no share reaches a bonus there, so its share is null.
 */
function lineItemTerms(scenario: Scenario, plans: readonly LineItemPlan[], pricers: readonly (TermsPricer | null)[], trials: number): LineItemTermsSummary[] {
  const out: LineItemTermsSummary[] = [];
  scenario.lineItems.forEach((item, i) => {
    if (isLinear(item.payment)) return;
    const pricer = pricers[i] ?? null;
    out.push(pricer ? pricer.summary(trials) : { id: item.id, bonusShare: null, bonuses: 0, capSavings: 0, payout: (plans[i] as LineItemPlan).fixedCost });
  });
  return out;
}

/** The Monte Carlo model (docs/MODEL.md §5): startMonteCarlo run to the end in one go. */
export function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloRun {
  const task = startMonteCarlo(scenario, options);
  while (!task.step()) {
    if (options.onProgress && options.onProgress(task.progress) === false) throw new McCancelled();
  }
  options.onProgress?.(1);
  return task.result();
}

import { fillNormals } from '../normal';
import type { Rng } from '../rng';
import type { LineItem, Scenario } from '../schema';
import { logMissedShare } from '../overlap';
import { Scratch, volumeBlock, type VolumeBlock } from '../montecarlo/buffers';
import { addCreator, groupLocations, scaleSums, type CreatorSums, type GroupLocations } from '../montecarlo/groupExact';
import { groupSumFromNormals, prepareGroupSum, type ReachTables } from '../montecarlo/groupSum';
import { campaignStream, creatorRngs, LineItemRun, lineItemStreams } from '../montecarlo/lineItemRun';
import { planLineItem, type LineItemPlan } from '../montecarlo/plan';
import { sampleWithTerms } from './terms';

/**
 * One line item at one creator count, trial by trial: exactly the volumes runMonteCarlo draws for
 * it at that count (same plan, same keyed streams, same floating-point operations), before audience
 * overlap, with the money the trials price from them.
 */
export interface CountSample {
  count: number;
  /** unique reach before overlap */
  reach: Float64Array;
  conversions: Float64Array;
  /** performance payouts: conversions · payout per conversion + leads · payout per lead */
  performance: Float64Array;
  /** profit before fixed costs: conversions · profit per conversion + leads · profit per lead */
  margin: Float64Array;
  /** fees and gifts: the same in every trial */
  fixedCost: number;
  /** for a line item with an audience: C · ln(1 − min(1, reach / (C · N))) per trial (docs/MODEL.md §4) */
  logMissed: Float64Array | null;
  /** trial means of reach, conversions, performance and margin, for the separable objectives */
  means: { reach: number; conversions: number; performance: number; margin: number };
}

/** The campaign factors G of every trial, per rate kind: keyed by the seed alone, as in runMonteCarlo. */
export function campaignFactors(seed: number, trials: number): Float64Array[] {
  return [0, 1, 2, 3].map((k) => {
    const g = new Float64Array(trials);
    fillNormals(campaignStream(seed, k), g);
    return g;
  });
}

const BLOCK = 2048;
const SUM_KEYS = ['impressions', 'reach', 'clicks', 'conversions', 'leads'] as const;

/**
 * Samples one line item at any creator count, reusing what counts share. A count the Monte Carlo
 * draws creator by creator (`exact`) is reached from the last such count by adding creators, each
 * from its own stream (groupExact.ts), so stepping up by one costs one creator's draws; other
 * methods are drawn from the start at their count. Plans are made once per count.
 */
export class CountSampler {
  private readonly plans = new Map<number, LineItemPlan>();
  private readonly rhoC: number;
  private readonly rhoG: number;
  private locations: GroupLocations | null = null;
  private sums: CreatorSums | null = null;
  private sumsCount = 0;
  /** creator sums kept at some counts (exact method), by count */
  private readonly kept = new Map<number, CreatorSums>();
  /** at most this many kept: four, and no more than about 1 M trial values per line item (8 MB) */
  private readonly keepLimit: number;
  private creators = creatorRngs(0, '');
  private volumes: VolumeBlock | null = null;
  /** the group-sum method's normals for the whole run (group draws per rate kind, sum noise): the same at every count */
  private sumNormals: { e: Float64Array[]; x: Float64Array } | null = null;
  private readonly reachTables: ReachTables = new Map();
  /** creator-trials drawn so far: the work the task reports */
  work = 0;

  constructor(
    readonly item: LineItem,
    readonly index: number,
    private readonly scenario: Scenario,
    private readonly trials: number,
    private readonly seed: number,
    private readonly campaign: readonly Float64Array[],
    private readonly scratch: Scratch,
    private readonly audienceSize: number | null,
  ) {
    this.keepLimit = Math.max(1, Math.min(4, Math.floor(1_000_000 / (5 * Math.max(1, trials)))));
    this.rhoC = scenario.simulation.creatorCorrelation;
    this.rhoG = scenario.simulation.campaignCorrelation;
  }

  planAt(count: number): LineItemPlan {
    let plan = this.plans.get(count);
    if (!plan) {
      plan = planLineItem({ ...this.item, creators: count }, this.index, this.scenario, false);
      this.plans.set(count, plan);
    }
    return plan;
  }

  /** `recycled`: a sample no longer held anywhere, whose arrays this one reuses (fewer large allocations to collect). */
  sample(count: number, recycled: CountSample | null = null): CountSample {
    const plan = this.planAt(count);
    // The volumes go through one reused block: a sample keeps only the few arrays the allocator reads.
    this.volumes ??= volumeBlock(this.trials);
    const volumes = this.volumes;
    let correction: Float64Array | null = null;
    if (plan.terms !== null) {
      correction = sampleWithTerms(plan, this.seed, this.rhoC, this.rhoG, this.campaign, this.scratch, volumes);
      this.work += this.trials * plan.costPerTrial;
    } else if (plan.method === 'exact') this.exact(plan, volumes);
    else this.drawn(plan, volumes);
    return this.priced(plan, volumes, recycled, correction);
  }

  private drawn(plan: LineItemPlan, out: VolumeBlock): void {
    if (plan.method === 'sum') return this.summed(plan, out);
    const run = new LineItemRun(plan, this.seed, this.rhoC, this.rhoG);
    const block = volumeBlock(BLOCK);
    for (let t0 = 0; t0 < this.trials; t0 += BLOCK) {
      const n = Math.min(BLOCK, this.trials - t0);
      run.sample(this.campaign, t0, n, this.scratch, block);
      out.impressions.set(block.impressions.subarray(0, n), t0);
      out.reach.set(block.reach.subarray(0, n), t0);
      out.clicks.set(block.clicks.subarray(0, n), t0);
      out.conversions.set(block.conversions.subarray(0, n), t0);
      out.leads.set(block.leads.subarray(0, n), t0);
    }
    this.work += this.trials * plan.costPerTrial;
  }

  /**
   * The group-sum method over the whole run at once, from normals drawn once per line item: the
   * streams are filled in the Monte Carlo's blocks, and a stream's draws do not depend on how its
   * fills are cut, so these are the numbers runMonteCarlo draws; the tail stream is drawn per count.
   */
  private summed(plan: LineItemPlan, out: VolumeBlock): void {
    const n = this.trials;
    if (!this.sumNormals) {
      const streams = lineItemStreams(this.seed, this.item.id);
      const zeros = new Float64Array(n);
      const e = plan.uncertain.map((uncertain, k) => {
        if (!uncertain) return zeros;
        const buf = new Float64Array(n);
        fillNormals(streams.kinds[k] as Rng, buf);
        return buf;
      });
      const x = new Float64Array(4 * n);
      fillNormals(streams.sum, x);
      this.sumNormals = { e, x };
    }
    const model = prepareGroupSum(plan, this.rhoC, this.rhoG, this.reachTables);
    groupSumFromNormals(model, this.sumNormals.e, this.sumNormals.x, lineItemStreams(this.seed, this.item.id).tail, this.campaign, 0, n, out);
    this.work += n * plan.costPerTrial;
  }

  /** The creator sums at `plan.creators`, from the sums already held when they are at a lower count. */
  private exact(plan: LineItemPlan, out: VolumeBlock): void {
    const n = this.trials;
    if (!this.locations) {
      const streams = lineItemStreams(this.seed, this.item.id);
      this.locations = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
      groupLocations(plan, streams.kinds, this.campaign, 0, n, this.rhoC, this.rhoG, new Float64Array(n), this.locations);
    }
    if (!this.sums || this.sumsCount > plan.creators) {
      const zero = () => new Float64Array(n);
      this.sums ??= { impressions: zero(), reach: zero(), clicks: zero(), conversions: zero(), leads: zero() };
      // Down from the nearest count kept below: creators from there on are drawn from the start of
      // their own streams (fresh generators), so the sums are the ones a climb from zero makes.
      let from = 0;
      for (const c of this.kept.keys()) if (c <= plan.creators && c > from) from = c;
      const at = this.kept.get(from);
      const sums = this.sums;
      if (at) for (const key of SUM_KEYS) sums[key].set(at[key]);
      else for (const key of SUM_KEYS) sums[key].fill(0);
      this.sumsCount = from;
      this.creators = creatorRngs(this.seed, this.item.id);
    }
    for (; this.sumsCount < plan.creators; this.sumsCount++) {
      addCreator(plan, this.creators, this.sumsCount, this.rhoC, this.locations, n, this.scratch, this.sums);
      this.work += n;
    }
    this.keep(plan.creators);
    scaleSums(plan, this.sums, n, out);
  }

  /**
   * Keeps the sums at this count, so that a later count below it is climbed to from the nearest kept
   * one, not from zero (the searches step down by one as often as up); the kept count farthest from
   * this one makes room.
   */
  private keep(count: number): void {
    const sums = this.sums as CreatorSums;
    if (count === 0 || this.kept.has(count)) return;
    let room: CreatorSums | null = null;
    if (this.kept.size >= this.keepLimit) {
      let far = -1;
      for (const c of this.kept.keys()) if (far < 0 || Math.abs(c - count) > Math.abs(far - count)) far = c;
      room = this.kept.get(far) as CreatorSums;
      this.kept.delete(far);
    }
    const copy = (key: (typeof SUM_KEYS)[number]) => {
      if (!room) return sums[key].slice();
      room[key].set(sums[key]);
      return room[key];
    };
    this.kept.set(count, { impressions: copy('impressions'), reach: copy('reach'), clicks: copy('clicks'), conversions: copy('conversions'), leads: copy('leads') });
  }

  /** `correction`: per trial, what tiers, a bonus or a cap add to the payout (terms.ts); null for linear terms. */
  private priced(plan: LineItemPlan, v: VolumeBlock, recycled: CountSample | null, correction: Float64Array | null): CountSample {
    const n = this.trials;
    const performance = recycled?.performance ?? new Float64Array(n);
    const margin = recycled?.margin ?? new Float64Array(n);
    const ppc = plan.payoutPerConversion, ppl = plan.payoutPerLead, gpc = plan.profitPerConversion, gpl = plan.profitPerLead;
    let reachSum = 0, convSum = 0, perfSum = 0, marginSum = 0;
    for (let t = 0; t < n; t++) {
      const conv = v.conversions[t] as number;
      const lead = v.leads[t] as number;
      let p = conv * ppc + lead * ppl;
      let m = conv * gpc + lead * gpl;
      if (correction !== null) {
        p += correction[t] as number;
        m -= correction[t] as number;
      }
      performance[t] = p;
      margin[t] = m;
      reachSum += v.reach[t] as number;
      convSum += conv;
      perfSum += p;
      marginSum += m;
    }
    let logMissed: Float64Array | null = null;
    if (this.audienceSize !== null) {
      logMissed = recycled?.logMissed ?? new Float64Array(n);
      for (let t = 0; t < n; t++) logMissed[t] = logMissedShare(this.audienceSize, plan.creators, v.reach[t] as number);
    }
    return {
      count: plan.creators,
      reach: copy(v.reach, recycled?.reach),
      conversions: copy(v.conversions, recycled?.conversions),
      performance,
      margin,
      fixedCost: plan.fixedCost,
      logMissed,
      means: { reach: reachSum / n, conversions: convSum / n, performance: perfSum / n, margin: marginSum / n },
    };
  }
}

function copy(from: Float64Array, into: Float64Array | undefined): Float64Array {
  if (!into) return from.slice();
  into.set(from);
  return into;
}

/** Scratch for whole-run passes: every buffer one trial long per slot. */
export function runScratch(trials: number): Scratch {
  const scratch = new Scratch();
  scratch.ensure(Math.max(4 * BLOCK, trials));
  return scratch;
}

import { createRng, hashKey, Rng, seedSubStream } from '../rng';
import { fillNormals } from '../normal';
import type { Scratch, VolumeBlock } from './buffers';
import { sampleExact, type CreatorRngs } from './groupExact';
import { sampleOne } from './groupOne';
import { addOneReach, oneConstants, sampleOneTotals } from './groupOneTotals';
import { prepareGroupSum, sampleGroupSum, type GroupSumModel } from './groupSum';
import { KINDS, type LineItemPlan } from './plan';
import type { CampaignTotals } from './totals';
import type { TermsPricer } from './termsPricer';
import { GroupSumTerms } from './groupSumTerms';

/**
 * The random streams of one line item, each keyed by (seed, line item id, purpose), so that other
 * line items, and the other rate kinds of this one, never shift its draws: per rate kind one stream
 * for the group draws (one per trial, in every method but `one`, so that the exact sampler and the
 * group-sum approximation share them) and one per creator for that creator's draws (groupExact.ts);
 * one for the group-sum noise, one for its tail creators and one for its payout terms.
 */
export interface LineItemStreams {
  kinds: Rng[];
  creators: CreatorRngs;
  sum: Rng;
  tail: Rng;
  /** the residual noise of a summed group's payout terms (groupSumTerms.ts) */
  terms: Rng;
}

export function lineItemStreams(seed: number, id: string): LineItemStreams {
  return {
    kinds: KINDS.map((kind) => createRng(seed, `line-item\u0000${id}\u0000${kind}`)),
    creators: creatorRngs(seed, id),
    sum: createRng(seed, `line-item\u0000${id}\u0000group-sum`),
    tail: createRng(seed, `line-item\u0000${id}\u0000group-sum-tail`),
    terms: createRng(seed, `line-item\u0000${id}\u0000terms`),
  };
}

/**
 * Creator j's stream of rate kind k: sub-stream j of the key (seed, line item id, kind, "creator").
 * Each creator's generator state is kept in four words of a typed array, made on first use and
 * saved after every fill, so a group of a million creators costs 16 bytes per creator and kind,
 * not an object each.
 */
export function creatorRngs(seed: number, id: string): CreatorRngs {
  const words = KINDS.map((kind) => hashKey(seed, `line-item\u0000${id}\u0000${kind}\u0000creator`));
  const states = KINDS.map(() => new Int32Array(0));
  const made = KINDS.map(() => 0);
  const work = new Rng(0, 0, 0, 0);
  return {
    fill(kindIndex: number, creator: number, out: Float64Array, from: number, to: number): void {
      let state = states[kindIndex] as Int32Array;
      let count = made[kindIndex] as number;
      if (creator >= count) {
        if (4 * (creator + 1) > state.length) {
          const grown = new Int32Array(Math.max(16, 8 * (creator + 1)));
          grown.set(state);
          state = grown;
          states[kindIndex] = grown;
        }
        for (; count <= creator; count++) {
          seedSubStream(work, words[kindIndex] as [number, number, number, number], count);
          state.set(work.s, 4 * count);
        }
        made[kindIndex] = count;
      }
      const s = work.s;
      const at = 4 * creator;
      s[0] = state[at] as number;
      s[1] = state[at + 1] as number;
      s[2] = state[at + 2] as number;
      s[3] = state[at + 3] as number;
      fillNormals(work, out, from, to);
      state[at] = s[0] as number;
      state[at + 1] = s[1] as number;
      state[at + 2] = s[2] as number;
      state[at + 3] = s[3] as number;
    },
  };
}

/** The campaign factor G of a rate kind: keyed by the seed alone. */
export function campaignStream(seed: number, kindIndex: number): Rng {
  return createRng(seed, `campaign\u0000${KINDS[kindIndex] ?? ''}`);
}

/** Samples one line item block after block, in trial order. */
export class LineItemRun {
  private readonly streams: LineItemStreams;
  private readonly model: GroupSumModel | null;
  private readonly one: Float64Array | null;
  /** a summed group's payout terms, made when a pricer first asks (groupSumTerms.ts) */
  private terms: GroupSumTerms | null = null;

  constructor(
    readonly plan: LineItemPlan,
    seed: number,
    private readonly rhoC: number,
    private readonly rhoG: number,
  ) {
    this.streams = lineItemStreams(seed, plan.id);
    this.model = plan.method === 'sum' ? prepareGroupSum(plan, rhoC, rhoG) : null;
    this.one = plan.method === 'one' ? oneConstants(plan, rhoC, rhoG) : null;
  }

  /** `pricer`: a line item with tiers, a bonus or a cap has its creators' draws kept for pricing (termsPricer.ts). */
  sample(campaign: readonly Float64Array[], t0: number, n: number, scratch: Scratch, out: VolumeBlock, pricer: TermsPricer | null = null): void {
    const { plan, rhoC, rhoG } = this;
    switch (plan.method) {
      case 'none':
        out.impressions.fill(0, 0, n);
        out.reach.fill(0, 0, n);
        out.clicks.fill(0, 0, n);
        out.conversions.fill(0, 0, n);
        out.leads.fill(0, 0, n);
        return;
      case 'one':
        return sampleOne(plan, this.streams.kinds, campaign, t0, n, rhoC, rhoG, scratch, out);
      case 'exact':
        return sampleExact(plan, this.streams.kinds, this.streams.creators, campaign, t0, n, rhoC, rhoG, scratch, out, pricer);
      case 'sum': {
        const model = this.model as GroupSumModel;
        sampleGroupSum(model, this.streams.kinds, this.streams.sum, this.streams.tail, campaign, t0, n, scratch, out);
        if (pricer === null || plan.terms === null) return;
        this.terms ??= new GroupSumTerms(model, plan.terms, rhoC, this.streams.terms, pricer.stride);
        pricer.group = this.terms;
        this.terms.keep(pricer.at, scratch, campaign, t0, n, out);
      }
    }
  }

  /**
   * Adds trials t0..t0+n of the block, trials u0.. of the run, to the totals without keeping the
   * volumes: the same numbers as sample then totals.add, in one pass where the method allows.
   */
  addTo(campaign: readonly Float64Array[], t0: number, n: number, scratch: Scratch, volumes: VolumeBlock, totals: CampaignTotals, u0: number): void {
    const plan = this.plan;
    if (this.one !== null) {
      sampleOneTotals(plan, this.one, this.streams.kinds, campaign, t0, n, scratch, totals, u0);
      return addOneReach(plan, scratch, totals, u0, n);
    }
    if (plan.method === 'sum') {
      return sampleGroupSum(this.model as GroupSumModel, this.streams.kinds, this.streams.sum, this.streams.tail, campaign, t0, n, scratch, volumes, totals, u0);
    }
    this.sample(campaign, t0, n, scratch, volumes);
    totals.add(plan, volumes, u0, n, null);
  }
}

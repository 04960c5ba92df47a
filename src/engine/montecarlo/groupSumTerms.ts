import { fillNormals } from '../normal';
import type { Rng } from '../rng';
import { termsPieces, termsVolume, type TermsVolume } from '../payouts/termsPieces';
import type { NonLinearTerms } from '../unitEconomics';
import type { Scratch, VolumeBlock } from './buffers';
import type { GroupSumModel } from './groupSum';
import { CLICK, CONVERSION, LEAD, REACH, withinWeights } from './plan';
import { groupTerms, TermsTable, termsNode, type TrialTerms } from './termsTable';

/** Where a summed group's terms go once a trial's saturation is known (the line item's pricer). */
export interface GroupTermsSink {
  addGroup(b: number, correction: number, bonuses: number, reached: number, capSavings: number): void;
}

/** The rate kinds whose product is one creator's volume, per unit of posts · followers. */
const KINDS_OF: Record<TermsVolume, readonly number[]> = { conversions: [REACH, CLICK, CONVERSION], leads: [REACH, CLICK, LEAD] };

/**
 * The terms of a `sum` group, trial by trial. After the group sum is drawn, it keeps per block
 * index each trial's log-median of one creator's volume (from the trial's group locations, as the
 * sum's own loop computes them), the group's volume sum and one normal of the line item's terms
 * stream; once the trial's φ is known (1 outside an audience) it prices the group: φ scales every
 * creator's volume, so it adds ln φ to the log-median and scales the sum.
 */
export class GroupSumTerms {
  readonly volume: TermsVolume;
  private readonly table: TermsTable;
  private readonly kinds: readonly number[];
  private readonly logPF: number;
  private readonly amount: number;
  private readonly logMedian: Float64Array;
  private readonly sum: Float64Array;
  private readonly noise: Float64Array;
  private readonly node = termsNode();
  private readonly trial: TrialTerms = { correction: 0, bonusesReached: 0, capSavings: 0 };

  constructor(
    private readonly model: GroupSumModel,
    terms: NonLinearTerms,
    rhoC: number,
    private readonly rng: Rng,
    stride: number,
  ) {
    const volume = termsVolume(terms);
    if (volume === null) throw new Error('terms bend on both conversions and leads: draw the group creator by creator');
    this.volume = volume;
    this.kinds = KINDS_OF[volume];
    const a = withinWeights(model.plan.sigma, rhoC);
    const s = Math.sqrt(this.kinds.reduce((sum, k) => sum + (a[k] as number) ** 2, 0));
    this.table = new TermsTable(termsPieces(terms, volume), s);
    this.logPF = Math.log(model.plan.posts * model.plan.followers);
    this.amount = terms.terms.bonus?.amount ?? 0;
    this.logMedian = new Float64Array(stride);
    this.sum = new Float64Array(stride);
    this.noise = new Float64Array(stride);
  }

  /**
   * Keeps trials 0..n−1 of a group sum just drawn (sampleGroupSum: its group normals still in
   * scratch, its volumes in out) at block indices at..at+n−1; the campaign factors at t0.
   */
  keep(at: number, scratch: Scratch, campaign: readonly Float64Array[], t0: number, n: number, out: VolumeBlock): void {
    const { plan, groupWeight, sqG, sqE } = this.model;
    const m = this.logMedian;
    m.fill(this.logPF, at, at + n);
    for (const k of this.kinds) {
      const mu = plan.mu[k] as number, w = groupWeight[k] as number;
      const g = campaign[k] as Float64Array;
      const e = plan.uncertain[k] ? (scratch.normals[k] as Float64Array) : scratch.zeros;
      for (let t = 0; t < n; t++) m[at + t] = (m[at + t] as number) + mu + w * (sqG * (g[t0 + t] as number) + sqE * (e[t] as number));
    }
    this.sum.set((this.volume === 'leads' ? out.leads : out.conversions).subarray(0, n), at);
    fillNormals(this.rng, this.noise, at, at + n);
  }

  priceGroup(b: number, phi: number, sink: GroupTermsSink): void {
    const out = this.trial;
    groupTerms(this.table, (this.logMedian[b] as number) + Math.log(phi), this.model.plan.creators, phi * (this.sum[b] as number), this.noise[b] as number, this.node, out);
    sink.addGroup(b, out.correction, this.amount * out.bonusesReached, out.bonusesReached, out.capSavings);
  }
}

import { fillNormals } from '../normal';
import type { Rng } from '../rng';
import { termsPieces, termsVolume, type TermsVolume } from '../payouts/termsPieces';
import type { NonLinearTerms } from '../unitEconomics';
import type { Scratch, VolumeBlock } from './buffers';
import type { GroupSumModel } from './groupSum';
import { fitGroupSum } from './sumFit';
import { CLICK, CONVERSION, LEAD, REACH, withinWeights } from './plan';
import { groupTerms, TermsTable, termsNode, type TrialTerms } from './termsTable';

/** Where a summed group's terms go once a trial's saturation is known (the line item's pricer). */
export interface GroupTermsSink {
  addGroup(b: number, correction: number, bonuses: number, reached: number, capSavings: number): void;
}

/** A whole sum below the plain fit's shift (its shape cannot reach it) scores this far down: the count's least values. */
const MAX_SCORE = 9;

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
  /** with a bonus: the normal score of the volume sum's shape, and the residual's normal (the count's copula takes noise) */
  private readonly score: Float64Array | null;
  private readonly noise2: Float64Array | null;
  /** the weights of the sum fit's normals in the volume's shape, over its sd: score = Σ_i w_i·x_i */
  private readonly scoreWeights: Float64Array;
  /** with tail creators: the plain fit's shape of the whole sum over its mean, τ' + s'·exp(σz − σ²/2), and s²/2 for E[V] = e^(m + s²/2) */
  private readonly wholeShape: { shift: number; scale: number; sigma: number; meanPerCreator: number } | null;
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
    // The count's copula correlates it with the normal score of the volume sum. Without tail
    // creators that is the fit's own: the sum's shape is τ + s·exp(Σ_i L_qi·x_i − σ²/2), q its row
    // (sumFit.ts). With tail creators drawn apart (tailSplit.ts) the fit is the bulk's, which
    // leaves out the creators most likely to reach the bonus; the score is then read off the whole
    // sum, by the plain fit to it (kept for its mean and variance, exact, and its shape, close).
    const q = volume === 'leads' ? 3 : 2;
    const fit = model.tail ? fitGroupSum(a, model.plan.creators) : model.fit;
    const sigmaSum = Math.sqrt(2 * (fit.half[q] as number));
    const L = fit.chol;
    this.scoreWeights = Float64Array.from([0, 1, 2, 3], (i) => (sigmaSum > 0 ? (L[4 * q + i] as number) / sigmaSum : 0));
    const total = (fit.shift[q] as number) + (fit.scale[q] as number);
    this.wholeShape = model.tail ? { shift: (fit.shift[q] as number) / total, scale: (fit.scale[q] as number) / total, sigma: sigmaSum, meanPerCreator: 0.5 * s * s } : null;
    this.table = new TermsTable(termsPieces(terms, volume), s, { creators: model.plan.creators, sigma: sigmaSum });
    this.logPF = Math.log(model.plan.posts * model.plan.followers);
    this.amount = terms.terms.bonus?.amount ?? 0;
    this.logMedian = new Float64Array(stride);
    this.sum = new Float64Array(stride);
    this.noise = new Float64Array(stride);
    const counted = this.table.jump > 0;
    this.score = counted ? new Float64Array(stride) : null;
    this.noise2 = counted ? new Float64Array(stride) : null;
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
    if (this.score === null || this.noise2 === null) return;
    fillNormals(this.rng, this.noise2, at, at + n);
    const score = this.score;
    const whole = this.wholeShape;
    if (whole !== null) {
      // The whole sum over its mean, C·e^(m + s²/2), inverted through the plain fit's shape.
      const C = plan.creators;
      for (let t = 0; t < n; t++) {
        const u = ((this.sum[at + t] as number) / (C * Math.exp((m[at + t] as number) + whole.meanPerCreator)) - whole.shift) / whole.scale;
        score[at + t] = u > 0 ? (Math.log(u) + 0.5 * whole.sigma * whole.sigma) / whole.sigma : -MAX_SCORE;
      }
      return;
    }
    // sampleGroupSum leaves the fit's four normals per trial in scratch.extra, interleaved.
    const x = scratch.extra, w = this.scoreWeights;
    const w0 = w[0] as number, w1 = w[1] as number, w2 = w[2] as number, w3 = w[3] as number;
    for (let t = 0; t < n; t++) score[at + t] = w0 * (x[4 * t] as number) + w1 * (x[4 * t + 1] as number) + w2 * (x[4 * t + 2] as number) + w3 * (x[4 * t + 3] as number);
  }

  priceGroup(b: number, phi: number, sink: GroupTermsSink): void {
    const out = this.trial;
    groupTerms(this.table, (this.logMedian[b] as number) + Math.log(phi), this.model.plan.creators, phi * (this.sum[b] as number), this.score?.[b] ?? 0, this.noise[b] as number, this.noise2?.[b] ?? 0, this.node, out);
    sink.addGroup(b, out.correction, this.amount * out.bonusesReached, out.bonusesReached, out.capSavings);
  }
}

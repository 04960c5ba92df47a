import { normalTail } from '../normal';
import type { Pieces, TermsPieces } from '../payouts/termsPieces';
import { binomialAt, copulaRho } from './bonusCount';
import { exp } from './exp';

/**
 * The non-linear payout terms of a summed group without drawing its creators (docs/MODEL.md §10).
 * Given a trial's shared factors, one creator's volume V (conversions or leads) is lognormal,
 * ln V ~ N(m, s²), with m the trial's log-median and s the within-group sd; the terms' correction
 * c(v) = performance(v) − linear·v is affine between breakpoints (termsPieces.ts), so its moments
 * given m are sums of lognormal partial moments:
 *   E[Vⁿ·1{l ≤ V < h}] = e^(n·m + n²s²/2) · (Φ((ln h − m − n·s²)/s) − Φ((ln l − m − n·s²)/s)).
 * They depend on m alone (s is fixed per line item), so they are tabulated once per line item over
 * m and interpolated per trial; beyond the table the creators all sit on one end piece, where c is
 * affine in v and its moments are exact. A bonus's step is not left to these moments: the count of
 * creators reaching it is drawn exactly (groupTerms, bonusCount.ts).
 */

/** E[f(V)], E[f(V)²] and E[f(V)·V] for ln V ~ N(m, s²). */
export interface PieceMoments {
  mean: number;
  square: number;
  cross: number;
}


/**
 * The lognormal partial moments of every piece between the breaks at log-median m, per piece i:
 * bands[3i + n] = E[Vⁿ·1{piece i}] for n = 0, 1, 2. All the pieces of one creator's terms share
 * their breaks (termsPieces.ts), so a table node computes these once for all its functions.
 */
export function pieceBands(breaks: Float64Array, m: number, s: number, bands: Float64Array): void {
  const s2 = s * s;
  const e1 = Math.exp(m + 0.5 * s2);
  const e2 = Math.exp(2 * m + 2 * s2);
  // Each break bounds two pieces: its tails Φ(−|x|) at the three shifts are computed once per node.
  let lo = -Infinity;
  let t0 = 0, t1 = 0, t2 = 0;
  for (let i = 0; i <= breaks.length; i++) {
    const hi = i < breaks.length ? (Math.log(breaks[i] as number) - m) / s : Infinity;
    const h0 = normalTail(hi), h1 = normalTail(hi - s), h2 = normalTail(hi - 2 * s);
    bands[3 * i] = bandOfTails(lo, t0, hi, h0);
    bands[3 * i + 1] = e1 * bandOfTails(lo - s, t1, hi - s, h1);
    bands[3 * i + 2] = e2 * bandOfTails(lo - 2 * s, t2, hi - 2 * s, h2);
    lo = hi;
    t0 = h0;
    t1 = h1;
    t2 = h2;
  }
}

/**
 * Φ(b) − Φ(a) for a ≤ b, on the side of zero where the difference does not cancel, from the tails
 * ta = Φ(−|a|) and tb = Φ(−|b|).
 */
function bandOfTails(a: number, ta: number, b: number, tb: number): number {
  if (a > 0) return ta - tb;
  return (b >= 0 ? 1 - tb : tb) - (a >= 0 ? 1 - ta : ta);
}

/** E[f(V)], E[f(V)²] and E[f(V)·V] from the bands of f's breaks (pieceBands). */
export function bandMoments(p: Pieces, bands: Float64Array): PieceMoments {
  let mean = 0, square = 0, cross = 0;
  for (let i = 0; i <= p.breaks.length; i++) {
    const m0 = bands[3 * i] as number, m1 = bands[3 * i + 1] as number, m2 = bands[3 * i + 2] as number;
    const a = p.alpha[i] as number, g = p.gamma[i] as number;
    mean += a * m0 + g * m1;
    square += a * a * m0 + 2 * a * g * m1 + g * g * m2;
    cross += a * m1 + g * m2;
  }
  return { mean, square, cross };
}

export function pieceMoments(p: Pieces, m: number, s: number): PieceMoments {
  const bands = new Float64Array(3 * (p.breaks.length + 1));
  pieceBands(p.breaks, m, s, bands);
  return bandMoments(p, bands);
}

/**
 * One creator's terms given m, as the group formula needs them (the layout of a table node). With a
 * bonus, c(v) = J·1{v ≥ T} + d(v): J the step at the threshold T (the bonus, or what the cap leaves
 * of it), d continuous. The count of creators over T is drawn exactly (bonusCount.ts), and d is
 * regressed on the creator's volume V and its indicator I = 1{V ≥ T} together; without a bonus,
 * J = 0, d = c and the regression is on V alone.
 */
const MEAN = 0; // E[d]
const BETA = 1; // the regression of d on V (with I beside it when there is a bonus)
const RESIDUAL = 2; // Var(d) less what V (and I) explain, ≥ 0
const BONUS = 3; // P(bonus reached) = E[I]
const CAP_SAVING = 4; // E[capSaving]
const BETA_COUNT = 5; // the regression of d on I
const RHO = 6; // the copula's correlation for the count (copulaRho)
const STRIDE = 7;

/** The table spans the breakpoints ± this many s, beyond which the end pieces are exact to Φ(−9) ≈ 1e−19. */
const REACH_SD = 9;
/** Nodes per s: linear interpolation errs by about (1/64)²/8 ≈ 3e−5 of a quantity's curvature scale. */
const STEPS_PER_SD = 64;
const MAX_NODES = 1 << 15;
/** The copula's ρ (a sum over the count's values, solved) is computed at every RHO_EVERY-th node, 4 per s, and interpolated between: it varies with p, slowly. */
const RHO_EVERY = 16;

/** A bonus as the group formula needs it: the step J at the threshold and the continuous rest d. */
interface Step {
  jump: number;
  rest: Pieces;
  /** d·I: d above the threshold, 0 below */
  restAbove: Pieces;
}

/** The step of c at the first break where the bonus is reached (null without a bonus, or one the cap swallows whole). */
function stepOf(p: TermsPieces): Step | null {
  const reached = p.bonusReached.alpha;
  let i = 1;
  while (i < reached.length && !((reached[i] as number) === 1 && (reached[i - 1] as number) === 0)) i++;
  if (i >= reached.length) return null;
  const c = p.correction;
  const T = c.breaks[i - 1] as number;
  const jump = (c.alpha[i] as number) + (c.gamma[i] as number) * T - ((c.alpha[i - 1] as number) + (c.gamma[i - 1] as number) * T);
  if (!(jump > 0)) return null;
  const alpha = c.alpha.map((a, k) => (k >= i ? a - jump : a));
  const rest = { breaks: c.breaks, alpha, gamma: c.gamma };
  const restAbove = { breaks: c.breaks, alpha: alpha.map((a, k) => (k >= i ? a : 0)), gamma: c.gamma.map((g, k) => (k >= i ? g : 0)) };
  return { jump, rest, restAbove };
}

export class TermsTable {
  private readonly lo: number;
  private readonly invStep: number;
  private readonly last: number;
  private readonly values: Float64Array;
  private readonly halfVariance: number;
  private readonly step: Step | null;
  /** d: the correction less the bonus's step (the correction itself without one) */
  private readonly rest: Pieces;
  /** scratch for a node's partial moments (pieceBands) */
  private readonly bands: Float64Array;

  constructor(
    readonly pieces: TermsPieces,
    /** the within-group sd of ln V */
    readonly s: number,
    /** for the count's copula: the group's creators and the sd σ of its volume sum's normal score (groupSumTerms.ts) */
    private readonly copula: { creators: number; sigma: number } = { creators: 0, sigma: 0 },
  ) {
    this.halfVariance = 0.5 * s * s;
    this.step = stepOf(pieces);
    this.rest = this.step?.rest ?? pieces.correction;
    const breaks = pieces.correction.breaks;
    const n = breaks.length;
    this.bands = new Float64Array(3 * (n + 1));
    if (s === 0 || n === 0) {
      this.lo = Infinity;
      this.invStep = 0;
      this.last = 0;
      this.values = new Float64Array(0);
      return;
    }
    this.lo = Math.log(breaks[0] as number) - REACH_SD * s;
    const hi = Math.log(breaks[n - 1] as number) + REACH_SD * s;
    const nodes = Math.min(MAX_NODES, Math.ceil(((hi - this.lo) / s) * STEPS_PER_SD) + 1);
    this.invStep = (nodes - 1) / (hi - this.lo);
    this.last = nodes - 1;
    this.values = new Float64Array(nodes * STRIDE);
    for (let i = 0; i < nodes; i++) this.node(this.lo + i / this.invStep, this.values, i * STRIDE, i % RHO_EVERY === 0 || i === nodes - 1);
    this.interpolateRho(nodes);
  }

  /** The jump J at the bonus threshold, 0 without one. */
  get jump(): number {
    return this.step?.jump ?? 0;
  }

  /** One creator's terms at log-median m, computed from the closed forms. */
  private node(m: number, out: Float64Array, at: number, withRho: boolean): void {
    const { pieces, s, step, bands } = this;
    pieceBands(pieces.correction.breaks, m, s, bands);
    const d = bandMoments(this.rest, bands);
    const ev = Math.exp(m + this.halfVariance);
    const varV = ev * ev * Math.expm1(s * s);
    const covV = d.cross - d.mean * ev;
    const reached = bandMoments(pieces.bonusReached, bands);
    const p = reached.mean;
    let beta = covV / varV, betaCount = 0, explained = beta * covV, rho = 0;
    if (step !== null) {
      const varI = p * (1 - p);
      const covVI = reached.cross - p * ev;
      const covI = bandMoments(step.restAbove, bands).mean - d.mean * p;
      const det = varV * varI - covVI * covVI;
      // Where I is (nearly) a function of V, or constant, V alone serves.
      if (det > 1e-9 * varV * varI) {
        beta = (varI * covV - covVI * covI) / det;
        betaCount = (varV * covI - covVI * covV) / det;
        explained = beta * covV + betaCount * covI;
      }
      if (withRho && varI > 0) rho = copulaRho(covVI / Math.sqrt(varV * varI), this.copula.creators, p, this.copula.sigma);
    }
    out[at + MEAN] = d.mean;
    out[at + BETA] = beta;
    out[at + RESIDUAL] = Math.max(0, d.square - d.mean * d.mean - explained);
    out[at + BONUS] = p;
    out[at + CAP_SAVING] = bandMoments(pieces.capSaving, bands).mean;
    out[at + BETA_COUNT] = betaCount;
    out[at + RHO] = rho;
  }

  private interpolateRho(nodes: number): void {
    if (this.step === null) return;
    const v = this.values;
    for (let i = 0; i < nodes; i++) {
      if (i % RHO_EVERY === 0 || i === nodes - 1) continue;
      const a = i - (i % RHO_EVERY), b = Math.min(a + RHO_EVERY, nodes - 1);
      const w = (i - a) / (b - a);
      v[i * STRIDE + RHO] = (v[a * STRIDE + RHO] as number) + w * ((v[b * STRIDE + RHO] as number) - (v[a * STRIDE + RHO] as number));
    }
  }

  /**
   * One creator's terms at log-median m into out (the node layout above): interpolated inside the
   * table; beyond it from its end piece; without a table (every creator of the group has the same
   * volume, s = 0, or the terms have no breakpoint) from the piece the volume lies on.
   */
  at(m: number, out: Float64Array): void {
    const x = (m - this.lo) * this.invStep;
    if (x >= 0 && x < this.last) {
      const i = x | 0;
      const w = x - i;
      const v = this.values;
      const a = i * STRIDE, b = a + STRIDE;
      for (let k = 0; k < STRIDE; k++) out[k] = (v[a + k] as number) + w * ((v[b + k] as number) - (v[a + k] as number));
      return;
    }
    const p = this.pieces;
    const ev = exp(m + this.halfVariance);
    const piece = this.last === 0 ? pieceIndex(p.correction, ev) : x < 0 ? 0 : p.correction.breaks.length;
    const affine = (f: Pieces) => (f.alpha[piece] as number) + (f.gamma[piece] as number) * ev;
    out[MEAN] = affine(this.rest);
    out[BETA] = this.rest.gamma[piece] as number;
    out[RESIDUAL] = 0;
    out[BONUS] = affine(p.bonusReached);
    out[CAP_SAVING] = affine(p.capSaving);
    out[BETA_COUNT] = 0;
    out[RHO] = 0;
  }

  /** E[V] at log-median m. */
  meanVolume(m: number): number {
    return exp(m + this.halfVariance);
  }
}

function pieceIndex(p: Pieces, v: number): number {
  let i = 0;
  while (i < p.breaks.length && v >= (p.breaks[i] as number)) i++;
  return i;
}

/** A trial's group terms: its correction, and the expected bonuses reached and cap savings given the trial. */
export interface TrialTerms {
  correction: number;
  bonusesReached: number;
  capSavings: number;
}

/**
 * One trial of a group of C creators whose volumes sum to S (drawn by the group-sum fit, sumFit.ts),
 * z the normal score of S's shape and xi, xi2 standard normals of the line item's terms stream.
 * Without a bonus: Σ_j c(V_j) ≈ C·E[c] + β·(S − C·E[V]) + √(C·residual)·xi. Given m the pairs
 * (V_j, c(V_j)) are independent, so the regression on S keeps the sum's exact mean and its
 * covariance with S, and the residual its exact variance. With a bonus, the count K of creators
 * over the threshold is drawn exactly, Binomial(C, p), at the copula's score ρ·z + √(1 − ρ²)·xi
 * (bonusCount.ts), and Σ_j c(V_j) = J·K + Σ_j d(V_j) ≈ J·K + C·E[d] + β·(S − C·E[V]) +
 * β_K·(K − C·p) + √(C·residual)·xi2. The bonuses and cap savings are only reported as means over
 * trials, so their conditional means serve, unbiased.
 */
export function groupTerms(table: TermsTable, m: number, C: number, S: number, z: number, xi: number, xi2: number, node: Float64Array, out: TrialTerms): void {
  table.at(m, node);
  const residual = node[RESIDUAL] as number;
  const p = node[BONUS] as number;
  let correction = C * (node[MEAN] as number) + (node[BETA] as number) * (S - C * table.meanVolume(m));
  const jump = table.jump;
  if (jump > 0) {
    const rho = node[RHO] as number;
    const K = binomialAt(C, p, rho * z + Math.sqrt(1 - rho * rho) * xi);
    correction += jump * K + (node[BETA_COUNT] as number) * (K - C * p) + (residual > 0 ? Math.sqrt(C * residual) * xi2 : 0);
  } else if (residual > 0) correction += Math.sqrt(C * residual) * xi;
  out.correction = correction;
  out.bonusesReached = C * p;
  out.capSavings = C * (node[CAP_SAVING] as number);
}

/** Scratch for TermsTable.at: one node. */
export const termsNode = () => new Float64Array(STRIDE);

import { normalCdf } from '../normal';
import type { Pieces, TermsPieces } from '../payouts/termsPieces';
import { exp } from './exp';

/**
 * The non-linear payout terms of a large group without drawing its creators (docs/MODEL.md §10).
 * Given a trial's shared factors, one creator's volume V (conversions or leads) is lognormal,
 * ln V ~ N(m, s²), with m the trial's log-median and s the within-group sd; the terms' correction
 * c(v) = performance(v) − linear·v is affine between breakpoints (termsPieces.ts), so its moments
 * given m are sums of lognormal partial moments:
 *   E[Vⁿ·1{l ≤ V < h}] = e^(n·m + n²s²/2) · (Φ((ln h − m − n·s²)/s) − Φ((ln l − m − n·s²)/s)).
 * They depend on m alone (s is fixed per line item), so they are tabulated once per line item over
 * m and interpolated per trial; beyond the table the creators all sit on one end piece, where c is
 * affine in v and its moments are exact.
 */

/** E[f(V)], E[f(V)²] and E[f(V)·V] for ln V ~ N(m, s²). */
export interface PieceMoments {
  mean: number;
  square: number;
  cross: number;
}

/** Φ(b) − Φ(a) for a ≤ b, on the side of zero where the difference does not cancel. */
const band = (a: number, b: number) => (a > 0 ? normalCdf(-a) - normalCdf(-b) : normalCdf(b) - normalCdf(a));

export function pieceMoments(p: Pieces, m: number, s: number): PieceMoments {
  const s2 = s * s;
  const e1 = Math.exp(m + 0.5 * s2);
  const e2 = Math.exp(2 * m + 2 * s2);
  let mean = 0, square = 0, cross = 0;
  let lo = -Infinity;
  for (let i = 0; i <= p.breaks.length; i++) {
    const hi = i < p.breaks.length ? (Math.log(p.breaks[i] as number) - m) / s : Infinity;
    const m0 = band(lo, hi);
    const m1 = e1 * band(lo - s, hi - s);
    const m2 = e2 * band(lo - 2 * s, hi - 2 * s);
    const a = p.alpha[i] as number, g = p.gamma[i] as number;
    mean += a * m0 + g * m1;
    square += a * a * m0 + 2 * a * g * m1 + g * g * m2;
    cross += a * m1 + g * m2;
    lo = hi;
  }
  return { mean, square, cross };
}

/** One creator's terms given m, as the group formula needs them (the layout of a table node). */
const MEAN = 0; // E[c]
const BETA = 1; // Cov(c, V)/Var(V): the regression of c on V
const RESIDUAL = 2; // Var(c) − Cov(c, V)²/Var(V) ≥ 0: the variance of c that V leaves unexplained
const BONUS = 3; // P(bonus reached)
const CAP_SAVING = 4; // E[capSaving]
const STRIDE = 5;

/** The table spans the breakpoints ± this many s, beyond which the end pieces are exact to Φ(−9) ≈ 1e−19. */
const REACH_SD = 9;
/** Nodes per s: linear interpolation errs by about (1/64)²/8 ≈ 3e−5 of a quantity's curvature scale. */
const STEPS_PER_SD = 64;
const MAX_NODES = 1 << 15;

export class TermsTable {
  private readonly lo: number;
  private readonly invStep: number;
  private readonly last: number;
  private readonly values: Float64Array;
  private readonly halfVariance: number;

  constructor(
    readonly pieces: TermsPieces,
    /** the within-group sd of ln V */
    readonly s: number,
  ) {
    this.halfVariance = 0.5 * s * s;
    const breaks = pieces.correction.breaks;
    const n = breaks.length;
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
    for (let i = 0; i < nodes; i++) this.node(this.lo + i / this.invStep, this.values, i * STRIDE);
  }

  /** One creator's terms at log-median m, computed from the closed forms. */
  private node(m: number, out: Float64Array, at: number): void {
    const { pieces, s } = this;
    const c = pieceMoments(pieces.correction, m, s);
    const ev = Math.exp(m + this.halfVariance);
    const varV = ev * ev * Math.expm1(s * s);
    const cov = c.cross - c.mean * ev;
    const beta = cov / varV;
    out[at + MEAN] = c.mean;
    out[at + BETA] = beta;
    out[at + RESIDUAL] = Math.max(0, c.square - c.mean * c.mean - beta * cov);
    out[at + BONUS] = pieceMoments(pieces.bonusReached, m, s).mean;
    out[at + CAP_SAVING] = pieceMoments(pieces.capSaving, m, s).mean;
  }

  /**
   * One creator's terms at log-median m into out (E[c], β, residual variance, P(bonus),
   * E[capSaving]): interpolated inside the table; beyond it from its end piece; without a table
   * (every creator of the group has the same volume, s = 0, or the terms have no breakpoint) from
   * the piece the volume lies on.
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
    out[MEAN] = affine(p.correction);
    out[BETA] = p.correction.gamma[piece] as number;
    out[RESIDUAL] = 0;
    out[BONUS] = affine(p.bonusReached);
    out[CAP_SAVING] = affine(p.capSaving);
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
 * One trial of a group of C creators whose volumes sum to S (drawn by the group-sum fit, sumFit.ts):
 * Σ_j c(V_j) ≈ C·E[c] + β·(S − C·E[V]) + √(C·residual)·ξ, ξ a standard normal of the line item's
 * terms stream. Given m the pairs (V_j, c(V_j)) are independent, so the regression on S keeps the
 * sum's exact mean and its covariance with S, and the residual its exact variance. The bonuses and
 * cap savings are only reported as means over trials, so their conditional means serve, unbiased.
 */
export function groupTerms(table: TermsTable, m: number, C: number, S: number, xi: number, node: Float64Array, out: TrialTerms): void {
  table.at(m, node);
  const residual = node[RESIDUAL] as number;
  out.correction = C * (node[MEAN] as number) + (node[BETA] as number) * (S - C * table.meanVolume(m)) + (residual > 0 ? Math.sqrt(C * residual) * xi : 0);
  out.bonusesReached = C * (node[BONUS] as number);
  out.capSavings = C * (node[CAP_SAVING] as number);
}

/** Scratch for TermsTable.at: one node. */
export const termsNode = () => new Float64Array(STRIDE);

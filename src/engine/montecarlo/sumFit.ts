import { cholesky } from './linalg';

/**
 * Within a group, given the group factors, creator j's impressions, clicks, conversions and leads are
 * the group's location times Y_jQ = exp(Σ_{k∈S_Q} a_k·z_jk), with S_impressions = {reach},
 * S_clicks = {reach, click}, S_conversions = {reach, click, conversion}, S_leads = {reach, click, lead}
 * and a_k = σ_k·√(1−ρc). The Y's of one creator are jointly lognormal, so the group sums
 * T_Q = Σ_j Y_jQ have exact means C·E[Y_Q], covariances C·Cov(Y_Q, Y_Q') and third central moments
 * C·κ₃(Y_Q); none depends on the group factors, so the fit is made once per line item.
 *
 * Each T_Q is drawn as a shifted lognormal τ_Q + s_Q·exp(η_Q − ς_Q²/2), η ~ N(0, Σ), matched to the
 * mean, variance and skewness of T_Q, with Σ's off-diagonal terms matched to the covariances. The
 * shift is what keeps the tails right for groups of tens of creators, where a plain lognormal
 * (Fenton–Wilkinson, two moments) is too light-tailed; if the three-moment Σ is not a valid
 * covariance, the two-moment fit (always exact in mean and covariance) is used instead.
 */
export const SETS: readonly (readonly number[])[] = [[0], [0, 1], [0, 1, 2], [0, 1, 3]];

export interface SumFit {
  /** shift τ_Q */
  shift: Float64Array;
  /** scale s_Q: the mean of the lognormal part */
  scale: Float64Array;
  /** ς_Q²/2 */
  half: Float64Array;
  /** Cholesky factor of Σ, 4×4 row-major */
  chol: Float64Array;
}

/** w > 1 with (w + 2)·√(w − 1) = γ: the skewness of a lognormal with e^(ς²) = w. */
function solveSkewness(gamma: number): number {
  let lo = 1;
  let hi = 2;
  while ((hi + 2) * Math.sqrt(hi - 1) < gamma) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = 0.5 * (lo + hi);
    if ((mid + 2) * Math.sqrt(mid - 1) < gamma) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Mean, covariance (d×d, row-major) and skewness of one creator's volumes Y_Q. */
export interface CreatorMoments {
  mean: Float64Array;
  cov: Float64Array;
  skew: Float64Array;
}

/** One creator's moments when Y_Q is the lognormal exp(Σ_{k∈S_Q} a_k·z_k). */
export function lognormalMoments(a: Float64Array): CreatorMoments {
  const d = SETS.length;
  const common = new Float64Array(d * d);
  for (let q = 0; q < d; q++)
    for (let r = 0; r < d; r++)
      for (const k of SETS[q] as readonly number[]) if ((SETS[r] as readonly number[]).includes(k)) common[q * d + r] = (common[q * d + r] as number) + (a[k] as number) ** 2;
  const mean = new Float64Array(d);
  for (let q = 0; q < d; q++) mean[q] = Math.exp(0.5 * (common[q * d + q] as number));
  const cov = new Float64Array(d * d);
  const skew = new Float64Array(d);
  for (let q = 0; q < d; q++) {
    const w = Math.exp(common[q * d + q] as number);
    skew[q] = (w + 2) * Math.sqrt(w - 1);
    for (let r = 0; r < d; r++) cov[q * d + r] = (mean[q] as number) * (mean[r] as number) * Math.expm1(common[q * d + r] as number);
  }
  return { mean, cov, skew };
}

export function fitGroupSum(a: Float64Array, creators: number): SumFit {
  return fitSum(lognormalMoments(a), creators);
}

/** The shifted-lognormal fit to the sum of `creators` independent creators with moments m. */
export function fitSum(m: CreatorMoments, creators: number, threeMoments = true): SumFit {
  const d = SETS.length;
  const C = creators;
  const shift = new Float64Array(d);
  const scale = new Float64Array(d);
  const half = new Float64Array(d);
  for (let q = 0; q < d; q++) {
    const mean = m.mean[q] as number;
    const variance = m.cov[q * d + q] as number;
    const sumMean = C * mean;
    const gamma = (m.skew[q] as number) / Math.sqrt(C);
    if (variance <= 1e-15 * mean * mean) {
      shift[q] = sumMean;
      continue;
    }
    // The shifted lognormal has positive skewness only: a sum without it gets the two-moment fit.
    if (threeMoments && !(gamma > 1e-9)) return fitSum(m, creators, false);
    const w = threeMoments ? solveSkewness(gamma) : 1 + variance / (mean * mean * C);
    scale[q] = Math.sqrt((C * variance) / (w - 1));
    if (!threeMoments) scale[q] = sumMean;
    shift[q] = sumMean - (scale[q] as number);
    // A negative shift would let a sum of positive volumes go below zero.
    if (threeMoments && (shift[q] as number) < 0) return fitSum(m, creators, false);
    half[q] = 0.5 * Math.log(w);
  }
  const sigma = new Float64Array(d * d);
  for (let q = 0; q < d; q++)
    for (let r = 0; r < d; r++) {
      const sq = scale[q] as number;
      const sr = scale[r] as number;
      if (sq === 0 || sr === 0) continue;
      sigma[q * d + r] = q === r ? 2 * (half[q] as number) : Math.log1p((C * (m.cov[q * d + r] as number)) / (sq * sr));
    }
  const chol = cholesky(sigma, d);
  if (!chol) {
    if (threeMoments) return fitSum(m, creators, false);
    throw new Error('group-sum covariance is not positive semi-definite');
  }
  return { shift, scale, half, chol };
}

import { normalCdf, normalQuantile } from '../normal';

/**
 * The number of a summed group's creators that reach a bonus, drawn exactly (docs/MODEL.md §10).
 * Given a trial's shared factors the creators' volumes are independent and alike, so the count K
 * over the threshold is Binomial(C, p), p the chance one creator reaches it. K is drawn by its
 * inverse distribution function at Φ(w), w a standard normal that the caller correlates with the
 * group's volume sum (a Gaussian copula), so that the bonus keeps its link to the group's sales.
 */

/**
 * Up to this expected count on the rarer side, C·min(p, 1 − p), K is found by walking its
 * probabilities from 0 (about that many steps; (1 − p)^C stays far above underflow); beyond, its
 * sd exceeds 14 and the binomial is the normal rounded, to well within the sampling error of any
 * allowed trial count.
 */
export const WALK_LIMIT = 200;

/** The count at normal score w: the least k with P(K ≤ k) ≥ Φ(w), K ~ Binomial(C, p). */
export function binomialAt(C: number, p: number, w: number): number {
  if (!(p > 0)) return 0;
  if (p >= 1) return C;
  if (C * Math.min(p, 1 - p) > WALK_LIMIT) {
    const k = Math.floor(C * p + Math.sqrt(C * p * (1 - p)) * w + 0.5);
    return k < 0 ? 0 : k > C ? C : k;
  }
  // The rarer side is walked: for p > ½ the creators who miss the bonus, whose count falls as w grows.
  return p <= 0.5 ? walk(C, p, normalCdf(w)) : C - walk(C, 1 - p, normalCdf(-w));
}

function walk(C: number, q: number, u: number): number {
  let pmf = Math.exp(C * Math.log1p(-q));
  let cdf = pmf;
  const ratio = q / (1 - q);
  let k = 0;
  while (cdf < u && k < C) {
    pmf *= ((C - k) / (k + 1)) * ratio;
    k++;
    cdf += pmf;
  }
  return k;
}

/** Thresholds with P(K ≤ k − 1) outside (TINY, 1 − TINY) add under 1e−12 to a covariance: left out. */
const TINY = 1e-12;

/**
 * The copula's correlation ρ between w and the group sum's normal score z such that
 * corr(K, S) = r, the correlation of one creator's count (1 or 0) with its volume (the same for the
 * group, since both are sums of C independent pairs). S's shape is a shifted lognormal in z,
 * τ + s·exp(σz − σ²/2) (sumFit.ts), and with T = exp(σz − σ²/2):
 *   Cov(T, K) = Σ_{k≥1} E[T·1{w > q_k}] − P(w > q_k) = Σ_k Φ(ρσ − q_k) − Φ(−q_k),  q_k = Φ⁻¹(P(K ≤ k − 1)),
 * since under the tilt by T, w has mean ρσ. It increases with ρ; solved by safeguarded Newton
 * steps. Where K is the rounded normal (above WALK_LIMIT), K ≈ Cp + sd·w and Cov(T, K) = sd·ρσ.
 * Clipped to [−1, 1] where the marginals cannot reach r.
 */
export function copulaRho(r: number, C: number, p: number, sigma: number): number {
  if (!(p > 0 && p < 1) || r === 0 || sigma === 0) return 0;
  const sdK = Math.sqrt(C * p * (1 - p));
  const sdT = Math.sqrt(Math.expm1(sigma * sigma));
  const target = r * sdT * sdK;
  const clip = (x: number) => (x > 1 ? 1 : x < -1 ? -1 : x);
  if (C * Math.min(p, 1 - p) > WALK_LIMIT) return clip((r * sdT) / sigma);
  // The rarer side's thresholds: for p > ½, K = C − K' with K' ~ Binomial(C, 1 − p) at score −w.
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  const thresholds: number[] = [];
  let pmf = Math.exp(C * Math.log1p(-q));
  let cdf = pmf;
  const ratio = q / (1 - q);
  for (let k = 1; k <= C && cdf < 1 - TINY; k++) {
    if (cdf > TINY) thresholds.push(normalQuantile(cdf));
    pmf *= ((C - k + 1) / k) * ratio;
    cdf += pmf;
  }
  // Cov(T, K) at ρ, and its derivative: for the flipped side Cov(T, K) = −G(−ρσ), G(x) = Σ Φ(x − q_k) − Φ(−q_k).
  let base = 0;
  for (const t of thresholds) base += normalCdf(-t);
  const cov = (rho: number): [number, number] => {
    const x = flip ? -rho * sigma : rho * sigma;
    let g = -base, dg = 0;
    for (const t of thresholds) {
      g += normalCdf(x - t);
      dg += Math.exp(-0.5 * (x - t) * (x - t));
    }
    return [flip ? -g : g, (sigma * dg) / Math.sqrt(2 * Math.PI)];
  };
  let lo = -1, hi = 1;
  if (cov(hi)[0] <= target) return 1;
  if (cov(lo)[0] >= target) return -1;
  let rho = clip((r * sdT) / sigma);
  for (let i = 0; i < 40; i++) {
    const [f, df] = cov(rho);
    if (Math.abs(f - target) <= 1e-9 * sdT * sdK) break;
    if (f < target) lo = rho;
    else hi = rho;
    const next = df > 0 ? rho - (f - target) / df : NaN;
    rho = next > lo && next < hi ? next : 0.5 * (lo + hi);
  }
  return rho;
}

import { normalCdf } from '../normal';
import { SETS, type CreatorMoments } from './sumFit';

/**
 * When one creator's volumes are very skewed (wide ranges, small ρc), a group's sum is shaped by
 * its few creators far out in the tail: the three-moment fit (sumFit.ts) then misses the sum's
 * kurtosis and is off in the tails by several per cent of the sd (issue 7 §2). The split draws
 * those few creators exactly and fits only the rest, whose moments are tame.
 *
 * A creator is in the tail when its score u·z passes the cut c, with z its within-group normals
 * (one per rate kind, ln Y_Q = t_Q·z, t_Q = a on S_Q) and u the unit direction of conversions and
 * leads together. Every truncated moment has a closed form: E[e^(t·z)·1{u·z ≤ c}] = e^(|t|²/2)·Φ(c − t·u).
 * Per trial the tail count N is binomial(C, p), p = 1 − Φ(c); the C − N others are the bulk, drawn
 * from the fit to C·(1 − p) bulk creators rescaled to C − N (its shape changes by N/C, nothing);
 * mean and covariance of the total are then exact (law of total variance over N).
 */
export interface TailSplit {
  cut: number;
  /** P(u·z > c) */
  p: number;
  /** the expected number of tail creators per trial, C·p */
  expected: number;
  u: Float64Array;
  /** one bulk creator's moments, given u·z ≤ c */
  bulk: CreatorMoments;
}

/**
 * The bound on the excess kurtosis of the fitted sum (the fourth moment the fit leaves out):
 * a group is summed without a split while κ(one creator)/C stays below it, and otherwise split at
 * the highest cut whose bulk keeps κ(bulk creator)/C below it. Against exact sampling
 * (test/engine/montecarlo.approx.test.ts) the P95 error was 0.07 sd at κ/C = 1.9 (the old
 * switch-over, issue 7 §2) and about 0.01–0.02 sd at 0.1; at this bound it stays near 0.01 sd.
 */
export const KURTOSIS_BOUND = 0.05;

/** Φ⁻¹(1 − p) for small p, by bisection: only used once per line item. */
function upperQuantile(p: number): number {
  let lo = 0;
  let hi = 40;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (normalCdf(-mid) > p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

function exponents(a: Float64Array): Float64Array[] {
  return SETS.map((set) => {
    const t = new Float64Array(a.length);
    for (const k of set) t[k] = a[k] as number;
    return t;
  });
}

const dot = (x: Float64Array, y: Float64Array) => x.reduce((s, v, i) => s + v * (y[i] as number), 0);

function unit(x: Float64Array): Float64Array | null {
  const norm = Math.sqrt(dot(x, x));
  return norm === 0 ? null : x.map((v) => v / norm);
}

/** E[e^(t·z)·1{u·z ≤ c}] for z standard normal; c = Infinity for no truncation. */
function truncated(t: Float64Array, u: Float64Array, c: number): number {
  const e = Math.exp(0.5 * dot(t, t));
  return c === Infinity ? e : e * normalCdf(c - dot(t, u));
}

/** One creator's moments given u·z ≤ c, and the excess kurtosis of each volume. */
function momentsBelow(t: Float64Array[], u: Float64Array, c: number): CreatorMoments & { kurtosis: Float64Array } {
  const d = t.length;
  const below = c === Infinity ? 1 : normalCdf(c);
  const raw = (q: Float64Array) => truncated(q, u, c) / below;
  const times = (q: Float64Array, k: number) => q.map((v) => v * k);
  const mean = new Float64Array(d);
  const cov = new Float64Array(d * d);
  const skew = new Float64Array(d);
  const kurtosis = new Float64Array(d);
  for (let q = 0; q < d; q++) mean[q] = raw(t[q] as Float64Array);
  for (let q = 0; q < d; q++) {
    const tq = t[q] as Float64Array;
    for (let r = 0; r < d; r++) cov[q * d + r] = raw(tq.map((v, k) => v + ((t[r] as Float64Array)[k] as number))) - (mean[q] as number) * (mean[r] as number);
    const m = mean[q] as number;
    const m2 = raw(times(tq, 2));
    const m3 = raw(times(tq, 3));
    const m4 = raw(times(tq, 4));
    const variance = cov[q * d + q] as number;
    if (!(variance > 1e-15 * m * m)) continue;
    skew[q] = (m3 - 3 * m * m2 + 2 * m ** 3) / variance ** 1.5;
    kurtosis[q] = (m4 - 4 * m * m3 + 6 * m * m * m2 - 3 * m ** 4) / variance ** 2 - 3;
  }
  return { mean, cov, skew, kurtosis };
}

/** Where a rate kind's cap lies: ln cap − μ_k, and σ_k, the sd of ln r_k over creators and groups. */
export interface CapLimit {
  headroom: number;
  sigma: number;
}

/** The share of rate k's mean above its cap over all creators, as in plan.ts. */
const capShare = ({ headroom: b, sigma }: CapLimit) => (sigma === 0 ? (b < 0 ? 1 : 0) : normalCdf(sigma - b / sigma));

/**
 * A bulk creator's share of the mean of rate k that lies above its cap, E[r·1{r > cap, u·z ≤ c}]/E[r]:
 * with X = ln r − μ and Y = u·z, under the measure tilted by e^X that is P(X̃ > b, Ỹ ≤ c) with
 * X̃ ~ N(σ², σ²), Ỹ ~ N(ρ, 1), Cov = ρ = a_k·u_k, computed over Ỹ by the trapezoid rule.
 */
function bulkCapRisk(limit: CapLimit, rho: number, c: number): number {
  const { headroom: b, sigma } = limit;
  if (sigma === 0) return b < 0 ? 1 : 0;
  const conditionalSd = Math.sqrt(Math.max(0, sigma * sigma - rho * rho));
  const nodes = 200;
  const lo = rho - 9;
  const step = (c - lo) / nodes;
  let sum = 0;
  for (let i = 0; i <= nodes; i++) {
    const y = lo + i * step;
    const mean = sigma * sigma + rho * (y - rho);
    const above = conditionalSd === 0 ? (mean > b ? 1 : 0) : normalCdf((mean - b) / conditionalSd);
    const weight = i === 0 || i === nodes ? 0.5 : 1;
    sum += weight * Math.exp(-0.5 * (y - rho) ** 2) * above;
  }
  return (sum * step) / Math.sqrt(2 * Math.PI);
}

/** The excess kurtosis that matters: that of conversions and, when there are leads, of leads. */
const worstKurtosis = (k: Float64Array, leads: boolean) => Math.max(k[2] as number, leads ? (k[3] as number) : 0);

/**
 * undefined: the plain fit is accurate enough; null: no split at a tail count below maxTail is
 * (the group is best drawn creator by creator); otherwise the split.
 */
export function chooseTailSplit(
  a: Float64Array,
  creators: number,
  leads: boolean,
  maxTail: number,
  caps: { limits: readonly CapLimit[]; bound: number; risk: number },
): TailSplit | null | undefined {
  const t = exponents(a);
  const plain = unit(Float64Array.from(a, (v, k) => (k === 3 && !leads ? 0 : v)));
  if (plain === null) return undefined;
  if (caps.risk <= caps.bound && worstKurtosis(momentsBelow(t, plain, Infinity).kurtosis, leads) / creators <= KURTOSIS_BOUND) return undefined;
  // The tail creators are drawn with their caps; the bulk's fit has none, so its capped share must
  // be negligible. Leaning the score towards the rate kinds that reach their caps puts those creators in the tail.
  const risky = caps.limits.map((limit) => capShare(limit) > caps.bound / 8);
  const leans = caps.risk <= caps.bound ? [1] : [1, 2, 4, 8];
  const capsHold = (u: Float64Array, cut: number) =>
    caps.risk <= caps.bound || caps.limits.reduce((sum, limit, k) => sum + bulkCapRisk(limit, (a[k] as number) * (u[k] as number), cut), 0) <= caps.bound;
  // The bulk's kurtosis and capped share both shrink as the cut comes down: take, per lean, the
  // highest cut that meets both (bisection), and of those the one with the fewest tail creators.
  const lowest = upperQuantile(Math.min(0.5, maxTail / creators));
  let best: TailSplit | null = null;
  for (const lean of leans) {
    const u = unit(plain.map((v, k) => (risky[k] ? v * lean : v))) as Float64Array;
    const holds = (cut: number) => worstKurtosis(momentsBelow(t, u, cut).kurtosis, leads) / (creators * normalCdf(cut)) <= KURTOSIS_BOUND && capsHold(u, cut);
    if (!(maxTail >= 1) || !holds(lowest)) continue;
    let lo = lowest;
    let hi = 9;
    for (let i = 0; i < 40; i++) {
      const mid = 0.5 * (lo + hi);
      if (holds(mid)) lo = mid;
      else hi = mid;
    }
    const p = normalCdf(-lo);
    if (best === null || p < best.p) {
      const bulk = momentsBelow(t, u, lo);
      best = { cut: lo, p, expected: creators * p, u, bulk: { mean: bulk.mean, cov: bulk.cov, skew: bulk.skew } };
    }
  }
  return best;
}

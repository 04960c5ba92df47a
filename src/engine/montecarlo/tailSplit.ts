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
 * the smallest expected tail count whose bulk keeps κ(bulk creator)/C below it. Comparisons with
 * exact sampling (test/engine/montecarlo.approx.test.ts) measured the tail error at about 0.04 sd
 * per unit of κ/C, so this bound keeps P5/P95 within about 0.4% of the sd.
 */
export const KURTOSIS_BOUND = 0.1;
const TAIL_COUNTS = [1, 2, 4, 8, 16, 32, 64, 128];

/** Φ⁻¹(1 − p) for small p, by bisection: only used once per line item. */
function upperQuantile(p: number): number {
  let lo = 0;
  let hi = 40;
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (1 - normalCdf(mid) > p) lo = mid;
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

/** The excess kurtosis that matters: that of conversions and, when there are leads, of leads. */
const worstKurtosis = (k: Float64Array, leads: boolean) => Math.max(k[2] as number, leads ? (k[3] as number) : 0);

/**
 * undefined: the plain fit is accurate enough; null: no split at a tail count below maxTail is
 * (the group is best drawn creator by creator); otherwise the split.
 */
export function chooseTailSplit(a: Float64Array, creators: number, leads: boolean, maxTail: number): TailSplit | null | undefined {
  const t = exponents(a);
  const direction = Float64Array.from(a, (v, k) => (k === 3 && !leads ? 0 : v));
  const norm = Math.sqrt(dot(direction, direction));
  if (norm === 0) return undefined;
  const u = direction.map((v) => v / norm);
  if (worstKurtosis(momentsBelow(t, u, Infinity).kurtosis, leads) / creators <= KURTOSIS_BOUND) return undefined;
  for (const expected of TAIL_COUNTS) {
    if (expected > maxTail) break;
    const p = expected / creators;
    const cut = upperQuantile(p);
    const bulk = momentsBelow(t, u, cut);
    if (worstKurtosis(bulk.kurtosis, leads) / (creators * (1 - p)) <= KURTOSIS_BOUND) {
      return { cut, p: 1 - normalCdf(cut), expected, u, bulk: { mean: bulk.mean, cov: bulk.cov, skew: bulk.skew } };
    }
  }
  return null;
}

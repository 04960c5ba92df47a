import type { Rng } from './rng';
import { exp } from './montecarlo/exp';

/**
 * Standard normal draws by the ziggurat method (Marsaglia & Tsang 2000, 128 layers). One 32-bit
 * draw gives the layer (its low 7 bits) and, independently, a signed 25-bit position in the layer
 * (its high bits), which avoids the layer/value correlation of the original code; about 99% of
 * draws are accepted at once, with one multiplication and one comparison.
 */
const LAYERS = 128;
const SCALE = 16777216; // 2^24: the position is a signed integer in [−2^24, 2^24)
const R = 3.442619855899;
const V = 9.91256303526217e-3;
const SURELY_BELOW = 1 - 2 ** -40;
const SURELY_ABOVE = 1 + 2 ** -40;

const kn = new Int32Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);

(function buildTables() {
  let dn = R;
  let tn = dn;
  const q = V / Math.exp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * SCALE);
  kn[1] = 0;
  wn[0] = q / SCALE;
  wn[LAYERS - 1] = dn / SCALE;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * SCALE);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / SCALE;
  }
})();

function slowPath(rng: Rng, hz: number, iz: number): number {
  for (;;) {
    if (iz === 0) {
      // The tail beyond R, sampled by Marsaglia's exponential rejection.
      let x: number;
      let y: number;
      do {
        x = -Math.log(rng.nextFloat()) / R;
        y = -Math.log(rng.nextFloat());
      } while (y + y < x * x);
      return hz > 0 ? R + x : -R - x;
    }
    const x = hz * (wn[iz] as number);
    const f1 = fn[iz] as number;
    const y = f1 + rng.nextFloat() * ((fn[iz - 1] as number) - f1);
    // y < Math.exp(−x²/2), the test that decides the draw, settled by the inlined exp (within a few
    // ulp of Math.exp) unless y lies within 2^−40 of it; Math.exp is a call that costs ~3% of a run.
    const f = exp(-0.5 * x * x);
    if (y < f * SURELY_BELOW || (y <= f * SURELY_ABOVE && y < Math.exp(-0.5 * x * x))) return x;
    const u = rng.nextInt32();
    iz = u & 127;
    hz = u >> 7;
    if ((hz < 0 ? -hz : hz) < (kn[iz] as number)) return hz * (wn[iz] as number);
  }
}

/** One standard normal draw. */
export function normal(rng: Rng): number {
  const u = rng.nextInt32();
  const iz = u & 127;
  const hz = u >> 7;
  const k = kn[iz] as number;
  if (hz < k && hz > -k) return hz * (wn[iz] as number);
  return slowPath(rng, hz, iz);
}

/** The hz and iz of the draw that stopped fastRun. */
const rejected = new Int32Array(2);

/**
 * Fills out[from..to) with standard normal draws: the same numbers as calling normal() in turn,
 * with the generator's state held in locals (the hot loop of the Monte Carlo engine). The rare
 * draw outside its layer's box stops the fast loop and is finished apart, which keeps the slow
 * path's code and registers out of the loop.
 */
export function fillNormals(rng: Rng, out: Float64Array, from = 0, to = out.length): void {
  for (let i = fastRun(rng, out, from, to); i < to; i = fastRun(rng, out, i + 1, to)) {
    out[i] = slowPath(rng, rejected[0] as number, rejected[1] as number);
  }
}

/** Fills out from `from` until a draw needs the slow path; returns its index (to if none). */
function fastRun(rng: Rng, out: Float64Array, from: number, to: number): number {
  const s = rng.s;
  let a = s[0] as number;
  let b = s[1] as number;
  let c = s[2] as number;
  let d = s[3] as number;
  let i = from;
  for (; i < to; i++) {
    const u = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + u) | 0;
    const iz = u & 127;
    const hz = u >> 7;
    // |hz| < k as two comparisons: V8 compiles the absolute value to a branch that the sign of hz,
    // a coin toss, mispredicts half the time.
    const k = kn[iz] as number;
    if (hz < k && hz > -k) {
      out[i] = hz * (wn[iz] as number);
    } else {
      rejected[0] = hz;
      rejected[1] = iz;
      break;
    }
  }
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
  return i;
}

/** Standard normal cumulative distribution Φ(x), via erfc (Numerical Recipes' erfcc, |ε| < 1.2e−7). */
export function normalCdf(x: number): number {
  const tail = normalTail(x);
  return x >= 0 ? 1 - tail : tail;
}

/**
 * Φ(−|x|), the tail beyond |x|, from which normalCdf is made: a caller that needs Φ on both sides
 * of one point (Φ(x) and Φ(−x)) computes it once.
 */
export function normalTail(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return 0.5 * erfc;
}

/**
 * The standard normal quantile Φ⁻¹(u) for 0 < u < 1 (Acklam's rational approximation, relative
 * error under 1.2e−9): ±Infinity at 0 and 1.
 */
export function normalQuantile(u: number): number {
  if (u <= 0) return -Infinity;
  if (u >= 1) return Infinity;
  if (u < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(u));
    return (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) * q + 2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  }
  if (u > 1 - 0.02425) return -normalQuantile(1 - u);
  const q = u - 0.5;
  const r = q * q;
  return ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r - 3.066479806614716e1) * r + 2.506628277459239) * q) /
    (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r - 1.328068155288572e1) * r + 1);
}

import type { Rng } from '../rng';
import { fillNormals } from '../normal';
import { exp, expm1 } from './exp';
import type { VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';
import type { Scratch } from './buffers';

/**
 * A group that moves as one creator: one creator, ρc = 1, or every rate known. Then
 * √ρc·g + √(1−ρc)·z collapses to √(ρc·ρg)·G + √(1−ρc·ρg)·w, one normal w per uncertain rate kind
 * and trial, and the group's volumes are C times one creator's. Caps are applied in log space.
 */
export function sampleOne(
  plan: LineItemPlan,
  rngs: readonly Rng[],
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  rhoC: number,
  rhoG: number,
  scratch: Scratch,
  out: VolumeBlock,
): void {
  const [wR, wK, wV, wL] = drawOne(plan, rngs, n, scratch);
  const [gR, gK, gV, gL] = campaign as [Float64Array, Float64Array, Float64Array, Float64Array];
  const { muR, muK, muV, muL, bR, bK, bV, bL, cR, cK, cV, cL, capR, capK, capV, capL } = oneCoefficients(plan, rhoC, rhoG);
  const volume = plan.creators * plan.posts * plan.followers;
  const people = plan.creators * plan.followers;
  const posts = plan.posts;
  const { impressions, reach, clicks, conversions, leads } = out;
  // A lead rate of 0 is common (leads are optional): skip its exponential.
  const noLeads = muL === -Infinity;
  for (let t = 0; t < n; t++) {
    const u = t0 + t;
    let lr = muR + bR * (gR[u] as number) + cR * (wR[t] as number);
    let lk = muK + bK * (gK[u] as number) + cK * (wK[t] as number);
    let lv = muV + bV * (gV[u] as number) + cV * (wV[t] as number);
    let ll = muL + bL * (gL[u] as number) + cL * (wL[t] as number);
    if (lr > capR) lr = capR;
    if (lk > capK) lk = capK;
    if (lv > capV) lv = capV;
    if (ll > capL) ll = capL;
    const r = exp(lr);
    const imp = volume * r;
    const clk = imp * exp(lk);
    impressions[t] = imp;
    reach[t] = r;
    clicks[t] = clk;
    conversions[t] = clk * exp(lv);
    leads[t] = noLeads ? 0 : clk * exp(ll);
  }
  reachFromRates(reach, n, people, posts);
}

/** The draws w of a block, per rate kind; zeros for a known rate, so the loops need no branch per kind. */
export function drawOne(plan: LineItemPlan, rngs: readonly Rng[], n: number, scratch: Scratch): [Float64Array, Float64Array, Float64Array, Float64Array] {
  const w: Float64Array[] = [];
  for (let k = 0; k < 4; k++) {
    const buf = plan.uncertain[k] ? (scratch.normals[k] as Float64Array) : scratch.zeros;
    if (plan.uncertain[k]) fillNormals(rngs[k] as Rng, buf, 0, n);
    w.push(buf);
  }
  return w as [Float64Array, Float64Array, Float64Array, Float64Array];
}

/** ln r = mu + b·G + c·w per rate kind, capped at cap. */
export function oneCoefficients(plan: LineItemPlan, rhoC: number, rhoG: number) {
  const b = Math.sqrt(rhoC * rhoG);
  const c = Math.sqrt(1 - rhoC * rhoG);
  const [muR, muK, muV, muL] = plan.mu as unknown as [number, number, number, number];
  const [sR, sK, sV, sL] = plan.sigma as unknown as [number, number, number, number];
  const [capR, capK, capV, capL] = plan.lnCap as unknown as [number, number, number, number];
  return { muR, muK, muV, muL, bR: sR * b, bK: sK * b, bV: sV * b, bL: sL * b, cR: sR * c, cK: sK * c, cV: sV * c, cL: sL * c, capR, capK, capV, capL };
}

/**
 * Unique reach from the reach rates the loop above leaves in place: a pass of its own, so that V8's
 * inlining budget covers the four exps there and the expm1 here.
 */
function reachFromRates(reach: Float64Array, n: number, people: number, posts: number): void {
  for (let t = 0; t < n; t++) reach[t] = -people * expm1(-posts * (reach[t] as number));
}

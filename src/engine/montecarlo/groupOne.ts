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
  const b = Math.sqrt(rhoC * rhoG);
  const c = Math.sqrt(1 - rhoC * rhoG);
  const w: Float64Array[] = [];
  for (let k = 0; k < 4; k++) {
    const buf = plan.uncertain[k] ? (scratch.normals[k] as Float64Array) : scratch.zeros;
    if (plan.uncertain[k]) fillNormals(rngs[k] as Rng, buf, 0, n);
    w.push(buf);
  }
  const [wR, wK, wV, wL] = w as [Float64Array, Float64Array, Float64Array, Float64Array];
  const [gR, gK, gV, gL] = campaign as [Float64Array, Float64Array, Float64Array, Float64Array];
  const mu = plan.mu;
  const sg = plan.sigma;
  const cap = plan.lnCap;
  const muR = mu[0] as number, muK = mu[1] as number, muV = mu[2] as number, muL = mu[3] as number;
  const bR = (sg[0] as number) * b, bK = (sg[1] as number) * b, bV = (sg[2] as number) * b, bL = (sg[3] as number) * b;
  const cR = (sg[0] as number) * c, cK = (sg[1] as number) * c, cV = (sg[2] as number) * c, cL = (sg[3] as number) * c;
  const capR = cap[0] as number, capK = cap[1] as number, capV = cap[2] as number, capL = cap[3] as number;
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

/**
 * Unique reach from the reach rates the loop above leaves in place: a pass of its own, so that V8's
 * inlining budget covers the four exps there and the expm1 here.
 */
function reachFromRates(reach: Float64Array, n: number, people: number, posts: number): void {
  for (let t = 0; t < n; t++) reach[t] = -people * expm1(-posts * (reach[t] as number));
}

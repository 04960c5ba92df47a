import type { Rng } from '../rng';
import { fillNormals } from '../normal';
import type { Scratch, VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';
import { exp, expm1 } from './exp';

/**
 * Exact per-creator sampling (docs/MODEL.md §5 as written): per trial and uncertain rate kind, one group
 * draw e from the kind's stream and one draw z per creator from the kind's creator stream; every creator's rates are
 * capped, and the group's volumes are the sums of its creators' funnels. Cost grows with creators.
 */
export function sampleExact(
  plan: LineItemPlan,
  groupRngs: readonly Rng[],
  creatorRngs: readonly Rng[],
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  rhoC: number,
  rhoG: number,
  scratch: Scratch,
  out: VolumeBlock,
): void {
  const C = plan.creators;
  const stride = C + 1;
  // Per kind and trial t, slot t·stride holds the group draw and the next C slots the creators'.
  const z: Float64Array[] = [];
  for (let k = 0; k < 4; k++) {
    const buf = plan.uncertain[k] ? (scratch.normals[k] as Float64Array) : scratch.zeros;
    if (plan.uncertain[k]) {
      const groupRng = groupRngs[k] as Rng;
      const creatorRng = creatorRngs[k] as Rng;
      for (let t = 0; t < n; t++) {
        fillNormals(groupRng, buf, t * stride, t * stride + 1);
        fillNormals(creatorRng, buf, t * stride + 1, (t + 1) * stride);
      }
    }
    z.push(buf);
  }
  const [zR, zK, zV, zL] = z as [Float64Array, Float64Array, Float64Array, Float64Array];
  const sqC = Math.sqrt(rhoC);
  const sqG = Math.sqrt(rhoG);
  const sqE = Math.sqrt(1 - rhoG);
  const within = Math.sqrt(1 - rhoC);
  const m = new Float64Array(4);
  const a = new Float64Array(4);
  for (let k = 0; k < 4; k++) a[k] = (plan.sigma[k] as number) * within;
  const aR = a[0] as number, aK = a[1] as number, aV = a[2] as number, aL = a[3] as number;
  const cap = plan.lnCap;
  const capR = cap[0] as number, capK = cap[1] as number, capV = cap[2] as number, capL = cap[3] as number;
  const pf = plan.posts * plan.followers;
  const F = plan.followers;
  const P = plan.posts;
  for (let t = 0; t < n; t++) {
    const base = t * stride;
    for (let k = 0; k < 4; k++) {
      const e = (z[k] as Float64Array)[base] as number;
      const g = sqG * ((campaign[k] as Float64Array)[t0 + t] as number) + sqE * e;
      m[k] = (plan.mu[k] as number) + (plan.sigma[k] as number) * sqC * g;
    }
    const mR = m[0] as number, mK = m[1] as number, mV = m[2] as number, mL = m[3] as number;
    let imp = 0;
    let rch = 0;
    let clk = 0;
    let conv = 0;
    let lead = 0;
    for (let j = base + 1; j <= base + C; j++) {
      let lr = mR + aR * (zR[j] as number);
      let lk = mK + aK * (zK[j] as number);
      let lv = mV + aV * (zV[j] as number);
      let ll = mL + aL * (zL[j] as number);
      if (lr > capR) lr = capR;
      if (lk > capK) lk = capK;
      if (lv > capV) lv = capV;
      if (ll > capL) ll = capL;
      const r = exp(lr);
      const c = r * exp(lk);
      imp += r;
      rch -= expm1(-P * r);
      clk += c;
      conv += c * exp(lv);
      lead += c * exp(ll);
    }
    out.impressions[t] = pf * imp;
    out.reach[t] = F * rch;
    out.clicks[t] = pf * clk;
    out.conversions[t] = pf * conv;
    out.leads[t] = pf * lead;
  }
}

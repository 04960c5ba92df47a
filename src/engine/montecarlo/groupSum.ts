import type { Rng } from '../rng';
import { fillNormals } from '../normal';
import type { Scratch, VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';
import { ReachTable } from './reachTable';
import { fitGroupSum, type SumFit } from './sumFit';
import { exp, expm1 } from './exp';
import type { CampaignTotals } from './totals';

/** What a large group needs per trial, computed once per line item. */
export interface GroupSumModel {
  plan: LineItemPlan;
  fit: SumFit;
  /** null when the reach rate is known: every creator then reaches the same share */
  reach: ReachTable | null;
  /** σ_k·√ρc: the group factor's weight in ln r */
  groupWeight: Float64Array;
  sqG: number;
  sqE: number;
}

export function prepareGroupSum(plan: LineItemPlan, rhoC: number, rhoG: number): GroupSumModel {
  const within = Math.sqrt(1 - rhoC);
  const a = plan.sigma.map((s) => s * within);
  const groupWeight = plan.sigma.map((s) => s * Math.sqrt(rhoC));
  const aR = a[0] as number;
  // Normal draws stay within ±9 in practice; beyond, the table's end values are used.
  const reach = aR > 0 ? new ReachTable(Math.log(plan.posts) + (plan.mu[0] as number), 9 * (groupWeight[0] as number), aR) : null;
  return { plan, fit: fitGroupSum(a, plan.creators), reach, groupWeight, sqG: Math.sqrt(rhoG), sqE: Math.sqrt(1 - rhoG) };
}

/** Group sums for a block of trials in O(1) per trial, whatever the number of creators (sumFit.ts). */
export function sampleGroupSum(
  model: GroupSumModel,
  kindRngs: readonly Rng[],
  sumRng: Rng,
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  scratch: Scratch,
  out: VolumeBlock,
  totals: CampaignTotals | null = null,
  u0 = 0,
): void {
  const { plan, fit, reach, sqG, sqE } = model;
  const e: Float64Array[] = [];
  for (let k = 0; k < 4; k++) {
    const buf = plan.uncertain[k] ? (scratch.normals[k] as Float64Array) : scratch.zeros;
    if (plan.uncertain[k]) fillNormals(kindRngs[k] as Rng, buf, 0, n);
    e.push(buf);
  }
  const x = scratch.extra;
  fillNormals(sumRng, x, 0, 4 * n);
  const [eR, eK, eV, eL] = e as [Float64Array, Float64Array, Float64Array, Float64Array];
  const [gR, gK, gV, gL] = campaign as [Float64Array, Float64Array, Float64Array, Float64Array];
  const mu = plan.mu;
  const w = model.groupWeight;
  const muR = mu[0] as number, muK = mu[1] as number, muV = mu[2] as number, muL = mu[3] as number;
  const wR = w[0] as number, wK = w[1] as number, wV = w[2] as number, wL = w[3] as number;
  const [hI] = fit.half as unknown as [number];
  // A lead rate of 0 is common (leads are optional): skip its exponentials.
  const noLeads = muL === -Infinity;
  groupShapes(fit, x, n, noLeads, out);
  const l00 = fit.chol[0] as number;
  const reachNoise = hI > 0 ? 1 / Math.sqrt(2 * hI) : 0;
  const C = plan.creators;
  const F = plan.followers;
  const pf = plan.posts * F;
  const lnP = Math.log(plan.posts);
  const people = C * F;
  const { impressions, reach: reachOut, clicks, conversions, leads } = out;
  // With totals, the volumes also go straight into them: the terms and order of CampaignTotals.add.
  const sink = totals !== null;
  const T = totals ?? EMPTY;
  const tI = T.impressions, tR = T.reach, tC = T.clicks, tV = T.conversions, tN = T.netRevenue, tS = T.cost, tP = T.profit;
  const rpc = plan.revenuePerConversion, ppc = plan.payoutPerConversion, gpc = plan.profitPerConversion;
  const ppl = plan.payoutPerLead, gpl = plan.profitPerLead, fixed = plan.fixedCost;
  for (let t = 0; t < n; t++) {
    const u = t0 + t;
    const mR = muR + wR * (sqG * (gR[u] as number) + sqE * (eR[t] as number));
    const mK = muK + wK * (sqG * (gK[u] as number) + sqE * (eK[t] as number));
    const mV = muV + wV * (sqG * (gV[u] as number) + sqE * (eV[t] as number));
    const mL = muL + wL * (sqG * (gL[u] as number) + sqE * (eL[t] as number));
    const rate = exp(mR);
    const locR = pf * rate;
    const locC = locR * exp(mK);
    const imp = locR * (impressions[t] as number);
    const clk = locC * (clicks[t] as number);
    const conv = locC * exp(mV) * (conversions[t] as number);
    const lead = noLeads ? 0 : locC * exp(mL) * (leads[t] as number);
    let rch: number;
    if (reach === null) {
      rch = -people * expm1(-plan.posts * rate);
    } else {
      // The reach noise follows the impressions noise: both grow with the same creators' reach draws.
      const p = reach.position(lnP + mR);
      const r = F * (C * reach.meanAt(p) + Math.sqrt(C * reach.varianceAt(p)) * (l00 * (x[4 * t] as number)) * reachNoise);
      rch = r < 0 ? 0 : r > people ? people : r;
    }
    if (sink) {
      const v = u0 + t;
      tI[v] = (tI[v] as number) + imp;
      tR[v] = (tR[v] as number) + rch;
      tC[v] = (tC[v] as number) + clk;
      tV[v] = (tV[v] as number) + conv;
      tN[v] = (tN[v] as number) + conv * rpc;
      tS[v] = (tS[v] as number) + (conv * ppc + lead * ppl + fixed);
      tP[v] = (tP[v] as number) + (conv * gpc + lead * gpl - fixed);
    } else {
      impressions[t] = imp;
      reachOut[t] = rch;
      clicks[t] = clk;
      conversions[t] = conv;
      leads[t] = lead;
    }
  }
}

const EMPTY = { impressions: new Float64Array(0), reach: new Float64Array(0), clicks: new Float64Array(0), conversions: new Float64Array(0), netRevenue: new Float64Array(0), cost: new Float64Array(0), profit: new Float64Array(0) };

/**
 * The group sums' shapes T_Q / location, from four normals per trial (x, interleaved), into the
 * volume block; a pass of its own so that V8 inlines every exp of both loops.
 */
function groupShapes(fit: SumFit, x: Float64Array, n: number, noLeads: boolean, out: VolumeBlock): void {
  const L = fit.chol;
  const l00 = L[0] as number;
  const l10 = L[4] as number, l11 = L[5] as number;
  const l20 = L[8] as number, l21 = L[9] as number, l22 = L[10] as number;
  const l30 = L[12] as number, l31 = L[13] as number, l32 = L[14] as number, l33 = L[15] as number;
  const [tI, tC, tV, tL] = fit.shift as unknown as [number, number, number, number];
  const [sI, sC, sV, sL] = fit.scale as unknown as [number, number, number, number];
  const [hI, hC, hV, hL] = fit.half as unknown as [number, number, number, number];
  const { impressions, clicks, conversions, leads } = out;
  for (let t = 0; t < n; t++) {
    const x0 = x[4 * t] as number, x1 = x[4 * t + 1] as number, x2 = x[4 * t + 2] as number, x3 = x[4 * t + 3] as number;
    impressions[t] = tI + sI * exp(l00 * x0 - hI);
    clicks[t] = tC + sC * exp(l10 * x0 + l11 * x1 - hC);
    conversions[t] = tV + sV * exp(l20 * x0 + l21 * x1 + l22 * x2 - hV);
    if (!noLeads) leads[t] = tL + sL * exp(l30 * x0 + l31 * x1 + l32 * x2 + l33 * x3 - hL);
  }
}

import type { Rng } from '../rng';
import { fillNormals } from '../normal';
import type { Scratch, VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';
import { ReachTable } from './reachTable';
import { fitGroupSum, fitSum, type SumFit } from './sumFit';
import { addTail, type TailModel } from './groupTail';
import { withinWeights } from './plan';
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
  /** the main loop's constants (sumLoop) */
  constants: Float64Array;
  /** the tail creators drawn one by one, when the plan splits them off */
  tail: TailModel | null;
}

/**
 * Reach tables by their inputs: they depend on the line item's posts and rates, not on its creator
 * count, so a caller that models one line item at many counts (the allocator) passes one of these
 * and builds each table once.
 */
export type ReachTables = Map<string, ReachTable>;

export function prepareGroupSum(plan: LineItemPlan, rhoC: number, rhoG: number, tables: ReachTables | null = null): GroupSumModel {
  const a = withinWeights(plan.sigma, rhoC);
  const groupWeight = plan.sigma.map((s) => s * Math.sqrt(rhoC));
  const aR = a[0] as number;
  // Normal draws stay within ±9 in practice; beyond, the table's end values are used.
  const centre = Math.log(plan.posts) + (plan.mu[0] as number), halfWidth = 9 * (groupWeight[0] as number);
  let reach: ReachTable | null = null;
  if (aR > 0) {
    const key = `${centre} ${halfWidth} ${aR}`;
    reach = tables?.get(key) ?? new ReachTable(centre, halfWidth, aR);
    tables?.set(key, reach);
  }
  const split = plan.tail;
  const sqG = Math.sqrt(rhoG);
  const sqE = Math.sqrt(1 - rhoG);
  const tail = split ? { split, creators: plan.creators, fitted: plan.creators * (1 - split.p), a, mu: plan.mu, groupWeight, lnCap: plan.lnCap, sqG, sqE } : null;
  const fit = tail ? fitSum(tail.split.bulk, tail.fitted) : fitGroupSum(a, plan.creators);
  const hI = fit.half[0] as number;
  const { creators: C, followers: F, posts } = plan;
  const constants = Float64Array.of(
    ...plan.mu,
    ...groupWeight,
    sqG, sqE, posts * F, Math.log(posts), C, F, C * F,
    fit.chol[0] as number, hI > 0 ? 1 / Math.sqrt(2 * hI) : 0, posts,
    plan.revenuePerConversion, plan.payoutPerConversion, plan.profitPerConversion,
    plan.payoutPerLead, plan.profitPerLead, plan.fixedCost,
  );
  return { plan, fit, reach, groupWeight, sqG, sqE, constants, tail };
}

/** Group sums for a block of trials in O(1) per trial, whatever the number of creators (sumFit.ts). */
export function sampleGroupSum(
  model: GroupSumModel,
  kindRngs: readonly Rng[],
  sumRng: Rng,
  tailRng: Rng,
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  scratch: Scratch,
  out: VolumeBlock,
  totals: CampaignTotals | null = null,
  u0 = 0,
): void {
  const plan = model.plan;
  const e: Float64Array[] = [];
  for (let k = 0; k < 4; k++) {
    const buf = plan.uncertain[k] ? (scratch.normals[k] as Float64Array) : scratch.zeros;
    if (plan.uncertain[k]) fillNormals(kindRngs[k] as Rng, buf, 0, n);
    e.push(buf);
  }
  const x = scratch.extra;
  fillNormals(sumRng, x, 0, 4 * n);
  groupSumFromNormals(model, e, x, tailRng, campaign, t0, n, out, totals, u0);
}

/**
 * sampleGroupSum once its normals are drawn: e per rate kind and x (four per trial, interleaved),
 * block index t. The group and sum streams do not depend on the creator count, so the allocator
 * draws them once per line item and comes here for every count.
 */
export function groupSumFromNormals(
  model: GroupSumModel,
  e: readonly Float64Array[],
  x: Float64Array,
  tailRng: Rng,
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  out: VolumeBlock,
  totals: CampaignTotals | null = null,
  u0 = 0,
): void {
  const { plan, fit, reach } = model;
  // A lead rate of 0 is common (leads are optional): skip its exponentials.
  groupShapes(fit, x, n, plan.mu[3] === -Infinity, out);
  if (model.tail) addTail(model.tail, tailRng, { e, g: campaign, t0 }, n, plan.mu[3] === -Infinity, out);
  const T = totals ?? EMPTY;
  const g = campaign as [Float64Array, Float64Array, Float64Array, Float64Array];
  const o = out;
  sumLoop(e[0]!, e[1]!, e[2]!, e[3]!, g[0], g[1], g[2], g[3], x, model.constants, reach, o.impressions, o.reach, o.clicks, o.conversions, o.leads,
    totals !== null, T.impressions, T.reach, T.clicks, T.conversions, T.netRevenue, T.cost, T.profit, t0, n, u0);
}

/**
 * The main loop, with nothing but its arguments before it, for the reason given at oneLoop
 * (groupOneTotals.ts). With a sink, the volumes go straight into the totals, with the terms and
 * order of CampaignTotals.add; without, into the volume block.
 */
function sumLoop(
  eR: Float64Array, eK: Float64Array, eV: Float64Array, eL: Float64Array,
  gR: Float64Array, gK: Float64Array, gV: Float64Array, gL: Float64Array,
  x: Float64Array, k: Float64Array, reach: ReachTable | null,
  impressions: Float64Array, reachOut: Float64Array, clicks: Float64Array, conversions: Float64Array, leads: Float64Array,
  sink: boolean,
  tI: Float64Array, tR: Float64Array, tC: Float64Array, tV: Float64Array, tN: Float64Array, tS: Float64Array, tP: Float64Array,
  t0: number, n: number, u0: number,
): void {
  for (let t = 0; t < n; t++) {
    const u = t0 + t;
    const sqG = k[8] as number, sqE = k[9] as number;
    const mR = (k[0] as number) + (k[4] as number) * (sqG * (gR[u] as number) + sqE * (eR[t] as number));
    const mK = (k[1] as number) + (k[5] as number) * (sqG * (gK[u] as number) + sqE * (eK[t] as number));
    const mV = (k[2] as number) + (k[6] as number) * (sqG * (gV[u] as number) + sqE * (eV[t] as number));
    const mL = (k[3] as number) + (k[7] as number) * (sqG * (gL[u] as number) + sqE * (eL[t] as number));
    const rate = exp(mR);
    const locR = (k[10] as number) * rate;
    const locC = locR * exp(mK);
    const imp = locR * (impressions[t] as number);
    const clk = locC * (clicks[t] as number);
    const conv = locC * exp(mV) * (conversions[t] as number);
    const lead = k[3] === -Infinity ? 0 : locC * exp(mL) * (leads[t] as number);
    const people = k[14] as number;
    let rch: number;
    if (reach === null) {
      rch = -people * expm1(-(k[17] as number) * rate);
    } else {
      // The reach noise follows the impressions noise: both grow with the same creators' reach draws.
      const C = k[12] as number;
      const p = reach.position((k[11] as number) + mR);
      const r = (k[13] as number) * (C * reach.meanAt(p) + Math.sqrt(C * reach.varianceAt(p)) * ((k[15] as number) * (x[4 * t] as number)) * (k[16] as number));
      rch = r < 0 ? 0 : r > people ? people : r;
    }
    if (sink) {
      const v = u0 + t;
      const fixed = k[23] as number;
      tI[v] = (tI[v] as number) + imp;
      tR[v] = (tR[v] as number) + rch;
      tC[v] = (tC[v] as number) + clk;
      tV[v] = (tV[v] as number) + conv;
      tN[v] = (tN[v] as number) + conv * (k[18] as number);
      tS[v] = (tS[v] as number) + (conv * (k[19] as number) + lead * (k[21] as number) + fixed);
      tP[v] = (tP[v] as number) + (conv * (k[20] as number) + lead * (k[22] as number) - fixed);
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

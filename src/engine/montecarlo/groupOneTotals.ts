import type { Rng } from '../rng';
import { exp, expm1 } from './exp';
import type { Scratch } from './buffers';
import { drawOne, oneCoefficients } from './groupOne';
import type { LineItemPlan } from './plan';
import type { CampaignTotals } from './totals';

/**
 * sampleOne and CampaignTotals.add in one pass, for runs that keep no per-line-item samples: the
 * volumes go straight into the totals instead of through a block that a second pass reads back.
 * Every total gets the same terms in the same order as there, so the numbers are identical.
 */
export function sampleOneTotals(
  plan: LineItemPlan,
  rngs: readonly Rng[],
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  rhoC: number,
  rhoG: number,
  scratch: Scratch,
  totals: CampaignTotals,
  u0: number,
): void {
  const [wR, wK, wV, wL] = drawOne(plan, rngs, n, scratch);
  const [gR, gK, gV, gL] = campaign as [Float64Array, Float64Array, Float64Array, Float64Array];
  const { muR, muK, muV, muL, bR, bK, bV, bL, cR, cK, cV, cL, capR, capK, capV, capL } = oneCoefficients(plan, rhoC, rhoG);
  const volume = plan.creators * plan.posts * plan.followers;
  const rpc = plan.revenuePerConversion, ppc = plan.payoutPerConversion, gpc = plan.profitPerConversion;
  const ppl = plan.payoutPerLead, gpl = plan.profitPerLead, fixed = plan.fixedCost;
  const { impressions: tI, clicks: tC, conversions: tV, netRevenue: tN, cost: tS, profit: tP } = totals;
  // The reach rates wait here for the reach pass.
  const rates = scratch.extra;
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
    const conv = clk * exp(lv);
    const lead = noLeads ? 0 : clk * exp(ll);
    rates[t] = r;
    const v = u0 + t;
    tI[v] = (tI[v] as number) + imp;
    tC[v] = (tC[v] as number) + clk;
    tV[v] = (tV[v] as number) + conv;
    tN[v] = (tN[v] as number) + conv * rpc;
    tS[v] = (tS[v] as number) + (conv * ppc + lead * ppl + fixed);
    tP[v] = (tP[v] as number) + (conv * gpc + lead * gpl - fixed);
  }
}

/**
 * Adds the unique reach from the rates sampleOneTotals left in scratch.extra: a pass of its own,
 * called apart (not from sampleOneTotals, where V8 would inline it with no budget left for expm1).
 */
export function addOneReach(plan: LineItemPlan, scratch: Scratch, totals: CampaignTotals, u0: number, n: number): void {
  const rates = scratch.extra;
  const tR = totals.reach;
  const people = plan.creators * plan.followers;
  const posts = plan.posts;
  for (let t = 0; t < n; t++) {
    const v = u0 + t;
    tR[v] = (tR[v] as number) + -people * expm1(-posts * (rates[t] as number));
  }
}

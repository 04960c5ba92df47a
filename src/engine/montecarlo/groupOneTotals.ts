import type { Rng } from '../rng';
import { exp, expm1 } from './exp';
import type { Scratch } from './buffers';
import { drawOne } from './groupOne';
import type { LineItemPlan } from './plan';
import type { CampaignTotals } from './totals';

/**
 * The loop's constants, per line item: ln r = mu + b·G + c·w capped at cap for reach, click,
 * conversion and lead (4 each, in that order), then volume, revenue/payout/profit per conversion,
 * payout/profit per lead and the fixed cost.
 */
export function oneConstants(plan: LineItemPlan, rhoC: number, rhoG: number): Float64Array {
  const b = Math.sqrt(rhoC * rhoG);
  const c = Math.sqrt(1 - rhoC * rhoG);
  return Float64Array.of(
    ...plan.mu,
    ...plan.sigma.map((s) => s * b),
    ...plan.sigma.map((s) => s * c),
    ...plan.lnCap,
    plan.creators * plan.posts * plan.followers,
    plan.revenuePerConversion, plan.payoutPerConversion, plan.profitPerConversion,
    plan.payoutPerLead, plan.profitPerLead, plan.fixedCost,
  );
}

/**
 * sampleOne and CampaignTotals.add in one pass, for runs that keep no per-line-item samples: the
 * volumes go straight into the totals instead of through a block that a second pass reads back.
 * Every total gets the same terms in the same order as there, so the numbers are identical.
 */
export function sampleOneTotals(
  plan: LineItemPlan,
  k: Float64Array,
  rngs: readonly Rng[],
  campaign: readonly Float64Array[],
  t0: number,
  n: number,
  scratch: Scratch,
  totals: CampaignTotals,
  u0: number,
): void {
  const w = drawOne(plan, rngs, n, scratch);
  const g = campaign as [Float64Array, Float64Array, Float64Array, Float64Array];
  const { impressions, clicks, conversions, netRevenue, cost, profit } = totals;
  oneLoop(w[0], w[1], w[2], w[3], g[0], g[1], g[2], g[3], k, impressions, clicks, conversions, netRevenue, cost, profit, scratch.extra, t0, n, u0);
}

/**
 * The loop on its own, with nothing but its arguments before it: V8 may optimise a function during
 * its first call, before the code ahead of the loop has type feedback; such code deoptimises at
 * once and left the function in on-stack-replacement code, ~30% slower, for the rest of the run.
 */
function oneLoop(
  wR: Float64Array, wK: Float64Array, wV: Float64Array, wL: Float64Array,
  gR: Float64Array, gK: Float64Array, gV: Float64Array, gL: Float64Array,
  k: Float64Array,
  tI: Float64Array, tC: Float64Array, tV: Float64Array, tN: Float64Array, tS: Float64Array, tP: Float64Array,
  rates: Float64Array,
  t0: number, n: number, u0: number,
): void {
  for (let t = 0; t < n; t++) {
    const u = t0 + t;
    let lr = (k[0] as number) + (k[4] as number) * (gR[u] as number) + (k[8] as number) * (wR[t] as number);
    let lk = (k[1] as number) + (k[5] as number) * (gK[u] as number) + (k[9] as number) * (wK[t] as number);
    let lv = (k[2] as number) + (k[6] as number) * (gV[u] as number) + (k[10] as number) * (wV[t] as number);
    let ll = (k[3] as number) + (k[7] as number) * (gL[u] as number) + (k[11] as number) * (wL[t] as number);
    if (lr > (k[12] as number)) lr = k[12] as number;
    if (lk > (k[13] as number)) lk = k[13] as number;
    if (lv > (k[14] as number)) lv = k[14] as number;
    if (ll > (k[15] as number)) ll = k[15] as number;
    const r = exp(lr);
    const imp = (k[16] as number) * r;
    const clk = imp * exp(lk);
    const conv = clk * exp(lv);
    // A lead rate of 0 is common (leads are optional): skip its exponential.
    const lead = k[3] === -Infinity ? 0 : clk * exp(ll);
    rates[t] = r;
    const v = u0 + t;
    const fixed = k[22] as number;
    tI[v] = (tI[v] as number) + imp;
    tC[v] = (tC[v] as number) + clk;
    tV[v] = (tV[v] as number) + conv;
    tN[v] = (tN[v] as number) + conv * (k[17] as number);
    tS[v] = (tS[v] as number) + (conv * (k[18] as number) + lead * (k[20] as number) + fixed);
    tP[v] = (tP[v] as number) + (conv * (k[19] as number) + lead * (k[21] as number) - fixed);
  }
}

/**
 * Adds the unique reach from the rates sampleOneTotals left in scratch.extra: a pass of its own,
 * called apart (not from sampleOneTotals, where V8 would inline it with no budget left for expm1).
 */
export function addOneReach(plan: LineItemPlan, scratch: Scratch, totals: CampaignTotals, u0: number, n: number): void {
  reachLoop(totals.reach, scratch.extra, plan.creators * plan.followers, plan.posts, u0, n);
}

function reachLoop(tR: Float64Array, rates: Float64Array, people: number, posts: number, u0: number, n: number): void {
  for (let t = 0; t < n; t++) {
    const v = u0 + t;
    tR[v] = (tR[v] as number) + -people * expm1(-posts * (rates[t] as number));
  }
}

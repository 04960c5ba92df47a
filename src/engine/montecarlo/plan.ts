import { rateLogNormal } from '../distributions';
import type { LineItem, Scenario } from '../schema';
import { MAX_REACH_RATE } from '../vocabulary';
import { unitEconomics } from '../unitEconomics';
import { normalCdf } from '../normal';

/** The rate kinds the trials sample. Engagement is not among the reported metrics, so it is not drawn. */
export const KINDS = ['reach', 'click', 'conversion', 'lead'] as const;
export const REACH = 0;
export const CLICK = 1;
export const CONVERSION = 2;
export const LEAD = 3;

/**
 * How a group's sum over creators is sampled:
 * - `none`: no creator, post or follower, so no volume (fixed costs and gifts may remain);
 * - `one`: the group moves as one creator (one creator, ρc = 1, or every rate known), so one draw
 *   per uncertain rate kind and trial is exact;
 * - `exact`: every creator drawn (small groups, or rates that can reach a cap);
 * - `sum`: the group sum drawn from a moment-matched approximation, O(1) per trial (groupSum.ts).
 */
export type GroupMethod = 'none' | 'one' | 'exact' | 'sum';

/**
 * The approximate group sum (sumFit.ts) is used for groups of at least
 * max(MIN_APPROXIMATED_GROUP, SHAPE_FACTOR · v²) creators, where v = e^(s²) − 1 is the squared
 * coefficient of variation of one creator's conversions (or leads) given the group factors,
 * s² = (1 − ρc)·Σ σ_k² over the rates on the way. The error of the fitted tails shrinks like v²/C
 * (the skewness and kurtosis a three-moment fit leaves out); comparisons with exact per-creator
 * sampling (test/engine/montecarlo.approx.test.ts) put the worst P5/P95 error below 1% at this bound,
 * and measured 1.8% at a quarter of it. Smaller groups are drawn creator by creator.
 */
export const MIN_APPROXIMATED_GROUP = 17;
export const SHAPE_FACTOR = 40;

export function minimumApproximatedGroup(sigma: Float64Array, rhoC: number): number {
  const [r, k, v, l] = sigma as unknown as [number, number, number, number];
  const s2 = (1 - rhoC) * (r * r + k * k + Math.max(v * v, l * l));
  return Math.max(MIN_APPROXIMATED_GROUP, Math.ceil(SHAPE_FACTOR * Math.expm1(s2) ** 2));
}

/**
 * The approximate group sum assumes no creator's rate reaches its cap. It is used only when the
 * share of a rate's mean that lies above its cap, E[r·1{r > cap}] / E[r] = 1 − Φ((ln cap − μ − σ²)/σ),
 * summed over the rate kinds, is below this bound: the capped mean then differs from the uncapped
 * one by less than this relative amount, far below the sampling error of any allowed trial count.
 */
export const CAP_RISK_BOUND = 1e-6;

export interface LineItemPlan {
  id: string;
  index: number;
  method: GroupMethod;
  creators: number;
  posts: number;
  followers: number;
  /** ln of each rate's median, −Infinity for a known rate of 0 */
  mu: Float64Array;
  /** σ of each rate's logarithm, 0 for a known rate */
  sigma: Float64Array;
  /** ln of each rate's cap: ln 50 for reach, 0 for the probabilities */
  lnCap: Float64Array;
  uncertain: boolean[];
  revenuePerConversion: number;
  payoutPerConversion: number;
  profitPerConversion: number;
  payoutPerLead: number;
  profitPerLead: number;
  /** fixed fees plus gifts */
  fixedCost: number;
  /** relative cost of one trial, for step sizing and progress */
  costPerTrial: number;
}

function capRisk(mu: number, sigma: number, lnCap: number): number {
  if (sigma === 0) return mu > lnCap ? 1 : 0;
  return 1 - normalCdf((lnCap - mu - sigma * sigma) / sigma);
}

export function planLineItem(item: LineItem, index: number, scenario: Scenario, forceExact: boolean): LineItemPlan {
  const rates = [item.reachRate, item.clickRate, item.conversionRate, item.leadRate];
  const mu = new Float64Array(4);
  const sigma = new Float64Array(4);
  const lnCap = new Float64Array([Math.log(MAX_REACH_RATE), 0, 0, 0]);
  const uncertain: boolean[] = [];
  let risk = 0;
  rates.forEach((rate, k) => {
    const p = rateLogNormal(rate);
    mu[k] = p.mu;
    sigma[k] = p.sigma;
    uncertain.push(p.sigma > 0);
    risk += capRisk(p.mu, p.sigma, lnCap[k] as number);
  });
  const econ = unitEconomics(item, scenario.economics);
  const { creators, posts, followers } = item;
  const rhoC = scenario.simulation.creatorCorrelation;
  let method: GroupMethod;
  if (creators === 0 || posts === 0 || followers === 0 || mu[REACH] === -Infinity) method = 'none';
  else if (creators === 1 || rhoC === 1 || !uncertain.some(Boolean)) method = 'one';
  else if (forceExact || creators < minimumApproximatedGroup(sigma, rhoC) || risk > CAP_RISK_BOUND) method = 'exact';
  else method = 'sum';
  return {
    id: item.id,
    index,
    method,
    creators,
    posts,
    followers,
    mu,
    sigma,
    lnCap,
    uncertain,
    revenuePerConversion: econ.revenuePerConversion,
    payoutPerConversion: econ.payoutPerConversion,
    profitPerConversion: econ.grossProfitPerConversion - econ.payoutPerConversion,
    payoutPerLead: econ.payoutPerLead,
    profitPerLead: econ.grossProfitPerLead - econ.payoutPerLead,
    fixedCost: econ.fixedFees + econ.gifts,
    costPerTrial: method === 'exact' ? 1 + creators : 1,
  };
}

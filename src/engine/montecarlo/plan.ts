import { rateLogNormal } from '../distributions';
import type { LineItem, Scenario } from '../schema';
import { MAX_REACH_RATE } from '../vocabulary';
import { unitEconomics, type NonLinearTerms } from '../unitEconomics';
import { normalCdf } from '../normal';
import { chooseTailSplit, type TailSplit } from './tailSplit';
import { termsVolume } from '../payouts/termsPieces';

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
 * - `sum`: the group sum drawn from a moment-matched approximation, O(1) per trial (groupSum.ts), or
 *   O(1 + expected tail creators) when its few most skewed creators are drawn apart (`tail`).
 */
export type GroupMethod = 'none' | 'one' | 'exact' | 'sum';

/**
 * Groups of at least MIN_APPROXIMATED_GROUP creators are summed by the approximation (sumFit.ts):
 * plainly while the fit is accurate enough, otherwise with their few tail creators drawn one by one
 * (tailSplit.ts), as long as that costs clearly less than drawing every creator.
 */
export const MIN_APPROXIMATED_GROUP = 17;
/** A tail creator costs about as much as this many creators of an exact group (a few logs and normals more). */
export const TAIL_CREATOR_COST = 2;
/**
 * Pricing payout terms, in creators of an exact group: each creator of an exact group (or the one
 * creator a `one` group is priced as) costs this much more, its volumes kept and priced by the rule
 * (termsPricer.ts); a summed group costs TERMS_GROUP_COST more per trial, its shared factors kept,
 * its table read, its bonus count drawn and the table built once per run (groupSumTerms.ts).
 * Measured on the terms bench's rates: a creator of an exact group about 100 ns a trial, its
 * pricing 38 ns more; a summed group's terms 410–590 ns a trial from 40 to 2,000 creators.
 */
export const TERMS_CREATOR_COST = 0.4;
export const TERMS_GROUP_COST = 5;

/** The within-group weights a_k = σ_k·√(1 − ρc). */
export const withinWeights = (sigma: Float64Array, rhoC: number) => sigma.map((s) => s * Math.sqrt(1 - rhoC));

/**
 * The approximate group sum assumes no creator's rate reaches its cap (its tail creators, drawn one by
 * one, are capped). It is used only when the share of a rate's mean that lies above its cap,
 * E[r·1{r > cap}] / E[r] = 1 − Φ((ln cap − μ − σ²)/σ), summed over the rate kinds, is below this bound
 * (for a split group: that share among its bulk creators, tailSplit.ts): the capped mean then differs from the uncapped
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
  /** v3 tiers, a bonus or a cap, priced per creator on top of the linear coefficients above (termsPricer.ts); null when linear */
  terms: NonLinearTerms | null;
  /** for `sum`: the tail creators drawn one by one, null when the plain fit serves */
  tail: TailSplit | null;
  /**
   * relative cost of one trial, for step sizing and progress, in units of one creator of an exact
   * group: 1 + C for `exact`, 1 + TAIL_CREATOR_COST·(expected tail creators) for `sum`, 1 otherwise;
   * with payout terms, plus their pricing (TERMS_CREATOR_COST, TERMS_GROUP_COST)
   */
  costPerTrial: number;
}

/** What pricing payout terms adds to a trial of a group sampled by `method` (TERMS_CREATOR_COST). */
function termsCost(method: GroupMethod, creators: number): number {
  if (method === 'exact') return TERMS_CREATOR_COST * creators;
  if (method === 'sum') return TERMS_GROUP_COST;
  return method === 'one' ? TERMS_CREATOR_COST : 0;
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
  let tail: TailSplit | null = null;
  if (creators === 0 || posts === 0 || followers === 0 || mu[REACH] === -Infinity) method = 'none';
  else if (creators === 1 || rhoC === 1 || !uncertain.some(Boolean)) method = 'one';
  // Non-linear payout terms: a summed group prices them by its table (groupSumTerms.ts) where that is accurate.
  else if (forceExact || creators < MIN_APPROXIMATED_GROUP || (econ.nonLinear !== undefined && !termsApproximable(econ.nonLinear, risk))) method = 'exact';
  else {
    const limits = [0, 1, 2, 3].map((k) => ({ headroom: (lnCap[k] as number) - (mu[k] as number), sigma: sigma[k] as number }));
    // A split pays while its tail creators cost at most a quarter of drawing every creator.
    const maxTail = (creators / 4 - 1) / TAIL_CREATOR_COST;
    const split = chooseTailSplit(withinWeights(sigma, rhoC), creators, mu[LEAD] !== -Infinity, maxTail, { limits, bound: CAP_RISK_BOUND, risk });
    method = split === null ? 'exact' : 'sum';
    tail = split ?? null;
  }
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
    terms: econ.nonLinear ?? null,
    tail,
    costPerTrial: (method === 'exact' ? 1 + creators : 1 + TAIL_CREATOR_COST * (tail?.expected ?? 0)) + (econ.nonLinear === undefined ? 0 : termsCost(method, creators)),
  };
}

/**
 * Whether a summed group's tiers, bonus and cap can be priced by the table (termsTable.ts,
 * groupSumTerms.ts): the terms must bend on one volume (not on conversions and leads at once), and
 * no rate may reach its cap (capRisk as in planLineItem), since the table takes a creator's volume
 * to be an uncapped lognormal. A bonus's count of creators is drawn exactly (bonusCount.ts), so it
 * needs no large group. Otherwise the group is drawn creator by creator.
 */
export function termsApproximable(terms: NonLinearTerms, capRisk: number): boolean {
  return termsVolume(terms) !== null && capRisk <= CAP_RISK_BOUND;
}

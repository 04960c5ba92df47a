import { rateLogNormal } from '../distributions';
import { normalCdf } from '../normal';
import type { Economics, LineItem } from '../schema';
import { creatorPayout, type PerformanceTerms } from './terms';

/**
 * What one creator can expect to be paid under tiers, a bonus or a cap (docs/MODEL.md §10). A
 * creator's payable conversions are a product of lognormal rates, so lognormal themselves, and so
 * are the tracked leads; the two share the reach and click rates. The terms bend the payout, so
 * its expectation is integrated numerically over that distribution rather than read off the means.
 * Caps on sampled rates (probabilities at 1, reach at 50) are ignored, as in rateMean.
 */

export interface CreatorSpread {
  /** ln of the median payable conversions of one creator over the campaign */
  payableMu: number;
  /** sd of ln payable conversions */
  payableSigma: number;
  /** ln of the median tracked leads */
  leadsMu: number;
  leadsSigma: number;
  /** correlation of ln payable and ln leads: the shared reach and click rates */
  correlation: number;
  /** AOV · (1 − discount): the sales per payable conversion that commission is paid on */
  netOrderValue: number;
}

/** One creator of the group, its audience's saturation φ applied to every response. */
export function creatorSpread(item: LineItem, economics: Economics, saturation = 1): CreatorSpread {
  const [reach, click, conversion, lead] = [item.reachRate, item.clickRate, item.conversionRate, item.leadRate].map(rateLogNormal) as [
    ReturnType<typeof rateLogNormal>,
    ReturnType<typeof rateLogNormal>,
    ReturnType<typeof rateLogNormal>,
    ReturnType<typeof rateLogNormal>,
  ];
  const views = item.posts * item.followers * saturation;
  const shared = reach.sigma ** 2 + click.sigma ** 2;
  const payableSigma = Math.sqrt(shared + conversion.sigma ** 2);
  const leadsSigma = Math.sqrt(shared + lead.sigma ** 2);
  return {
    payableMu: Math.log(views * economics.trackedShare * (1 - economics.returnRate)) + reach.mu + click.mu + conversion.mu,
    payableSigma,
    leadsMu: Math.log(views * economics.trackedShare) + reach.mu + click.mu + lead.mu,
    leadsSigma,
    correlation: payableSigma > 0 && leadsSigma > 0 ? shared / (payableSigma * leadsSigma) : 0,
    netOrderValue: economics.averageOrderValue * (1 - economics.discountRate),
  };
}

/** Standard-normal cells from −Z_END to Z_END; beyond them lies less than 1e−15 of the mass. */
const Z_END = 8;

/**
 * Cell midpoints and their probabilities Φ(b) − Φ(a), scaled to sum to 1 (Φ's approximation is
 * off by up to 1e−7, which would otherwise show as a fee paid 1.0000001 times). A step in the
 * payout costs at most one cell's mass; integrateWithStep cuts the cell of a bonus's step.
 */
function normalCells(n: number): { z: Float64Array; p: Float64Array } {
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const width = (2 * Z_END) / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const a = -Z_END + i * width;
    z[i] = a + width / 2;
    p[i] = Math.max(0, normalCdf(a + width) - normalCdf(a));
    total += p[i] as number;
  }
  for (let i = 0; i < n; i++) p[i] = (p[i] as number) / total;
  return { z, p };
}

const ONE_D = normalCells(2000);
const TWO_D = normalCells(240);

/** Whether the leads change the payout other than in proportion: a leads bonus, or per-lead pay under a cap. */
function leadsBend(terms: PerformanceTerms): boolean {
  return terms.bonus?.metric === 'leads' || (terms.payoutCap !== undefined && (terms.amountPerLead ?? 0) > 0);
}

/** Where on the standard-normal scale of ln payable a sales or conversions bonus is reached; null otherwise. */
function bonusStepZ(terms: PerformanceTerms, spread: CreatorSpread): number | null {
  const bonus = terms.bonus;
  if (bonus === undefined || bonus.metric === 'leads' || !(spread.payableSigma > 0)) return null;
  const payable = bonus.metric === 'sales' ? bonus.threshold / spread.netOrderValue : bonus.threshold;
  const z = (Math.log(payable) - spread.payableMu) / spread.payableSigma;
  return Number.isFinite(z) ? z : null;
}

/**
 * Σ over the cells of f(midpoint) · mass. The cell holding the bonus's step is cut there, so the
 * step costs no more than the smooth parts (a midpoint on the wrong side would misprice up to half a cell).
 */
function integrateWithStep(f: (z: number) => number, step: number | null): number {
  const half = Z_END / ONE_D.z.length;
  let sum = 0;
  for (let i = 0; i < ONE_D.z.length; i++) {
    const mid = ONE_D.z[i] as number;
    const [a, b] = [mid - half, mid + half];
    if (step !== null && step > a && step < b) {
      const mass = ONE_D.p[i] as number;
      const below = Math.min(1, Math.max(0, (normalCdf(step) - normalCdf(a)) / (normalCdf(b) - normalCdf(a))));
      sum += mass * (below * f((a + step) / 2) + (1 - below) * f((step + b) / 2));
    } else sum += (ONE_D.p[i] as number) * f(mid);
  }
  return sum;
}

/** E[performance_j] of SPEC §10 for one creator: per action, commission, per lead and bonus, capped. */
export function expectedCreatorPerformance(terms: PerformanceTerms, spread: CreatorSpread): number {
  const { payableMu, payableSigma, leadsMu, leadsSigma, correlation, netOrderValue } = spread;
  const atZ = (mu: number, sigma: number, z: number) => (mu === -Infinity ? 0 : Math.exp(mu + sigma * z));
  const pay = (payable: number, leads: number) => creatorPayout(terms, { payable, sales: payable * netOrderValue, leads }).performance;
  if (!leadsBend(terms)) {
    // Leads enter in proportion, so their mean stands for them: one dimension suffices.
    const meanLeads = atZ(leadsMu, leadsSigma, 0) * Math.exp((leadsSigma * leadsSigma) / 2);
    const perLead = (terms.amountPerLead ?? 0) * meanLeads;
    const termsWithoutLeads: PerformanceTerms = { ...terms, amountPerLead: 0 };
    const at = (z: number) => {
      const payable = atZ(payableMu, payableSigma, z);
      return creatorPayout(termsWithoutLeads, { payable, sales: payable * netOrderValue, leads: 0 }).performance;
    };
    return integrateWithStep(at, bonusStepZ(terms, spread)) + perLead;
  }
  // ln leads given ln payable's z: correlation · z + √(1 − correlation²) · w.
  const rest = Math.sqrt(Math.max(0, 1 - correlation * correlation));
  let sum = 0;
  for (let i = 0; i < TWO_D.z.length; i++) {
    const z = TWO_D.z[i] as number;
    const payable = atZ(payableMu, payableSigma, z);
    for (let k = 0; k < TWO_D.z.length; k++) {
      const leads = atZ(leadsMu, leadsSigma, correlation * z + rest * (TWO_D.z[k] as number));
      sum += (TWO_D.p[i] as number) * (TWO_D.p[k] as number) * pay(payable, leads);
    }
  }
  return sum;
}

/**
 * The θ in [low, high] at which an increasing `expected(θ)` meets `target`, by bisection: terms
 * that bend have no closed-form inverse. Null when even `high` pays less than the target.
 */
export function solveIncreasing(expected: (theta: number) => number, target: number, low: number, high: number): number | null {
  if (expected(high) < target) return null;
  if (expected(low) >= target) return low;
  // Halved until the bracket cannot shrink in floating point: the terms then pay the target to its last digits.
  let [a, b] = [low, high];
  for (let i = 0; i < 200; i++) {
    const mid = (a + b) / 2;
    if (mid <= a || mid >= b) break;
    if (expected(mid) < target) a = mid;
    else b = mid;
  }
  return b;
}

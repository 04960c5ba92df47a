import { groupPerformance, type LineItemFlows } from '../funnel';
import type { NonLinearTerms, UnitEconomics } from '../unitEconomics';
import type { PerformanceTerms } from './terms';

/**
 * Break-even with tiers, a bonus or a cap (docs/MODEL.md §10). Profit is then piecewise linear in
 * the conversions and may jump down where a bonus is reached; between breakpoints it is affine,
 * so each segment is solved exactly rather than searched.
 */

/** One line item's profit as a function of its conversions (after overlap), leads fixed. */
export interface ItemProfit {
  /** the item's conversions at the scale where t = 1 */
  conversionsPerUnit: number;
  profitAt: (conversions: number) => number;
  /** conversions where the profit's slope or level may change */
  breakpoints: number[];
}

export function itemProfit(flows: LineItemFlows, economics: UnitEconomics, conversionsPerUnit: number): ItemProfit {
  const leadMargin = flows.leads * economics.grossProfitPerLead;
  const fixed = economics.fixedFees + economics.gifts;
  const n = economics.nonLinear;
  if (n === undefined) {
    const margin = economics.grossProfitPerConversion - economics.payoutPerConversion;
    const linearLeads = leadMargin - flows.leads * economics.payoutPerLead - fixed;
    return { conversionsPerUnit, profitAt: (x) => linearLeads + x * margin, breakpoints: [] };
  }
  const performance = (terms: NonLinearTerms, x: number) => {
    const b = groupPerformance(terms, x, flows.leads);
    return b.perAction + b.commission + b.perLead + b.bonuses - b.capSavings;
  };
  return {
    conversionsPerUnit,
    profitAt: (x) => leadMargin + x * economics.grossProfitPerConversion - fixed - performance(n, x),
    breakpoints: termBreakpoints(n, performance),
  };
}

/** Group conversions where a creator crosses a tier, reaches the bonus, or the cap starts to bind. */
function termBreakpoints(n: NonLinearTerms, performance: (terms: NonLinearTerms, x: number) => number): number[] {
  const perPayable = n.creators / n.payableShare;
  const atSales = (sales: number) => (n.netOrderValue > 0 ? (sales / n.netOrderValue) * perPayable : Number.NaN);
  const points: number[] = (n.terms.commissionTiers ?? []).map((t) => atSales(t.from));
  const bonus = n.terms.bonus;
  if (bonus?.metric === 'sales') points.push(atSales(bonus.threshold));
  if (bonus?.metric === 'conversions') points.push(bonus.threshold * perPayable);
  const kinks = points.filter((x) => Number.isFinite(x) && x > 0).sort((a, b) => a - b);
  if (n.terms.payoutCap === undefined) return kinks;
  // Uncapped, the performance is affine between those kinks: where it meets the cap is solved per segment.
  const uncapped: NonLinearTerms = { ...n, terms: withoutCap(n.terms) };
  const cap = n.terms.payoutCap * n.creators;
  const crossings: number[] = [];
  const edges = [0, ...kinks];
  edges.forEach((a, i) => {
    const b = edges[i + 1];
    const mid = b === undefined ? 2 * a + 1 : (a + b) / 2;
    const [pa, pm] = [performance(uncapped, a), performance(uncapped, mid)];
    const slope = (pm - pa) / (mid - a);
    if (slope === 0) return;
    const x = a + (cap - pa) / slope;
    if (x > a && (b === undefined || x < b)) crossings.push(x);
  });
  return [...kinks, ...crossings].sort((a, b) => a - b);
}

function withoutCap(terms: PerformanceTerms): PerformanceTerms {
  const { payoutCap: _cap, ...rest } = terms;
  return rest;
}

/**
 * The least t > 0 from which Σ profit_i(t · conversionsPerUnit_i) − overheads stays ≥ 0 for every
 * higher t; null when it is ≥ 0 for every t > 0 or never stays so.
 */
export function leastStayingNonNegative(items: readonly ItemProfit[], overheads: number): number | null {
  const profit = (t: number) => items.reduce((sum, item) => sum + item.profitAt(t * item.conversionsPerUnit), -overheads);
  const edges = [
    0,
    ...new Set(items.flatMap((item) => (item.conversionsPerUnit > 0 ? item.breakpoints.map((x) => x / item.conversionsPerUnit) : [])).filter((t) => t > 0)),
  ].sort((a, b) => a - b);
  // From the last segment back: find where the final run of profit ≥ 0 begins.
  for (let i = edges.length - 1; i >= 0; i--) {
    const a = edges[i] as number;
    const b = edges[i + 1];
    const mid = b === undefined ? 2 * a + 1 : (a + b) / 2;
    const pa = profit(a);
    const slope = (profit(mid) - pa) / (mid - a);
    const scale = Math.max(1, Math.abs(pa));
    const flat = Math.abs(slope * (mid - a)) <= scale * 1e-12;
    if (b === undefined) {
      // Beyond every breakpoint the profit is a line: falling or below zero for ever is no break-even.
      if (flat ? pa < 0 : slope < 0) return null;
    }
    const beforeB = b === undefined ? Number.POSITIVE_INFINITY : pa + slope * (b - a);
    if (b !== undefined && beforeB < 0) return b;
    if (pa >= 0) continue;
    if (flat) return b ?? null;
    return a - pa / slope;
  }
  return null;
}

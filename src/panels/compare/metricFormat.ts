import type { ComparedMetric } from '../../engine/compare';
import type { Formatters } from '../../i18n/format';

const MONEY: ReadonlySet<ComparedMetric> = new Set(['cost', 'budgetLeft', 'netRevenue', 'grossProfit', 'profit', 'cpm', 'cpc', 'cpa', 'cpl']);
/** Figures that are themselves percentages: their changes are in percentage points. */
const PERCENT: ReadonlySet<ComparedMetric> = new Set(['roi', 'probabilityOverBudget']);

/** How a compared metric reads: amounts in the column's currency, counts, ROI and chances as percentages, ROAS and frequency as multiples. */
export function formatMetric(key: ComparedMetric, value: number | null, f: Formatters): string {
  if (MONEY.has(key)) return f.money(value);
  if (PERCENT.has(key)) return f.percent(value);
  if (key === 'roas') return f.multiple(value);
  if (key === 'frequency') return f.times(value);
  return f.count(value);
}

/**
 * A change with its sign spelled out, so "+€1,200" and "-€1,200" never look alike. A change of
 * ROI, itself a percentage, is in percentage points ("-4.4 pp"), so it is never read as the
 * relative change beside it ("-4.6%").
 */
export function formatDelta(key: ComparedMetric, delta: number | null, f: Formatters): string {
  if (PERCENT.has(key)) return f.pointChange(delta);
  const text = formatMetric(key, delta, f);
  return delta !== null && delta > 0 ? `+${text}` : text;
}

/** A relative change against the baseline, signed: "+20%", "-4.6%". */
export function formatShare(share: number | null, f: Formatters): string {
  return f.percentChange(share);
}

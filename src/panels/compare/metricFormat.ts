import type { ComparedMetric } from '../../engine/compare';
import type { Formatters } from '../../i18n/format';

const MONEY: ReadonlySet<ComparedMetric> = new Set(['cost', 'netRevenue', 'grossProfit', 'profit', 'cpm', 'cpc', 'cpa', 'cpl']);

/** How a compared metric reads: amounts in the column's currency, counts, ROI as a percentage, ROAS as a multiple. */
export function formatMetric(key: ComparedMetric, value: number | null, f: Formatters): string {
  if (MONEY.has(key)) return f.money(value);
  if (key === 'roi') return f.percent(value);
  if (key === 'roas') return f.multiple(value);
  return f.count(value);
}

/**
 * A change with its sign spelled out, so "+€1,200" and "-€1,200" never look alike. A change of
 * ROI, itself a percentage, is in percentage points ("-4.4 pp"), so it is never read as the
 * relative change beside it ("-4.6%").
 */
export function formatDelta(key: ComparedMetric, delta: number | null, f: Formatters): string {
  if (key === 'roi') return f.pointChange(delta);
  const text = formatMetric(key, delta, f);
  return delta !== null && delta > 0 ? `+${text}` : text;
}

/** A relative change against the baseline, signed: "+20%", "-4.6%". */
export function formatShare(share: number | null, f: Formatters): string {
  return f.percentChange(share);
}

import type { Evaluation } from '../engine/evaluate';
import type { AudiencePoint, CampaignTotals, CashFlowWeek, LineItemPoint, LineItemTermsSummary, McMetric, PayoutBreakdown, Summary } from '../engine/types';

/**
 * Projects the engine's results onto exactly the keys of docs/MODEL.md §7, in the documented order. The
 * engine's objects carry more (payoutBreakdown, a line item's grossProfit, kept samples); those
 * stay out so the output is a stable, documented contract.
 */

const TOTALS_KEYS = [
  'impressions', 'reach', 'engagements', 'clicks', 'conversions', 'leads',
  'netRevenue', 'payout', 'overheads', 'cost', 'grossProfit', 'profit',
  'roi', 'roas', 'cpm', 'cpe', 'cpc', 'cpa', 'cpl', 'mediaValue',
  'breakEvenConversionMultiplier', 'budget', 'budgetLeft', 'frequency',
] as const satisfies readonly (keyof CampaignTotals)[];

export const LINE_ITEM_KEYS = [
  'id', 'label', 'impressions', 'reach', 'engagements', 'clicks', 'conversions',
  'leads', 'netRevenue', 'payout', 'profit', 'roi', 'roas', 'cpm', 'cpe', 'cpc',
  'cpa', 'cpl', 'breakEvenConversionRate', 'breakEvenFeePerPost',
] as const satisfies readonly (keyof LineItemPoint)[];

const AUDIENCE_KEYS = [
  'id', 'label', 'size', 'grossReach', 'reach', 'saturation', 'penetration',
] as const satisfies readonly (keyof AudiencePoint)[];

const MC_REPORT_METRICS = [
  'impressions', 'reach', 'clicks', 'conversions', 'netRevenue', 'cost', 'profit', 'roi', 'payout',
] as const satisfies readonly McMetric[];

const SUMMARY_KEYS = ['mean', 'sd', 'p5', 'p50', 'p95'] as const satisfies readonly (keyof Summary)[];

const WEEK_KEYS = ['week', 'cost', 'netRevenue', 'grossProfit', 'cumulativeProfit'] as const satisfies readonly (keyof CashFlowWeek)[];

export type TotalsReport = { [K in (typeof TOTALS_KEYS)[number]]: number | null };
const BREAKDOWN_KEYS = ['fixedFees', 'gifts', 'perAction', 'commission', 'perLead', 'bonuses', 'capSavings'] as const satisfies readonly (keyof PayoutBreakdown)[];
export type BreakdownReport = { [K in (typeof BREAKDOWN_KEYS)[number]]: number | null };

export type LineItemReport = { id: string; label: string } & {
  [K in Exclude<(typeof LINE_ITEM_KEYS)[number], 'id' | 'label'>]: number | null;
} & { payoutBreakdown: BreakdownReport };
export type AudienceReport = { id: string; label: string } & {
  [K in Exclude<(typeof AUDIENCE_KEYS)[number], 'id' | 'label'>]: number | null;
};
const TERMS_KEYS = ['bonusShare', 'bonuses', 'capSavings', 'payout'] as const satisfies readonly (keyof LineItemTermsSummary)[];
export type LineItemTermsReport = { id: string } & { [K in (typeof TERMS_KEYS)[number]]: number | null };
export type SummaryReport = { [K in (typeof SUMMARY_KEYS)[number]]: number | null };
export type WeekReport = { [K in (typeof WEEK_KEYS)[number]]: number | null };

export interface ScenarioReport {
  name: string;
  point: { totals: TotalsReport; lineItems: LineItemReport[]; audiences: AudienceReport[] };
  monteCarlo: {
    trials: number;
    seed: number;
    metrics: { [K in (typeof MC_REPORT_METRICS)[number]]: SummaryReport };
    probabilityOfLoss: number | null;
    /** v2: null without a budget */
    probabilityOverBudget: number | null;
    /** v3: only when a line item has tiers, a bonus or a cap (§10) */
    lineItemTerms?: LineItemTermsReport[];
  };
  cashFlow: { weeks: WeekReport[]; paybackWeek: number | null };
}

export interface Report {
  scenarios: ScenarioReport[];
}

/** A plain JSON number: anything not finite (an undefined metric) becomes null, never NaN or Infinity. */
export function plainNumber(value: number | null | undefined): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  // -0 would print as 0 anyway; normalising keeps in-process comparisons (Object.is) honest too.
  return value === 0 ? 0 : value;
}

function pick<K extends string>(source: Readonly<Record<K, number | null | undefined>>, keys: readonly K[]): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const key of keys) out[key] = plainNumber(source[key]);
  return out;
}

/** The listed keys in order: id and label as they are, every other one a plain number. */
function labelledReport<T extends { id: string; label: string }>(source: T, keys: readonly (keyof T & string)[]): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const key of keys) {
    const value = source[key];
    out[key] = key === 'id' || key === 'label' ? (value as string) : plainNumber(value as number | null);
  }
  return out;
}

/** §7: each line item closes with its payout's parts, v3's bonuses and cap savings among them. */
const lineItemReport = (item: LineItemPoint): LineItemReport => ({
  ...(labelledReport(item, LINE_ITEM_KEYS) as Omit<LineItemReport, 'payoutBreakdown'>),
  payoutBreakdown: pick(item.payoutBreakdown, BREAKDOWN_KEYS),
});
const audienceReport = (audience: AudiencePoint) => labelledReport(audience, AUDIENCE_KEYS) as AudienceReport;

function scenarioReport(evaluation: Evaluation): ScenarioReport {
  const { point, monteCarlo, cashFlow } = evaluation;
  const metrics = {} as ScenarioReport['monteCarlo']['metrics'];
  for (const metric of MC_REPORT_METRICS) metrics[metric] = pick(monteCarlo.metrics[metric], SUMMARY_KEYS);
  return {
    name: evaluation.name,
    point: { totals: pick(point.totals, TOTALS_KEYS), lineItems: point.lineItems.map(lineItemReport), audiences: point.audiences.map(audienceReport) },
    monteCarlo: {
      trials: monteCarlo.trials,
      seed: monteCarlo.seed,
      metrics,
      probabilityOfLoss: plainNumber(monteCarlo.probabilityOfLoss),
      probabilityOverBudget: plainNumber(monteCarlo.probabilityOverBudget),
      ...(monteCarlo.lineItemTerms ? { lineItemTerms: monteCarlo.lineItemTerms.map((t) => ({ id: t.id, ...pick(t, TERMS_KEYS) })) } : {}),
    },
    cashFlow: { weeks: cashFlow.weeks.map((w) => pick(w, WEEK_KEYS)), paybackWeek: plainNumber(cashFlow.paybackWeek) },
  };
}

export function buildReport(evaluations: readonly Evaluation[]): Report {
  return { scenarios: evaluations.map(scenarioReport) };
}

/** Pretty-printed with two spaces and a final newline, as the command prints it. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

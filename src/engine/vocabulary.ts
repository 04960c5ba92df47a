/**
 * The words of the scenario format, free of the schema library so that the Monte Carlo worker
 * and the charts can use them without bundling the validator.
 */

export const SCENARIO_FORMAT = 'campaign-roi-scenario';
export const WORKSPACE_FORMAT = 'campaign-roi-workspace';
export const CURRENT_VERSION = 3;

export const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'other'] as const;
export const PAYMENT_MODELS = ['fixed', 'gifting', 'cpa', 'cps', 'cpl', 'hybrid'] as const;
/** What the budget allocator maximises (docs/MODEL.md §8). */
export const ALLOCATION_OBJECTIVES = ['expectedProfit', 'profitP5', 'conversions', 'reach'] as const;
/** Which cost must stay within the budget: the typical case's, or the Monte Carlo's 95th percentile. */
export const BUDGET_RULES = ['typical', 'p95'] as const;
export const RATE_KINDS = ['reachRate', 'engagementRate', 'clickRate', 'conversionRate', 'leadRate'] as const;

/** Views per follower per post may exceed 1 where platforms push content beyond followers. */
export const MAX_REACH_RATE = 50;

export type Tier = (typeof TIERS)[number];
export type Platform = (typeof PLATFORMS)[number];
export type PaymentModel = (typeof PAYMENT_MODELS)[number];
export type RateKind = (typeof RATE_KINDS)[number];
export type AllocationObjective = (typeof ALLOCATION_OBJECTIVES)[number];
export type BudgetRule = (typeof BUDGET_RULES)[number];

/**
 * The words of the scenario format, free of the schema library so that the Monte Carlo worker
 * and the charts can use them without bundling the validator.
 */

export const SCENARIO_FORMAT = 'campaign-roi-scenario';
export const WORKSPACE_FORMAT = 'campaign-roi-workspace';
export const CURRENT_VERSION = 1;

export const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'other'] as const;
export const PAYMENT_MODELS = ['fixed', 'gifting', 'cpa', 'cps', 'cpl', 'hybrid'] as const;
export const RATE_KINDS = ['reachRate', 'engagementRate', 'clickRate', 'conversionRate', 'leadRate'] as const;

/** Views per follower per post may exceed 1 where platforms push content beyond followers. */
export const MAX_REACH_RATE = 50;

export type Tier = (typeof TIERS)[number];
export type Platform = (typeof PLATFORMS)[number];
export type PaymentModel = (typeof PAYMENT_MODELS)[number];
export type RateKind = (typeof RATE_KINDS)[number];

import { note, type MeasuredPlatform, type NotePart } from './benchmarkNotes';
import { Z95 } from './distributions';
import { reconciledFee, twoSignificant } from './feeDefaults';
import type { LineItem, Platform, RateRange, Tier } from './schema';
import type { TierConvention } from './tiers';

/**
 * Default values for a tier × platform cell, from /work/shared/BENCHMARKS.md §3. Every value
 * carries where it came from, because the app must show the source next to each default.
 * Tags: S = the seed articles, P = public pages, I = interpolated or chosen here.
 */
export type SourceTag = 'S' | 'P' | 'I';

export interface Sourced<T> {
  value: T;
  tags: SourceTag[];
  /** where the value comes from, in parts the app words in the planner's language */
  note: NotePart[];
}

export interface LowTypicalHigh {
  low: number;
  typical: number;
  high: number;
}

export interface TierPlatformDefaults {
  followers: Sourced<LowTypicalHigh>;
  reachRate: Sourced<RateRange>;
  /** per follower per post, as the scenario file wants it */
  engagementRate: Sourced<RateRange>;
  clickRate: Sourced<RateRange>;
  conversionRate: Sourced<RateRange>;
  /** USD per post, as the sources give it, reconciled with CPM benchmarks (feeDefaults.ts); currency is formatting only */
  feePerPost: Sourced<LowTypicalHigh>;
}

type Percent = readonly [low: number, high: number];
type Fee = readonly [low: number, typical: number, high: number];

/** One row of BENCHMARKS §3, rates in percent. TikTok's ER is per view there. */
interface Row {
  reach: Percent;
  er: Percent;
  ctr: Percent;
  cvr: Percent;
  fee: Fee;
}

const TABLE: Record<MeasuredPlatform, Record<Tier, Row>> = {
  instagram: {
    nano: { reach: [15, 45], er: [1.5, 6], ctr: [0.8, 4], cvr: [1.0, 4.0], fee: [20, 150, 1_000] },
    micro: { reach: [10, 30], er: [0.8, 3.5], ctr: [0.5, 2.5], cvr: [0.8, 3.5], fee: [150, 800, 5_000] },
    macro: { reach: [6, 22], er: [0.6, 2.5], ctr: [0.2, 1.2], cvr: [0.5, 2.5], fee: [1_500, 6_000, 40_000] },
    mega: { reach: [3, 15], er: [0.3, 1.8], ctr: [0.1, 0.8], cvr: [0.3, 1.8], fee: [10_000, 40_000, 250_000] },
  },
  tiktok: {
    nano: { reach: [15, 80], er: [6, 16], ctr: [0.1, 1.0], cvr: [0.8, 3.5], fee: [20, 100, 500] },
    micro: { reach: [10, 50], er: [4, 12], ctr: [0.08, 0.8], cvr: [0.6, 3.0], fee: [100, 400, 2_500] },
    macro: { reach: [5, 30], er: [3, 9], ctr: [0.05, 0.5], cvr: [0.4, 2.0], fee: [800, 3_000, 15_000] },
    mega: { reach: [3, 20], er: [2, 8], ctr: [0.03, 0.3], cvr: [0.3, 1.5], fee: [5_000, 20_000, 100_000] },
  },
  youtube: {
    nano: { reach: [15, 60], er: [0.8, 4], ctr: [0.5, 3], cvr: [1.0, 4.5], fee: [30, 150, 800] },
    micro: { reach: [8, 35], er: [0.3, 2], ctr: [0.4, 2.5], cvr: [0.8, 4.0], fee: [200, 1_000, 5_000] },
    macro: { reach: [5, 25], er: [0.15, 1.2], ctr: [0.3, 1.5], cvr: [0.6, 3.0], fee: [1_500, 5_000, 35_000] },
    mega: { reach: [2, 15], er: [0.1, 0.8], ctr: [0.2, 1.0], cvr: [0.4, 2.0], fee: [8_000, 30_000, 200_000] },
  },
};

const FOLLOWERS: Record<TierConvention, Record<Tier, Fee>> = {
  standard: { nano: [1_000, 3_000, 10_000], micro: [10_000, 30_000, 100_000], macro: [100_000, 300_000, 1_000_000], mega: [1_000_000, 3_000_000, 20_000_000] },
  agency: { nano: [100, 300, 1_000], micro: [1_000, 10_000, 100_000], macro: [100_000, 300_000, 1_000_000], mega: [1_000_000, 3_000_000, 20_000_000] },
};

const RATE_TAGS: Record<MeasuredPlatform, Record<keyof Omit<Row, 'fee'>, SourceTag[]>> = {
  instagram: { reach: ['P'], er: ['S', 'P', 'I'], ctr: ['S', 'P', 'I'], cvr: ['P'] },
  tiktok: { reach: ['P', 'I'], er: ['S', 'P', 'I'], ctr: ['S', 'P', 'I'], cvr: ['P', 'I'] },
  youtube: { reach: ['P', 'I'], er: ['P', 'I'], ctr: ['S', 'P', 'I'], cvr: ['P', 'I'] },
};

const followersOf = (tier: Tier, convention: TierConvention): Sourced<LowTypicalHigh> => ({
  value: triple(FOLLOWERS[convention][tier]),
  tags: ['S', 'I'],
  note: [note(`benchmark.followers.${convention}`)],
});

const range = ([low, high]: Percent): RateRange => ({ low: low / 100, high: high / 100 });
const triple = ([low, typical, high]: Fee): LowTypicalHigh => ({ low, typical, high });

/**
 * Converts a per-view engagement range to a per-follower one by multiplying by the reach range,
 * treating both as independent lognormals: the medians multiply and the log-spreads add in
 * quadrature, so the 90% interval of the product is median · exp(∓Z95 · √(σ_er² + σ_reach²)).
 */
export function perViewToPerFollower(perView: RateRange, reach: RateRange): RateRange {
  const median = Math.sqrt(perView.low * perView.high * reach.low * reach.high);
  const sigmaOf = (r: RateRange) => (Math.log(r.high) - Math.log(r.low)) / (2 * Z95);
  const sigma = Math.hypot(sigmaOf(perView), sigmaOf(reach));
  return { low: median * Math.exp(-Z95 * sigma), high: median * Math.exp(Z95 * sigma) };
}

function measuredDefaults(tier: Tier, platform: MeasuredPlatform, convention: TierConvention): TierPlatformDefaults {
  const row = TABLE[platform][tier];
  const tags = RATE_TAGS[platform];
  const rate = (kind: keyof typeof tags, value: RateRange): Sourced<RateRange> => ({ value, tags: tags[kind], note: [note(`benchmark.${kind}.${platform}`)] });
  const reachRate = range(row.reach);
  const followers = followersOf(tier, convention);
  const engagementRate =
    platform === 'tiktok'
      ? { ...rate('er', perViewToPerFollower(range(row.er), reachRate)), note: [note('benchmark.er.tiktok'), note('benchmark.er.perView', { low: row.er[0], high: row.er[1] })] }
      : rate('er', range(row.er));
  const views = followers.value.typical * Math.sqrt(reachRate.low * reachRate.high);
  const fee = reconciledFee(platform, tier, triple(row.fee), views);
  return {
    followers,
    reachRate: rate('reach', reachRate),
    engagementRate,
    clickRate: rate('ctr', range(row.ctr)),
    conversionRate: rate('cvr', range(row.cvr)),
    feePerPost: { value: fee.value, tags: tier === 'mega' ? ['P', 'I'] : ['S', 'P', 'I'], note: fee.note },
  };
}

const MEASURED: readonly MeasuredPlatform[] = ['instagram', 'tiktok', 'youtube'];

const geoMean = (values: readonly number[]) => Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);

/**
 * The 'other' platform (blogs, podcasts, newsletters) has no row in the benchmarks. Its rates and
 * fees are the geometric means of the three measured platforms' lows, typicals and highs, so its
 * median is the geometric mean of their medians and its log-spread their average: a neutral
 * middle that the planner is expected to overwrite with the channel's own figures.
 */
function otherDefaults(tier: Tier, convention: TierConvention): TierPlatformDefaults {
  const cells = MEASURED.map((p) => measuredDefaults(tier, p, convention));
  const mean = (pick: (d: TierPlatformDefaults) => RateRange): Sourced<RateRange> => ({
    value: { low: geoMean(cells.map((c) => pick(c).low)), high: geoMean(cells.map((c) => pick(c).high)) },
    tags: ['I'],
    note: [note('benchmark.other')],
  });
  const fees = cells.map((c) => c.feePerPost.value);
  const fee = (pick: (f: LowTypicalHigh) => number) => twoSignificant(geoMean(fees.map(pick)));
  return {
    followers: followersOf(tier, convention),
    reachRate: mean((c) => c.reachRate.value),
    engagementRate: mean((c) => c.engagementRate.value),
    clickRate: mean((c) => c.clickRate.value),
    conversionRate: mean((c) => c.conversionRate.value),
    feePerPost: {
      value: { low: fee((f) => f.low), typical: fee((f) => f.typical), high: fee((f) => f.high) },
      tags: ['I'],
      note: [note('benchmark.other'), note('benchmark.usdPerPost')],
    },
  };
}

/**
 * Benchmark defaults for one cell. The rates were gathered for the standard tier bounds; under the
 * agency convention only the follower range changes, the rates stay those of the same tier name.
 */
export function benchmarkDefaults(tier: Tier, platform: Platform, convention: TierConvention = 'standard'): TierPlatformDefaults {
  return platform === 'other' ? otherDefaults(tier, convention) : measuredDefaults(tier, platform, convention);
}

const TIER_NAMES: Record<Tier, string> = { nano: 'Nano', micro: 'Micro', macro: 'Macro', mega: 'Mega' };
const PLATFORM_NAMES: Record<Platform, string> = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', other: 'other channels' };

export const DEFAULT_CREATORS = 5;
export const DEFAULT_POSTS = 2;

/** A complete, schema-valid line item at the typical values of a cell, paid a fixed fee per post. */
export function defaultLineItem(tier: Tier, platform: Platform, id: string, convention: TierConvention = 'standard'): LineItem {
  const d = benchmarkDefaults(tier, platform, convention);
  return {
    id,
    label: `${TIER_NAMES[tier]} creators on ${PLATFORM_NAMES[platform]}`,
    tier,
    platform,
    creators: DEFAULT_CREATORS,
    followers: d.followers.value.typical,
    posts: DEFAULT_POSTS,
    reachRate: d.reachRate.value,
    engagementRate: d.engagementRate.value,
    clickRate: d.clickRate.value,
    conversionRate: d.conversionRate.value,
    leadRate: 0,
    payment: { model: 'fixed', feePerPost: d.feePerPost.value.typical },
  };
}

import { benchmarkDefaults, defaultLineItem } from '../defaults';
import { LIMITS } from '../limits';
import type { LineItem, Platform, Rate, Tier } from '../schema';
import { tierOfFollowers, type TierConvention } from '../tiers';
import type { TakeId } from './ids';
import { ROSTER_PAYMENT_FIELDS, paymentFrom, type PaymentAmounts, type PaymentFill } from './payment';
import { rangeAround, rateCap, sigmaOf } from './ranges';
import type { RosterRow } from './types';

/**
 * A creator list to line items (docs/MODEL.md §9): one line item per creator, or one per
 * tier × platform × audience. Rates a row gives keep their median and take the spread (σ) of the
 * tier × platform benchmark; rates it does not give are the benchmark's.
 */

export const ROSTER_RATES = ['reachRate', 'engagementRate', 'clickRate', 'conversionRate'] as const;
type RosterRate = (typeof ROSTER_RATES)[number];

export interface RosterContext {
  convention: TierConvention;
  /** hands out ids unique in the scenario */
  takeId: TakeId;
  /** the audience id a row's `audience` value names (null: none) */
  audienceOf(value: string): string | null;
  /** how an audience is called in a grouped line item's label */
  audienceLabel(id: string): string;
  /** a grouped line item's label, given its audience's label; the benchmark's English ("Micro creators on TikTok") by default */
  groupLabel?: (tier: Tier, platform: Platform, audience: string | null) => string;
}

export interface RosterItem {
  item: LineItem;
  /** the rows it was made from, as a spreadsheet numbers them */
  rows: number[];
  fill: PaymentFill;
}

const tierOf = (row: RosterRow, convention: TierConvention): Tier => row.tier ?? tierOfFollowers(row.followers, convention);
const postsOf = (row: RosterRow): number => row.posts ?? 1;
/** Rounded to a whole number, halves up. */
const halfUp = (x: number): number => Math.floor(x + 0.5);
const withAudience = (item: LineItem, audience: string | null): LineItem => (audience === null ? item : { ...item, audience });

export function perCreatorItems(rows: readonly RosterRow[], context: RosterContext): RosterItem[] {
  return rows.map((row) => {
    const tier = tierOf(row, context.convention);
    const defaults = benchmarkDefaults(tier, row.platform, context.convention);
    const rate = (kind: RosterRate): Rate => {
      const given = row[kind];
      return given === undefined ? defaults[kind].value : rangeAround(given, sigmaOf(defaults[kind].value), rateCap(kind));
    };
    const { payment, fill } = paymentFrom(row, tier, row.platform, context.convention);
    const item: LineItem = {
      ...defaultLineItem(tier, row.platform, context.takeId(row.name, 'creator'), context.convention),
      label: row.name,
      creators: 1,
      followers: row.followers,
      posts: postsOf(row),
      reachRate: rate('reachRate'),
      engagementRate: rate('engagementRate'),
      clickRate: rate('clickRate'),
      conversionRate: rate('conversionRate'),
      payment,
    };
    const audience = row.audience === undefined ? null : context.audienceOf(row.audience);
    return { item: withAudience(item, audience), rows: [row.row], fill };
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mean = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

/**
 * A group's rate: the geometric mean of the values its rows give, with σ the larger of the
 * benchmark's and the population standard deviation of their logs. A value of 0 makes the
 * geometric mean 0, the known rate 0.
 */
function groupRate(values: readonly number[], fallback: Rate, cap: number): Rate {
  if (values.length === 0) return fallback;
  if (values.some((v) => v <= 0)) return 0;
  const logs = values.map(Math.log);
  const mu = mean(logs);
  const spread = Math.sqrt(mean(logs.map((l) => (l - mu) ** 2)));
  return rangeAround(Math.exp(mu), Math.max(sigmaOf(fallback), spread), cap);
}

/** Fee per post such that the group pays what its rows do; every other amount the mean over the rows that give it. */
function groupAmounts(rows: readonly RosterRow[], creators: number, posts: number): PaymentAmounts {
  const amounts: PaymentAmounts = {};
  for (const field of ROSTER_PAYMENT_FIELDS) {
    const giving = rows.filter((r) => r[field] !== undefined);
    if (giving.length === 0) continue;
    amounts[field] =
      field === 'feePerPost'
        ? Math.min(LIMITS.amount.max, giving.reduce((s, r) => s + (r.feePerPost ?? 0) * postsOf(r), 0) / (creators * posts))
        : mean(giving.map((r) => r[field] ?? 0));
  }
  return amounts;
}

export function groupedItems(rows: readonly RosterRow[], context: RosterContext): RosterItem[] {
  const groups = new Map<string, { tier: Tier; platform: Platform; audience: string | null; rows: RosterRow[] }>();
  for (const row of rows) {
    const tier = tierOf(row, context.convention);
    const audience = row.audience === undefined ? null : context.audienceOf(row.audience);
    const k = JSON.stringify([tier, row.platform, audience]);
    const group = groups.get(k) ?? { tier, platform: row.platform, audience, rows: [] };
    group.rows.push(row);
    groups.set(k, group);
  }
  return [...groups.values()].map(({ tier, platform, audience, rows: members }) => {
    const defaults = benchmarkDefaults(tier, platform, context.convention);
    const creators = members.length;
    const posts = Math.max(1, halfUp(mean(members.map(postsOf))));
    const rate = (kind: RosterRate): Rate =>
      groupRate(members.flatMap((r) => (r[kind] === undefined ? [] : [r[kind]])), defaults[kind].value, rateCap(kind));
    const { payment, fill } = paymentFrom(groupAmounts(members, creators, posts), tier, platform, context.convention);
    const base = defaultLineItem(tier, platform, context.takeId([tier, platform, audience ?? ''].join('-'), 'group'), context.convention);
    const audienceLabel = audience === null ? null : context.audienceLabel(audience);
    const label = context.groupLabel?.(tier, platform, audienceLabel) ?? (audienceLabel === null ? base.label : `${base.label} (${audienceLabel})`);
    const item: LineItem = {
      ...base,
      label: label.slice(0, LIMITS.labelLength),
      creators,
      followers: halfUp(median(members.map((r) => r.followers))),
      posts,
      reachRate: rate('reachRate'),
      engagementRate: rate('engagementRate'),
      clickRate: rate('clickRate'),
      conversionRate: rate('conversionRate'),
      payment,
    };
    return { item: withAudience(item, audience), rows: members.map((r) => r.row), fill };
  });
}

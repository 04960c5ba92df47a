import type { LineItem, Platform, Rate, Tier } from '../../engine/schema';
import type { TierConvention } from '../../engine/tiers';
import { applyTierPlatformDefaults } from './lineItemOps';

/** The inputs a tier × platform cell has a benchmark for. */
export type BenchmarkField = 'followers' | 'reachRate' | 'engagementRate' | 'clickRate' | 'conversionRate' | 'feePerPost';
export const BENCHMARK_FIELDS: readonly BenchmarkField[] = ['feePerPost', 'followers', 'reachRate', 'engagementRate', 'clickRate', 'conversionRate'];

type FieldValue = number | Rate | undefined;

export interface TierChange {
  /** the line item at the new tier and platform, with the planner's own values kept */
  item: LineItem;
  /** benchmark values of the new cell that differ from values the planner typed, by field */
  offer: Partial<Record<BenchmarkField, FieldValue>>;
  /** fields that were still at the old benchmark and followed the new one */
  followed: BenchmarkField[];
}

const valueOf = (item: LineItem, field: BenchmarkField): FieldValue => (field === 'feePerPost' ? item.payment.feePerPost : item[field]);

const same = (a: FieldValue, b: FieldValue) =>
  typeof a === 'object' && typeof b === 'object' ? a.low === b.low && a.high === b.high : a === b;

/**
 * Changing tier or platform never overwrites what the planner typed: a value still equal to the
 * old cell's benchmark follows the new cell, any other value stays and the new benchmark is
 * offered instead (`offer`), for the planner to accept or not.
 */
export function changeTierPlatform(
  item: LineItem,
  tier: Tier,
  platform: Platform,
  convention: TierConvention,
  labelFor: (tier: Tier, platform: Platform) => string,
): TierChange {
  const oldDefaults = applyTierPlatformDefaults(item, item.tier, item.platform, convention, labelFor);
  const allNew = applyTierPlatformDefaults(item, tier, platform, convention, labelFor);
  let next: LineItem = { ...allNew };
  const offer: TierChange['offer'] = {};
  const followed: BenchmarkField[] = [];
  for (const field of BENCHMARK_FIELDS) {
    const mine = valueOf(item, field);
    if (mine === undefined) continue;
    const benchmark = valueOf(allNew, field);
    if (same(mine, valueOf(oldDefaults, field))) {
      if (!same(mine, benchmark)) followed.push(field);
      continue;
    }
    next = withField(next, field, mine);
    if (!same(mine, benchmark)) offer[field] = benchmark;
  }
  return { item: next, offer, followed };
}

export function withField(item: LineItem, field: BenchmarkField, value: FieldValue): LineItem {
  if (value === undefined) return item;
  if (field === 'feePerPost') return item.payment.feePerPost === undefined ? item : { ...item, payment: { ...item.payment, feePerPost: value as number } };
  return { ...item, [field]: value };
}

/** Applies the offered benchmark values the planner accepted. */
export function acceptOffer(item: LineItem, offer: TierChange['offer']): LineItem {
  return BENCHMARK_FIELDS.reduce((it, field) => (field in offer ? withField(it, field, offer[field]) : it), item);
}


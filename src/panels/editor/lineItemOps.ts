import { benchmarkDefaults, defaultLineItem } from '../../engine/defaults';
import { giftCostFor, starterLineItem } from '../../engine/starter';
import { LIMITS } from '../../engine/limits';
import type { Economics, LineItem, Payment, PaymentField, PaymentModel, Platform, Scenario, Tier } from '../../engine/schema';
import { tierConventionOf, type TierConvention } from '../../engine/tiers';
import { carryTerms } from './termsOps';

/**
 * Pure edits of a scenario's line items. Each returns a new scenario (or line item) and leaves
 * the input untouched, so the store can keep it for undo and React can compare by reference.
 */


export { tierConventionOf };

export function withTierConvention(scenario: Scenario, convention: TierConvention): Scenario {
  return { ...scenario, meta: { ...scenario.meta, tierConvention: convention } };
}

/** An id not yet used in the scenario: `base`, else `base-2`, `base-3`, … */
export function uniqueId(scenario: Scenario, base: string): string {
  const taken = new Set(scenario.lineItems.map((item) => item.id));
  const stem = (base.replace(/-\d+$/, '') || 'item').slice(0, LIMITS.id.max - 6);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** The first "Line item n" label not yet taken, counting on from the line items there are. */
export function numberedLabel(scenario: Scenario, labelFor: (n: number) => string): string {
  const taken = new Set(scenario.lineItems.map((item) => item.label));
  let n = scenario.lineItems.length + 1;
  while (taken.has(labelFor(n))) n += 1;
  return labelFor(n);
}

/** Appends the benchmark's typical creator of the cell, gifted the product plus commission (engine/starter.ts). */
export function addLineItem(scenario: Scenario, tier: Tier, platform: Platform, labelFor: (n: number) => string): Scenario {
  if (scenario.lineItems.length >= LIMITS.lineItems.max) return scenario;
  const id = uniqueId(scenario, `${tier}-${platform}`);
  const item = starterLineItem(tier, platform, id, numberedLabel(scenario, labelFor), scenario.economics, tierConventionOf(scenario));
  return { ...scenario, lineItems: [...scenario.lineItems, item] };
}

/** Inserts a copy right after the original, with a fresh id so its random draws are its own. */
export function duplicateLineItem(scenario: Scenario, id: string, copyLabel: (label: string) => string): Scenario {
  const index = scenario.lineItems.findIndex((item) => item.id === id);
  const original = scenario.lineItems[index];
  if (!original || scenario.lineItems.length >= LIMITS.lineItems.max) return scenario;
  const copy: LineItem = { ...original, id: uniqueId(scenario, original.id), label: copyLabel(original.label).slice(0, LIMITS.labelLength) };
  const lineItems = [...scenario.lineItems];
  lineItems.splice(index + 1, 0, copy);
  return { ...scenario, lineItems };
}

export function removeLineItem(scenario: Scenario, id: string): Scenario {
  return { ...scenario, lineItems: scenario.lineItems.filter((item) => item.id !== id) };
}

/** Moves a line item `delta` places (−1 = up); moves past either end are ignored. */
export function moveLineItem(scenario: Scenario, id: string, delta: number): Scenario {
  const from = scenario.lineItems.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= scenario.lineItems.length || delta === 0) return scenario;
  const lineItems = [...scenario.lineItems];
  const [moved] = lineItems.splice(from, 1);
  if (!moved) return scenario;
  lineItems.splice(to, 0, moved);
  return { ...scenario, lineItems };
}

export function updateLineItem(scenario: Scenario, id: string, update: (item: LineItem) => LineItem): Scenario {
  return { ...scenario, lineItems: scenario.lineItems.map((item) => (item.id === id ? update(item) : item)) };
}

/** Values a payment field starts from when a model needs it and the line item has none yet. */
export function paymentFallbacks(item: LineItem, economics: Economics, convention: TierConvention): Record<PaymentField, number> {
  const { averageOrderValue: aov, leadValue } = economics;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    feePerPost: benchmarkDefaults(item.tier, item.platform, convention).feePerPost.value.typical,
    giftCost: giftCostFor(economics),
    amountPerAction: round(aov * 0.15),
    commissionRate: 0.1,
    amountPerLead: leadValue > 0 ? round(leadValue * 0.3) : 5,
  };
}

const MODEL_FIELDS: Record<Exclude<PaymentModel, 'hybrid'>, PaymentField> = {
  fixed: 'feePerPost',
  gifting: 'giftCost',
  cpa: 'amountPerAction',
  cps: 'commissionRate',
  cpl: 'amountPerLead',
};
export const FIXED_FIELDS: readonly PaymentField[] = ['feePerPost', 'giftCost'];
export const PERFORMANCE_FIELDS: readonly PaymentField[] = ['amountPerAction', 'commissionRate', 'amountPerLead'];
export const PAYMENT_FIELD_ORDER: readonly PaymentField[] = [...FIXED_FIELDS, ...PERFORMANCE_FIELDS];

/** The fields a payment currently carries, in display order. */
export function paymentFieldsOf(payment: Payment): PaymentField[] {
  return PAYMENT_FIELD_ORDER.filter((field) => payment[field] !== undefined);
}

/**
 * Switches the payment model, keeping every value that still applies: fixed → hybrid keeps the
 * fee and adds a commission; hybrid → cps keeps the commission. Fields of other models are
 * dropped, because the schema refuses them; so are terms the new parts no longer allow (a bonus
 * stays with any model, tiers need a commission, a cap a performance part).
 */
export function switchPaymentModel(payment: Payment, model: PaymentModel, fallbacks: Record<PaymentField, number>): Payment {
  return carryTerms(payment, switchParts(payment, model, fallbacks));
}

function switchParts(payment: Payment, model: PaymentModel, fallbacks: Record<PaymentField, number>): Payment {
  const valueOf = (field: PaymentField) => payment[field] ?? fallbacks[field];
  if (model !== 'hybrid') {
    const field = MODEL_FIELDS[model];
    return { model, [field]: valueOf(field) } as Payment;
  }
  const next: Payment = { model: 'hybrid' };
  for (const field of paymentFieldsOf(payment)) next[field] = valueOf(field);
  if (!FIXED_FIELDS.some((f) => next[f] !== undefined)) next.feePerPost = fallbacks.feePerPost;
  if (!PERFORMANCE_FIELDS.some((f) => next[f] !== undefined)) next.commissionRate = fallbacks.commissionRate;
  return next;
}

/** Adds or drops one part of a hybrid payment; dropping the last fixed or performance part is refused. */
export function toggleHybridPart(payment: Payment, field: PaymentField, on: boolean, fallbacks: Record<PaymentField, number>): Payment {
  if (payment.model !== 'hybrid') return payment;
  if (on) return { ...payment, [field]: payment[field] ?? fallbacks[field] };
  const group = FIXED_FIELDS.includes(field) ? FIXED_FIELDS : PERFORMANCE_FIELDS;
  if (group.filter((f) => f !== field && payment[f] !== undefined).length === 0) return payment;
  const next = { ...payment };
  delete next[field];
  return carryTerms(payment, next);
}

/**
 * Picks a tier and platform and fills the benchmark table's typical followers, rate ranges and
 * fee. Creators, posts, the lead rate and the payment model stay as the planner set them; the
 * label follows only while it is still the automatic one.
 */
export function applyTierPlatformDefaults(
  item: LineItem,
  tier: Tier,
  platform: Platform,
  convention: TierConvention,
  labelFor: (tier: Tier, platform: Platform) => string,
): LineItem {
  const d = benchmarkDefaults(tier, platform, convention);
  const payment = item.payment.feePerPost === undefined ? item.payment : { ...item.payment, feePerPost: d.feePerPost.value.typical };
  const autoLabel =
    item.label === '' ||
    item.label === labelFor(item.tier, item.platform) ||
    item.label === defaultLineItem(item.tier, item.platform, item.id).label;
  return {
    ...item,
    label: autoLabel ? labelFor(tier, platform) : item.label,
    tier,
    platform,
    followers: d.followers.value.typical,
    reachRate: d.reachRate.value,
    engagementRate: d.engagementRate.value,
    clickRate: d.clickRate.value,
    conversionRate: d.conversionRate.value,
    payment,
  };
}

/**
 * Whether `creators` lies outside the line item's bounds (docs/MODEL.md §3): allowed in a file,
 * and shown as a warning, because the allocator would move it back inside them.
 */
export function creatorBoundsIssue(item: Pick<LineItem, 'creators' | 'minCreators' | 'maxCreators'>): { kind: 'belowMin' | 'aboveMax'; bound: number } | null {
  if (item.minCreators !== undefined && item.creators < item.minCreators) return { kind: 'belowMin', bound: item.minCreators };
  if (item.maxCreators !== undefined && item.creators > item.maxCreators) return { kind: 'aboveMax', bound: item.maxCreators };
  return null;
}

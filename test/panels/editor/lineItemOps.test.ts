import { describe, expect, it } from 'vitest';
import { benchmarkDefaults } from '../../../src/engine/defaults';
import { PAYMENT_MODELS, scenarioSchema, type LineItem, type Platform, type Tier } from '../../../src/engine/schema';
import {
  addLineItem,
  applyTierPlatformDefaults,
  duplicateLineItem,
  moveLineItem,
  paymentFallbacks,
  removeLineItem,
  switchPaymentModel,
  tierConventionOf,
  toggleHybridPart,
  uniqueId,
  withTierConvention,
} from '../../../src/panels/editor/lineItemOps';
import { exampleScenario } from '../fixtures';

const ids = (s: { lineItems: readonly LineItem[] }) => s.lineItems.map((item) => item.id);
const labelFor = (tier: Tier, platform: Platform) => `${tier} on ${platform}`;

describe('line item list edits', () => {
  it('add a schema-valid, numbered line item with an unused id', () => {
    const numbered = (n: number) => `Line item ${n}`;
    const s = addLineItem(addLineItem(exampleScenario(), 'micro', 'tiktok', numbered), 'micro', 'tiktok', numbered);
    expect(ids(s)).toEqual(['micro-tiktok', 'nano-instagram', 'micro-tiktok-2', 'micro-tiktok-3']);
    expect(s.lineItems.map((item) => item.label).slice(2)).toEqual(['Line item 3', 'Line item 4']);
    expect(scenarioSchema.safeParse(s).success).toBe(true);
  });

  it('numbers past a label already in use, and starts a new line item gifted plus commission', () => {
    const base = exampleScenario();
    const taken = { ...base, lineItems: [base.lineItems[0]!, { ...base.lineItems[1]!, label: 'Line item 3' }] };
    const s = addLineItem(taken, 'nano', 'instagram', (n) => `Line item ${n}`);
    const added = s.lineItems[2];
    expect(added?.label).toBe('Line item 4');
    // The fixture's economics: €60 order, 55% margin, so a gift at cost plus €5 shipping is 60 × 0.45 + 5 = €32.
    expect(added?.payment).toEqual({ model: 'hybrid', giftCost: 32, commissionRate: 0.1 });
    expect(added?.followers).toBe(benchmarkDefaults('nano', 'instagram').followers.value.typical);
  });

  it('duplicate right after the original with a unique id and a copy label', () => {
    const base = exampleScenario();
    const s = duplicateLineItem(duplicateLineItem(base, 'micro-tiktok', (l) => `${l} (copy)`), 'micro-tiktok', (l) => `${l} (copy)`);
    expect(ids(s)).toEqual(['micro-tiktok', 'micro-tiktok-3', 'micro-tiktok-2', 'nano-instagram']);
    expect(s.lineItems[1]?.label).toBe('Micro creators on TikTok (copy)');
    expect(s.lineItems[1]?.payment).toEqual(base.lineItems[0]?.payment);
    expect(scenarioSchema.safeParse(s).success).toBe(true);
    expect(base.lineItems).toHaveLength(2);
  });

  it('remove by id', () => {
    expect(ids(removeLineItem(exampleScenario(), 'micro-tiktok'))).toEqual(['nano-instagram']);
  });

  it('move up and down, ignoring moves past either end', () => {
    const s = exampleScenario();
    expect(ids(moveLineItem(s, 'nano-instagram', -1))).toEqual(['nano-instagram', 'micro-tiktok']);
    expect(ids(moveLineItem(s, 'micro-tiktok', 1))).toEqual(['nano-instagram', 'micro-tiktok']);
    expect(moveLineItem(s, 'micro-tiktok', -1)).toBe(s);
    expect(moveLineItem(s, 'nano-instagram', 1)).toBe(s);
  });

  it('find unique ids from a base', () => {
    const s = exampleScenario();
    expect(uniqueId(s, 'macro-youtube')).toBe('macro-youtube');
    expect(uniqueId(s, 'micro-tiktok')).toBe('micro-tiktok-2');
  });

  it('keep the tier convention in meta', () => {
    const s = exampleScenario();
    expect(tierConventionOf(s)).toBe('standard');
    const agency = withTierConvention(s, 'agency');
    expect(tierConventionOf(agency)).toBe('agency');
    expect(scenarioSchema.safeParse(agency).success).toBe(true);
  });
});

describe('switching the payment model', () => {
  const s = exampleScenario();
  const item = s.lineItems[0]!;
  const fallbacks = paymentFallbacks(item, s.economics, 'standard');

  it('produces a schema-valid line item for every pair of models', () => {
    for (const from of PAYMENT_MODELS)
      for (const to of PAYMENT_MODELS) {
        const start = { ...item, payment: switchPaymentModel(item.payment, from, fallbacks) };
        const next = { ...s, lineItems: [{ ...start, payment: switchPaymentModel(start.payment, to, fallbacks) }] };
        const parsed = scenarioSchema.safeParse(next);
        expect(parsed.success, `${from} → ${to}`).toBe(true);
        expect(next.lineItems[0]?.payment.model).toBe(to);
      }
  });

  it('keeps the fee from fixed to hybrid and adds a commission', () => {
    expect(switchPaymentModel({ model: 'fixed', feePerPost: 250 }, 'hybrid', fallbacks)).toEqual({
      model: 'hybrid',
      feePerPost: 250,
      commissionRate: 0.1,
    });
  });

  it('keeps the matching part from hybrid and drops the rest', () => {
    expect(switchPaymentModel({ model: 'hybrid', feePerPost: 400, commissionRate: 0.12 }, 'cps', fallbacks)).toEqual({
      model: 'cps',
      commissionRate: 0.12,
    });
  });

  it('starts a gift at the product cost plus shipping', () => {
    expect(switchPaymentModel({ model: 'fixed', feePerPost: 250 }, 'gifting', fallbacks)).toEqual({ model: 'gifting', giftCost: 60 * 0.45 + 5 });
  });

  it('refuses to drop the last fixed or performance part of a hybrid', () => {
    const hybrid = { model: 'hybrid' as const, feePerPost: 400, commissionRate: 0.1 };
    expect(toggleHybridPart(hybrid, 'feePerPost', false, fallbacks)).toBe(hybrid);
    const withGift = toggleHybridPart(hybrid, 'giftCost', true, fallbacks);
    expect(toggleHybridPart(withGift, 'feePerPost', false, fallbacks)).toEqual({ model: 'hybrid', giftCost: 32, commissionRate: 0.1 });
  });
});

describe('picking a tier and platform', () => {
  it("fills the table's followers, rates and fee and keeps the planner's counts", () => {
    const s = exampleScenario();
    const item = { ...s.lineItems[0]!, payment: { model: 'fixed' as const, feePerPost: 1 } };
    const next = applyTierPlatformDefaults(item, 'macro', 'youtube', 'standard', labelFor);
    const table = benchmarkDefaults('macro', 'youtube');
    expect(next.followers).toBe(table.followers.value.typical);
    expect(next.reachRate).toEqual(table.reachRate.value);
    expect(next.conversionRate).toEqual(table.conversionRate.value);
    expect(next.payment).toEqual({ model: 'fixed', feePerPost: table.feePerPost.value.typical });
    expect([next.creators, next.posts, next.id]).toEqual([10, 3, 'micro-tiktok']);
    expect(next.label).toBe('macro on youtube');
  });

  it('keeps a label the planner wrote', () => {
    const item = { ...exampleScenario().lineItems[0]!, label: 'Spring drop' };
    expect(applyTierPlatformDefaults(item, 'nano', 'instagram', 'standard', labelFor).label).toBe('Spring drop');
  });
});

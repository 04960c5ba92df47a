import fc from 'fast-check';
import { expect } from 'vitest';
import {
  CURRENT_VERSION,
  SCENARIO_FORMAT,
  PAYMENT_MODELS,
  PLATFORMS,
  TIERS,
  scenarioSchema,
  type LineItem,
  type PaymentModel,
  type RateKind,
  type Scenario,
  type ScenarioInput,
} from '../../src/engine/schema';
import { rateMedian } from '../../src/engine/distributions';
import type { LineItemFlows } from '../../src/engine/funnel';
import { LIMITS } from '../../src/engine/limits';
import { projectPoint } from '../../src/engine/point';
import { buildScenario, lineItemInput } from '../fixtures/scenario';

/**
 * fast-check arbitraries of valid scenarios, shared by the engine's property tests. Everything
 * generated passes `scenarioSchema.parse`; optional fields are sometimes left out so that the
 * documented defaults are exercised too. Counts and money stay moderate so that Monte Carlo runs
 * over generated scenarios remain fast, but zeros (no creators, no posts, no followers, rates of
 * 0, 100% returns) come up often.
 */

/**
 * Non-zero amounts start at 1e-6: fast-check otherwise favours subnormal numbers such as 5e-324,
 * where products underflow and no tolerance is meaningful, and no planner types them.
 */
const positiveUpTo = (max: number) => fc.double({ min: 1e-6, max, noNaN: true });
const money = (max = 10_000) => fc.oneof(fc.constant(0), positiveUpTo(max));
const share = () => fc.oneof(fc.constantFrom(0, 1), positiveUpTo(1));

/** A count that is 0 about one time in eight, so that empty groups are always covered. */
const orZero = (positive: fc.Arbitrary<number>) => fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: positive, weight: 7 });

/** A rate: a known number in [0, max], or a range {low, high} with 0 < low ≤ high ≤ max. */
export function rateArbitrary(max: number): fc.Arbitrary<number | { low: number; high: number }> {
  const positive = positiveUpTo(max);
  return fc.oneof(
    fc.constant(0),
    positive,
    // The schema allows a high of at most a million times the low (LIMITS.rateSpread).
    fc.tuple(positive, positive).map(([a, b]) => ({ low: Math.min(a, b), high: Math.min(Math.max(a, b), Math.min(a, b) * LIMITS.rateSpread) })),
  );
}

type PaymentInput = ScenarioInput['lineItems'][number]['payment'];

export function paymentArbitrary(model: PaymentModel): fc.Arbitrary<PaymentInput> {
  switch (model) {
    case 'fixed':
      return money().map((feePerPost) => ({ model, feePerPost }));
    case 'gifting':
      return money(500).map((giftCost) => ({ model, giftCost }));
    case 'cpa':
      return money(200).map((amountPerAction) => ({ model, amountPerAction }));
    case 'cps':
      return share().map((commissionRate) => ({ model, commissionRate }));
    case 'cpl':
      return money(50).map((amountPerLead) => ({ model, amountPerLead }));
    case 'hybrid':
      return fc
        .record(
          { feePerPost: money(), giftCost: money(500), amountPerAction: money(200), commissionRate: share(), amountPerLead: money(50) },
          { requiredKeys: [] },
        )
        .filter((p) => ('feePerPost' in p || 'giftCost' in p) && ('amountPerAction' in p || 'commissionRate' in p || 'amountPerLead' in p))
        .map((p) => ({ model, ...p }));
  }
}

export interface ScenarioArbitraryOptions {
  /** at most this many line items (default 4; 0 line items is always possible) */
  maxLineItems?: number;
  /** payment models to draw from (default all six) */
  models?: readonly PaymentModel[];
  /** at most this many creators per line item (default 50) */
  maxCreators?: number;
  /** at most this many Monte Carlo trials (default 200) */
  maxTrials?: number;
  /**
   * v2: add 0–3 audiences (1 to 3 with `audiences: 'always'`), put each line item in one of them or in
   * none, and sometimes a budget (default: none of the v2 fields, so the v1 properties stay as they were)
   */
  audiences?: boolean | 'always';
}

export function lineItemInputArbitrary(options: ScenarioArbitraryOptions = {}) {
  const models = options.models ?? PAYMENT_MODELS;
  return fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      label: fc.string({ maxLength: 30 }),
      tier: fc.constantFrom(...TIERS),
      platform: fc.constantFrom(...PLATFORMS),
      creators: orZero(fc.integer({ min: 1, max: options.maxCreators ?? 50 })),
      followers: orZero(fc.integer({ min: 1, max: 5_000_000 })),
      posts: orZero(fc.integer({ min: 1, max: 20 })),
      reachRate: rateArbitrary(50),
      engagementRate: rateArbitrary(1),
      clickRate: rateArbitrary(1),
      conversionRate: rateArbitrary(1),
      leadRate: rateArbitrary(1),
      payment: fc.constantFrom(...models).chain(paymentArbitrary),
    },
    { requiredKeys: ['id', 'tier', 'platform', 'creators', 'followers', 'posts', 'reachRate', 'engagementRate', 'clickRate', 'conversionRate', 'payment'] },
  );
}

const economicsArbitrary = fc.record(
  {
    averageOrderValue: money(1000),
    grossMargin: share(),
    discountRate: share(),
    returnRate: share(),
    leadValue: money(100),
    trackedShare: share(),
    mediaValueCpm: money(50),
  },
  { requiredKeys: ['averageOrderValue', 'grossMargin'] },
);

/**
 * Audience sizes from one person to the format's ten billion, so that both saturated niches (a few
 * hundred people) and audiences no campaign dents come up.
 */
const audienceSizeArbitrary = fc.oneof(
  fc.integer({ min: LIMITS.audienceSize.min, max: 1_000 }),
  fc.integer({ min: 1_000, max: 10_000_000 }),
  fc.constant(LIMITS.audienceSize.max),
);

type AudienceInput = NonNullable<ScenarioInput['audiences']>[number];

function audiencesArbitrary(minLength = 0, maxLength = 3): fc.Arbitrary<AudienceInput[]> {
  return fc.uniqueArray(
    fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), label: fc.string({ maxLength: 20 }), size: audienceSizeArbitrary }, { requiredKeys: ['id', 'size'] }),
    { minLength, maxLength, selector: (a) => a.id },
  );
}

/** A budget, 0 included (everything spent is over it), or none. */
const budgetArbitrary: fc.Arbitrary<number | undefined> = fc.option(money(200_000), { nil: undefined });

/** Audiences, each line item's membership (or none) and a budget, added to a v1-shaped scenario. */
function withAudiences(input: ScenarioInput, minAudiences: number): fc.Arbitrary<ScenarioInput> {
  return fc.tuple(audiencesArbitrary(minAudiences), budgetArbitrary).chain(([audiences, budget]) =>
    fc.array(fc.integer({ min: -1, max: audiences.length - 1 }), { minLength: input.lineItems.length, maxLength: input.lineItems.length }).map((picks) => ({
      ...input,
      audiences,
      ...(budget === undefined ? {} : { budget }),
      lineItems: input.lineItems.map((item, i) => {
        const audience = audiences[picks[i] ?? -1];
        return audience === undefined ? item : { ...item, audience: audience.id };
      }),
    })),
  );
}

/** A scenario file as a user might write it, before defaults are filled in. */
export function scenarioInputArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<ScenarioInput> {
  const v1 = v1ScenarioInputArbitrary(options);
  if (!options.audiences) return v1;
  return v1.chain((input) => withAudiences(input, options.audiences === 'always' ? 1 : 0));
}

function v1ScenarioInputArbitrary(options: ScenarioArbitraryOptions): fc.Arbitrary<ScenarioInput> {
  return fc.record(
    {
      format: fc.constant(SCENARIO_FORMAT),
      version: fc.constant(CURRENT_VERSION),
      name: fc.string({ minLength: 1, maxLength: 30 }),
      currency: fc.constantFrom('EUR', 'USD', 'GBP'),
      economics: economicsArbitrary,
      overheads: fc.array(fc.record({ label: fc.string({ maxLength: 20 }), amount: money(5000) }), { maxLength: 3 }),
      timing: fc.record({ weeks: fc.integer({ min: 1, max: 104 }), payoutDelayWeeks: fc.integer({ min: 0, max: 26 }) }),
      simulation: fc.record({
        trials: fc.integer({ min: 1, max: options.maxTrials ?? 200 }),
        seed: fc.integer({ min: 0, max: 4_294_967_295 }),
        creatorCorrelation: share(),
        campaignCorrelation: share(),
      }),
      lineItems: fc.uniqueArray(lineItemInputArbitrary(options), { maxLength: options.maxLineItems ?? 4, selector: (item) => item.id }),
    },
    { requiredKeys: ['format', 'version', 'name', 'currency', 'economics', 'lineItems'] },
  );
}

/** A validated scenario with every default filled in, as the engine receives it. */
export function scenarioArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<Scenario> {
  return scenarioInputArbitrary(options).map((input) => scenarioSchema.parse(input));
}

/**
 * Paths of every number in `value` that is NaN or ±Infinity, and of every field set to undefined;
 * [] when every number is finite (null is fine: it is how undefined metrics are reported).
 */
export function nonFiniteNumbers(value: unknown, path = ''): string[] {
  if (value === undefined) return [`${path}: undefined`];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (value === null || typeof value !== 'object') return [];
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return nonFiniteNumbers(Array.from(value as unknown as ArrayLike<number>), path);
  return Object.entries(value).flatMap(([key, v]) => nonFiniteNumbers(v, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`));
}

type LineItemInput = ScenarioInput['lineItems'][number];

/**
 * A hand-written fixture: one known-rate line item per entry of `items` (each overriding these
 * defaults), validated and defaulted like a file. For tests whose expected numbers are worked out
 * by hand.
 */
export function scenarioFrom(
  items: (Partial<LineItemInput> & Pick<LineItemInput, 'payment'>)[],
  economics: ScenarioInput['economics'] = { averageOrderValue: 50, grossMargin: 0.5 },
  overheads: number[] = [],
): Scenario {
  return buildScenario({
    name: 'Fixture',
    economics,
    overheads: overheads.map((amount, i) => ({ label: `overhead ${i + 1}`, amount })),
    lineItems: items.map((item, i) =>
      lineItemInput({ id: `item-${i + 1}`, label: '', followers: 10_000, reachRate: 0.1, engagementRate: 0.05, clickRate: 0.01, conversionRate: 0.02, ...item }),
    ),
  });
}

/** Asserts each listed field: null where null is expected, else equal to 6 decimal places. */
export function expectFields(actual: object, expected: Record<string, number | null>): void {
  for (const [key, value] of Object.entries(expected)) {
    const got: unknown = (actual as Record<string, unknown>)[key];
    if (value === null) expect(got, key).toBeNull();
    else expect(got, key).toBeCloseTo(value, 6);
  }
}

/**
 * Rounding errors are relative to the size of the terms that cancel (gross profit against payout),
 * so "zero" means small compared with them; the tiny absolute floor absorbs subnormal underflow.
 */
export function expectNear(actual: number, expected: number, scale: number): void {
  const tolerance = 1e-9 * Math.max(Math.abs(scale), Math.abs(expected)) + 1e-300;
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** The size of a line item's money terms, the scale of its profit's rounding error. */
export function moneyScale(flows: Pick<LineItemFlows, 'grossProfit' | 'payoutBreakdown'>): number {
  const b = flows.payoutBreakdown;
  return Math.abs(flows.grossProfit) + Math.abs(b.fixedFees) + b.gifts + b.perAction + b.commission + b.perLead;
}

/** Every conversion rate at k times its median, the other rates at their medians. */
export const withConversionMultiplier = (k: number) => (item: LineItem, kind: RateKind) =>
  rateMedian(item[kind]) * (kind === 'conversionRate' ? k : 1);

/** The size of the campaign's money terms with conversion rates multiplied by k. */
export function campaignScale(scenario: Scenario, k: number): number {
  const { totals } = projectPoint(scenario, { rateOf: withConversionMultiplier(k) });
  return Math.abs(totals.grossProfit) + totals.cost;
}

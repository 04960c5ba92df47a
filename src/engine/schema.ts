import * as z from 'zod/mini';
import {
  CURRENT_VERSION,
  MAX_REACH_RATE,
  PAYMENT_MODELS,
  PLATFORMS,
  SCENARIO_FORMAT,
  TIERS,
  WORKSPACE_FORMAT,
} from './vocabulary';

/**
 * The scenario file format, version 1 (SPEC §3). One schema gives both validation and the
 * TypeScript types; messages are the "rule" half of a validation line, so they read after a path:
 * `lineItems[2].payment.commissionRate: must be between 0 and 1 (got 1.5)`. It is written with
 * zod's tree-shakable "mini" API, which keeps about 20 kB of gzip out of the app's first load.
 */

export * from './vocabulary';

const num = () => z.number({ error: 'must be a number' });
const atLeast = (min: number) => num().check(z.gte(min, { error: `must be at least ${min}` }));
const between = (min: number, max: number) =>
  num().check(z.gte(min, { error: `must be between ${min} and ${max}` }), z.lte(max, { error: `must be between ${min} and ${max}` }));
const wholeBetween = (min: number, max: number) =>
  between(min, max).check(z.multipleOf(1, { error: 'must be a whole number' }));
const share = () => between(0, 1);
const text = (max: number) => z.string({ error: 'must be a text' }).check(z.maxLength(max, { error: `must be at most ${max} characters` }));
const positiveUpTo = (max: number) =>
  num().check(z.gt(0, { error: 'must be greater than 0' }), z.lte(max, { error: `must be at most ${max}` }));

/** A rate: a known number, or a 90% interval {low, high} for one creator of the group. */
export const rateSchema = (max: number) =>
  z.union([
    between(0, max),
    z
      .strictObject({ low: positiveUpTo(max), high: positiveUpTo(max) })
      .check(z.refine((r) => r.low <= r.high, { error: 'low must not exceed high', path: ['low'] })),
  ]);

const PAYMENT_FIELDS = {
  fixed: ['feePerPost'],
  gifting: ['giftCost'],
  cpa: ['amountPerAction'],
  cps: ['commissionRate'],
  cpl: ['amountPerLead'],
} as const;
const FIXED_PARTS = ['feePerPost', 'giftCost'] as const;
const PERFORMANCE_PARTS = ['amountPerAction', 'commissionRate', 'amountPerLead'] as const;
const ALL_PAYMENT_FIELDS = [...FIXED_PARTS, ...PERFORMANCE_PARTS] as const;
export type PaymentField = (typeof ALL_PAYMENT_FIELDS)[number];

export const paymentSchema = z
  .strictObject({
    model: z.enum(PAYMENT_MODELS, { error: `must be one of ${PAYMENT_MODELS.join(', ')}` }),
    feePerPost: z.optional(atLeast(0)),
    giftCost: z.optional(atLeast(0)),
    amountPerAction: z.optional(atLeast(0)),
    commissionRate: z.optional(share()),
    amountPerLead: z.optional(atLeast(0)),
  })
  .check(z.superRefine((p, ctx) => {
    const present = ALL_PAYMENT_FIELDS.filter((f) => p[f] !== undefined);
    if (p.model === 'hybrid') {
      if (!FIXED_PARTS.some((f) => present.includes(f)))
        ctx.addIssue({ code: 'custom', path: [], input: p, message: 'hybrid needs a fixed part (feePerPost or giftCost)' });
      if (!PERFORMANCE_PARTS.some((f) => present.includes(f)))
        ctx.addIssue({
          code: 'custom',
          path: [],
          input: p,
          message: 'hybrid needs a performance part (amountPerAction, commissionRate or amountPerLead)',
        });
      return;
    }
    const own: readonly string[] = PAYMENT_FIELDS[p.model];
    for (const field of own)
      if (!present.includes(field as PaymentField))
        ctx.addIssue({ code: 'custom', path: [field], input: undefined, message: `is required for model "${p.model}"` });
    for (const field of present)
      if (!own.includes(field))
        ctx.addIssue({ code: 'custom', path: [field], input: p[field], message: `is not allowed for model "${p.model}"` });
  }));

export const lineItemSchema = z.strictObject({
  id: z.string({ error: 'must be a text' }).check(
    z.minLength(1, { error: 'must be 1 to 64 characters' }),
    z.maxLength(64, { error: 'must be 1 to 64 characters' }),
  ),
  label: z._default(text(200), ''),
  tier: z.enum(TIERS, { error: `must be one of ${TIERS.join(', ')}` }),
  platform: z.enum(PLATFORMS, { error: `must be one of ${PLATFORMS.join(', ')}` }),
  creators: wholeBetween(0, 1_000_000),
  followers: between(0, 1e9),
  posts: wholeBetween(0, 10_000),
  reachRate: rateSchema(MAX_REACH_RATE),
  engagementRate: rateSchema(1),
  clickRate: rateSchema(1),
  conversionRate: rateSchema(1),
  leadRate: z._default(rateSchema(1), 0),
  payment: paymentSchema,
});

const DEFAULT_TIMING = { weeks: 8, payoutDelayWeeks: 4 };
const DEFAULT_SIMULATION = { trials: 10_000, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 };

export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT, { error: `must be "${SCENARIO_FORMAT}"` }),
  version: z.literal(CURRENT_VERSION, { error: `must be ${CURRENT_VERSION}` }),
  name: text(200).check(z.minLength(1, { error: 'must not be empty' })),
  description: z.optional(text(5000)),
  currency: z.string({ error: 'must be a text' }).check(z.regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter ISO 4217 code such as EUR' })),
  economics: z.strictObject({
    averageOrderValue: atLeast(0),
    grossMargin: share(),
    discountRate: z._default(share(), 0),
    returnRate: z._default(share(), 0),
    leadValue: z._default(atLeast(0), 0),
    trackedShare: z._default(share(), 1),
    mediaValueCpm: z._default(atLeast(0), 0),
  }),
  overheads: z._default(
    z
      .array(z.strictObject({ label: text(200), amount: atLeast(0) }), { error: 'must be a list' })
      .check(z.maxLength(100, { error: 'must have at most 100 entries' })),
    [],
  ),
  timing: z._default(
    z.strictObject({ weeks: wholeBetween(1, 104), payoutDelayWeeks: z._default(wholeBetween(0, 26), 4) }),
    () => ({ ...DEFAULT_TIMING }),
  ),
  simulation: z._default(
    z.strictObject({
      trials: z._default(wholeBetween(1, 1_000_000), 10_000),
      seed: z._default(wholeBetween(0, 4_294_967_295), 1),
      creatorCorrelation: z._default(share(), 0.5),
      campaignCorrelation: z._default(share(), 0.3),
    }),
    () => ({ ...DEFAULT_SIMULATION }),
  ),
  lineItems: z.array(lineItemSchema, { error: 'must be a list' }).check(
    z.maxLength(500, { error: 'must have at most 500 line items' }),
    z.superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], input: item.id, message: 'must be unique' });
        seen.add(item.id);
      });
    }),
  ),
  meta: z.optional(z.record(z.string(), z.unknown())),
});

export const workspaceSchema = z
  .strictObject({
    format: z.literal(WORKSPACE_FORMAT, { error: `must be "${WORKSPACE_FORMAT}"` }),
    version: z.literal(CURRENT_VERSION, { error: `must be ${CURRENT_VERSION}` }),
    scenarios: z.array(scenarioSchema, { error: 'must be a list' }).check(z.minLength(1, { error: 'must hold at least one scenario' })),
    baselineIndex: z._default(wholeBetween(0, 10_000), 0),
  })
  .check(z.refine((w) => w.baselineIndex < w.scenarios.length, { error: 'must point at one of the scenarios', path: ['baselineIndex'] }));

/** A validated scenario with every default filled in: what the engine and the app work on. */
export type Scenario = z.output<typeof scenarioSchema>;
/** What a file may contain before defaults are applied. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Workspace = z.output<typeof workspaceSchema>;
export type LineItem = Scenario['lineItems'][number];
export type Payment = LineItem['payment'];
export type Economics = Scenario['economics'];
export type Rate = LineItem['reachRate'];
export type RateRange = Exclude<Rate, number>;

import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { metaProblem } from './metaBounds';
import { schemaMessage as msg } from './validationRules';
import { BONUS_METRICS } from './payouts/terms';
import { ALLOCATION_OBJECTIVES, BUDGET_RULES, CURRENT_VERSION, PAYMENT_MODELS, PLATFORMS, SCENARIO_FORMAT, TIERS, WORKSPACE_FORMAT } from './vocabulary';

/**
 * The scenario file format, version 3 (docs/MODEL.md §3, §10). One schema gives both validation and the
 * TypeScript types; messages are the "rule" half of a validation line, so they read after a path:
 * `lineItems[2].payment.commissionRate: must be between 0 and 1 (got 1.5)`. Each message comes
 * from a typed rule code (validationRules.ts), so the app can show it in the planner's language.
 * It is written with zod's tree-shakable "mini" API, which keeps about 20 kB of gzip out of the
 * app's first load. Every bound comes from LIMITS.
 */

export * from './vocabulary';

const num = () => z.number({ error: msg('number') });
const between = (min: number, max: number) => {
  const error = msg('between', { min, max });
  return num().check(z.gte(min, { error }), z.lte(max, { error }));
};
const wholeBetween = (min: number, max: number) => between(min, max).check(z.multipleOf(1, { error: msg('whole') }));
const share = () => between(0, LIMITS.rate.max);
/** A sum of money: capped far beyond any campaign, so no total of a valid file overflows. */
const amount = () =>
  num().check(z.gte(LIMITS.amount.min, { error: msg('atLeast', { min: LIMITS.amount.min }) }), z.lte(LIMITS.amount.max, { error: msg('atMost', { max: LIMITS.amount.max }) }));
const text = (max: number) => z.string({ error: msg('text') }).check(z.maxLength(max, { error: msg('maxChars', { max }) }));
const positiveUpTo = (max: number) => num().check(z.gt(0, { error: msg('positive') }), z.lte(max, { error: msg('atMost', { max }) }));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: msg('oneOf', { options: values.join(', ') }) });
const object = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject(shape, { error: msg('object') });

/** A rate: a known number, or a 90% interval {low, high} for one creator of the group. */
const rateSchema = (max: number) =>
  z.union([
    between(0, max),
    z
      .strictObject({ low: positiveUpTo(max), high: positiveUpTo(max) })
      .check(
        z.refine((r) => r.low <= r.high, { error: msg('lowAboveHigh'), path: ['low'] }),
        // A 90% interval wider than this says nothing a planner means, and its lognormal's
        // moments (e^(k²σ²/2)) overflow: 5e-324 to 1 would make the group sums infinite.
        z.refine((r) => r.high <= r.low * LIMITS.rateSpread, { error: msg('rangeTooWide', { spread: LIMITS.rateSpread }), path: ['low'] }),
      ),
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

/** v3: the rate from a creator's sales above `from` on (docs/MODEL.md §10). */
const commissionTierSchema = object({ from: positiveUpTo(LIMITS.amount.max), rate: share() });
/** v3: a fixed amount once a creator's metric reaches the threshold. */
const bonusSchema = object({ metric: oneOf(BONUS_METRICS), threshold: positiveUpTo(LIMITS.amount.max), amount: amount() });

/** A line item's payment; the editor checks edited terms against it before they reach the store. */
export const paymentSchema = object({
  model: oneOf(PAYMENT_MODELS),
  feePerPost: z.optional(amount()),
  giftCost: z.optional(amount()),
  amountPerAction: z.optional(amount()),
  commissionRate: z.optional(share()),
  amountPerLead: z.optional(amount()),
  commissionTiers: z.optional(
    z.array(commissionTierSchema, { error: msg('list') }).check(z.maxLength(LIMITS.commissionTiers, { error: msg('maxEntries', { max: LIMITS.commissionTiers }) })),
  ),
  bonus: z.optional(bonusSchema),
  payoutCap: z.optional(amount()),
}).check(
  z.superRefine((p, ctx) => {
    const present = ALL_PAYMENT_FIELDS.filter((f) => p[f] !== undefined);
    // The v3 terms bend a performance payout, so each needs the part it modifies; a bonus is a
    // payment of its own and goes with any model ("a fixed fee plus a performance bonus").
    const tiers = p.commissionTiers ?? [];
    if (tiers.length > 0 && p.commissionRate === undefined)
      ctx.addIssue({ code: 'custom', path: ['commissionTiers'], input: p.commissionTiers, message: msg('tiersNeedCommission') });
    tiers.forEach((tier, k) => {
      const previous = tiers[k - 1];
      if (previous !== undefined && !(tier.from > previous.from))
        ctx.addIssue({ code: 'custom', path: ['commissionTiers', k, 'from'], input: tier.from, message: msg('tiersIncreasing') });
    });
    if (p.payoutCap !== undefined && !PERFORMANCE_PARTS.some((f) => present.includes(f)))
      ctx.addIssue({ code: 'custom', path: ['payoutCap'], input: p.payoutCap, message: msg('capNeedsPerformance') });
    if (p.model === 'hybrid') {
      if (!FIXED_PARTS.some((f) => present.includes(f))) ctx.addIssue({ code: 'custom', path: [], input: p, message: msg('hybridFixed') });
      if (!PERFORMANCE_PARTS.some((f) => present.includes(f)))
        ctx.addIssue({ code: 'custom', path: [], input: p, message: msg('hybridPerformance') });
      return;
    }
    const own: readonly string[] = PAYMENT_FIELDS[p.model];
    for (const field of own)
      if (!present.includes(field as PaymentField))
        ctx.addIssue({ code: 'custom', path: [field], input: undefined, message: msg('requiredForModel', { model: p.model }) });
    for (const field of present)
      if (!own.includes(field))
        ctx.addIssue({ code: 'custom', path: [field], input: p[field], message: msg('notAllowedForModel', { model: p.model }) });
  }),
);

const idLength = msg('charsBetween', { min: LIMITS.id.min, max: LIMITS.id.max });
const idSchema = () => z.string({ error: msg('text') }).check(z.minLength(LIMITS.id.min, { error: idLength }), z.maxLength(LIMITS.id.max, { error: idLength }));
const creatorCount = () => wholeBetween(LIMITS.creators.min, LIMITS.creators.max);

export const lineItemSchema = object({
  id: idSchema(),
  label: z._default(text(LIMITS.labelLength), ''),
  tier: oneOf(TIERS),
  platform: oneOf(PLATFORMS),
  creators: wholeBetween(LIMITS.creators.min, LIMITS.creators.max),
  followers: between(LIMITS.followers.min, LIMITS.followers.max),
  posts: wholeBetween(LIMITS.posts.min, LIMITS.posts.max),
  reachRate: rateSchema(LIMITS.reachRate.max),
  engagementRate: rateSchema(LIMITS.rate.max),
  clickRate: rateSchema(LIMITS.rate.max),
  conversionRate: rateSchema(LIMITS.rate.max),
  leadRate: z._default(rateSchema(LIMITS.rate.max), 0),
  payment: paymentSchema,
  /** v2: the audience this group's followers belong to (docs/MODEL.md §4, audience overlap) */
  audience: z.optional(idSchema()),
  /** v2: creators already committed, and the most that can be hired; the allocator stays within them */
  minCreators: z.optional(creatorCount()),
  maxCreators: z.optional(creatorCount()),
}).check(
  z.refine((item) => item.minCreators === undefined || item.maxCreators === undefined || item.minCreators <= item.maxCreators, {
    error: msg('minAboveMax'),
    path: ['minCreators'],
  }),
);

const audienceSchema = object({
  id: idSchema(),
  label: z.optional(text(LIMITS.labelLength)),
  size: wholeBetween(LIMITS.audienceSize.min, LIMITS.audienceSize.max),
});

/** The budget allocator's settings (docs/MODEL.md §8); stored and validated with the scenario. */
const allocationSchema = object({
  objective: z.optional(oneOf(ALLOCATION_OBJECTIVES)),
  budgetRule: z.optional(oneOf(BUDGET_RULES)),
  maxLossProbability: z.optional(share()),
  maxCpa: z.optional(positiveUpTo(LIMITS.amount.max)),
  minReach: z.optional(amount()),
});

const DEFAULT_TIMING = { weeks: 8, payoutDelayWeeks: 4 };
const DEFAULT_SIMULATION = { trials: 10_000, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 };

/** Free-form, kept as is, but bounded: a value nested thousands deep would break saving it. */
const metaSchema = z.record(z.string(), z.unknown(), { error: msg('object') }).check(
  z.superRefine((meta, ctx) => {
    const problem = metaProblem(meta, LIMITS.meta.depth, LIMITS.meta.bytes);
    if (problem === 'tooDeep') ctx.addIssue({ code: 'custom', path: [], input: undefined, message: msg('metaTooDeep', { max: LIMITS.meta.depth }) });
    if (problem === 'tooLarge')
      ctx.addIssue({ code: 'custom', path: [], input: undefined, message: msg('metaTooLarge', { max: LIMITS.meta.bytes / 1024 }) });
  }),
);

export const scenarioSchema = object({
  format: z.literal(SCENARIO_FORMAT, { error: msg('exactly', { expected: `"${SCENARIO_FORMAT}"` }) }),
  version: z.literal(CURRENT_VERSION, { error: msg('exactly', { expected: CURRENT_VERSION }) }),
  name: text(LIMITS.nameLength).check(z.minLength(1, { error: msg('notEmpty') })),
  description: z.optional(text(LIMITS.descriptionLength)),
  currency: z.string({ error: msg('text') }).check(z.regex(/^[A-Z]{3}$/, { error: msg('currency') })),
  economics: object({
    averageOrderValue: amount(),
    grossMargin: share(),
    discountRate: z._default(share(), 0),
    returnRate: z._default(share(), 0),
    leadValue: z._default(amount(), 0),
    trackedShare: z._default(share(), 1),
    mediaValueCpm: z._default(amount(), 0),
  }),
  overheads: z._default(
    z
      .array(object({ label: text(LIMITS.labelLength), amount: amount() }), { error: msg('list') })
      .check(z.maxLength(LIMITS.overheads.max, { error: msg('maxEntries', { max: LIMITS.overheads.max }) })),
    [],
  ),
  timing: z._default(
    object({
      weeks: wholeBetween(LIMITS.weeks.min, LIMITS.weeks.max),
      payoutDelayWeeks: z._default(wholeBetween(LIMITS.payoutDelayWeeks.min, LIMITS.payoutDelayWeeks.max), DEFAULT_TIMING.payoutDelayWeeks),
    }),
    () => ({ ...DEFAULT_TIMING }),
  ),
  simulation: z._default(
    object({
      trials: z._default(wholeBetween(LIMITS.trials.min, LIMITS.trials.max), DEFAULT_SIMULATION.trials),
      seed: z._default(wholeBetween(LIMITS.seed.min, LIMITS.seed.max), DEFAULT_SIMULATION.seed),
      creatorCorrelation: z._default(share(), DEFAULT_SIMULATION.creatorCorrelation),
      campaignCorrelation: z._default(share(), DEFAULT_SIMULATION.campaignCorrelation),
    }),
    () => ({ ...DEFAULT_SIMULATION }),
  ),
  budget: z.optional(amount()),
  audiences: z.optional(
    z.array(audienceSchema, { error: msg('list') }).check(
      z.maxLength(LIMITS.audiences.max, { error: msg('maxAudiences', { max: LIMITS.audiences.max }) }),
      z.superRefine((audiences, ctx) => {
        const seen = new Set<string>();
        audiences.forEach((audience, i) => {
          if (seen.has(audience.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], input: audience.id, message: msg('unique') });
          seen.add(audience.id);
        });
      }),
    ),
  ),
  allocation: z.optional(allocationSchema),
  lineItems: z.array(lineItemSchema, { error: msg('list') }).check(
    z.maxLength(LIMITS.lineItems.max, { error: msg('maxLineItems', { max: LIMITS.lineItems.max }) }),
    z.superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], input: item.id, message: msg('unique') });
        seen.add(item.id);
      });
    }),
  ),
  meta: z.optional(metaSchema),
}).check(
  z.superRefine((scenario, ctx) => {
    const ids = new Set((scenario.audiences ?? []).map((a) => a.id));
    scenario.lineItems.forEach((item, i) => {
      if (item.audience !== undefined && !ids.has(item.audience))
        ctx.addIssue({ code: 'custom', path: ['lineItems', i, 'audience'], input: undefined, message: msg('noAudience', { id: item.audience }) });
    });
  }),
);

export const workspaceSchema = object({
  format: z.literal(WORKSPACE_FORMAT, { error: msg('exactly', { expected: `"${WORKSPACE_FORMAT}"` }) }),
  version: z.literal(CURRENT_VERSION, { error: msg('exactly', { expected: CURRENT_VERSION }) }),
  scenarios: z.array(scenarioSchema, { error: msg('list') }).check(z.minLength(1, { error: msg('noScenarios') })),
  baselineIndex: z._default(wholeBetween(LIMITS.baselineIndex.min, LIMITS.baselineIndex.max), 0),
}).check(z.refine((w) => w.baselineIndex < w.scenarios.length, { error: msg('baselineIndex'), path: ['baselineIndex'] }));

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
export type Audience = NonNullable<Scenario['audiences']>[number];
export type AllocationSettings = NonNullable<Scenario['allocation']>;

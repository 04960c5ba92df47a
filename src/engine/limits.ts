import { MAX_REACH_RATE } from './vocabulary';

/**
 * Every bound of the scenario format in one place (docs/MODEL.md §3): the schema enforces them, the
 * editor's fields and the command's flags offer exactly these ranges, and the engine may rely on
 * them. Amounts are capped far beyond any campaign (a trillion) so that no sum of a valid file
 * can overflow to Infinity downstream.
 */
export const LIMITS = {
  /** files larger than this are refused before parsing */
  fileBytes: 5 * 1024 * 1024,
  trials: { min: 1, max: 1_000_000 },
  seed: { min: 0, max: 4_294_967_295 },
  weeks: { min: 1, max: 104 },
  payoutDelayWeeks: { min: 0, max: 26 },
  lineItems: { max: 500 },
  overheads: { max: 100 },
  id: { min: 1, max: 64 },
  nameLength: 200,
  labelLength: 200,
  descriptionLength: 5000,
  creators: { min: 0, max: 1_000_000 },
  posts: { min: 0, max: 10_000 },
  followers: { min: 0, max: 1e9 },
  reachRate: { max: MAX_REACH_RATE },
  /** how many times its low a range's high may be (σ ≤ ln(10⁶)/3.29 ≈ 4.2) */
  rateSpread: 1_000_000,
  /** engagement, click, conversion and lead rates, commission and every share of the economics */
  rate: { max: 1 },
  /** fees, gift cost, amounts per action and lead, order and lead value, overheads, media CPM */
  amount: { min: 0, max: 1e12 },
  /** commission tiers in one payment (v3) */
  commissionTiers: 20,
  /** pools of people that line items draw their followers from (v2) */
  audiences: { max: 50 },
  /** people in one audience */
  audienceSize: { min: 1, max: 1e10 },
  /** a workspace's baseline index */
  baselineIndex: { min: 0, max: 10_000 },
  /** the free-form `meta` object: how deep it may nest and how long it may be as JSON text */
  meta: { depth: 20, bytes: 64 * 1024 },
} as const;

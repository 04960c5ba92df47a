import type { Economics, LineItem, Payment } from '../schema';
import { LIMITS } from '../limits';
import { creatorSpread, expectedCreatorPerformance, solveIncreasing } from './expected';
import type { PerformanceTerms } from './terms';

/**
 * The Payments explorer's two structures that bend (docs/MODEL.md §10): "fee + bonus" pays half
 * the creators' expected earnings as a fee per post and half as a bonus for reaching the typical
 * creator's sales; "tiered commission" pays a rate up to the typical creator's sales and half as
 * much again above. Their amount and rate are solved numerically, since a bonus or a tier has no
 * closed-form inverse once the creators' spread is counted.
 */

/** The upper tier's rate as a multiple of the base rate: 8% → 12%, as in SPEC §10's example. */
export const TIER_STEP = 1.5;

export type BendingInfeasible = 'noPosts' | 'noCreators' | 'noConversions' | 'commissionAbove100';
export type BendingTerms = { payment: Payment; infeasible?: undefined } | { payment: null; infeasible: BendingInfeasible };

/** Down to two significant digits (4,873 → 4,800), so a typical creator reaches the threshold. */
export function roundDownTwoDigits(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 0;
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Number((Math.floor(x / unit + 1e-9) * unit).toPrecision(12));
}

type Spread = ReturnType<typeof creatorSpread>;

function typicalCreatorSales(item: LineItem, economics: Economics, saturation: number): { sales: number; spread: Spread } {
  const spread = creatorSpread(item, economics, saturation);
  const sales = spread.payableMu === -Infinity ? 0 : Math.exp(spread.payableMu) * spread.netOrderValue;
  return { sales, spread };
}

function emptyGroup(item: LineItem): BendingTerms | null {
  if (item.creators === 0) return { payment: null, infeasible: 'noCreators' };
  if (item.posts === 0) return { payment: null, infeasible: 'noPosts' };
  return null;
}

/**
 * Where both structures' term starts, the typical creator's sales rounded down to two digits (so
 * a typical creator reaches it), with the creators' spread; or why the group has no such creator.
 */
function typicalStart(item: LineItem, economics: Economics, saturation: number): { start: number; spread: Spread } | BendingTerms {
  const empty = emptyGroup(item);
  if (empty) return empty;
  const { sales, spread } = typicalCreatorSales(item, economics, saturation);
  const start = roundDownTwoDigits(sales);
  if (!(start > 0)) return { payment: null, infeasible: 'noConversions' };
  return { start, spread };
}

/** The least amount from 0 up whose expected pay reaches `target`, doubling the bracket as needed. */
function solveAmount(expected: (amount: number) => number, target: number): number | null {
  let high = Math.max(1, target);
  while (expected(high) < target && high < LIMITS.amount.max) high = Math.min(LIMITS.amount.max, high * 2);
  return solveIncreasing(expected, target, 0, high);
}

/** A fee per post for half of `earnings` and a sales bonus whose expectation is the other half. */
export function feeBonusTerms(item: LineItem, economics: Economics, earnings: number, saturation = 1): BendingTerms {
  const typical = typicalStart(item, economics, saturation);
  if ('payment' in typical) return typical;
  const { start: threshold, spread } = typical;
  const terms = (amount: number): PerformanceTerms => ({ bonus: { metric: 'sales', threshold, amount } });
  const amount = solveAmount((a) => expectedCreatorPerformance(terms(a), spread), earnings / 2 / item.creators);
  if (amount === null) return { payment: null, infeasible: 'noConversions' };
  return { payment: { model: 'fixed', feePerPost: earnings / 2 / (item.creators * item.posts), bonus: { metric: 'sales', threshold, amount } } };
}

/** A commission rate up to the typical creator's sales and TIER_STEP times it above, paying `earnings` in expectation. */
export function tieredTerms(item: LineItem, economics: Economics, earnings: number, saturation = 1): BendingTerms {
  const typical = typicalStart(item, economics, saturation);
  if ('payment' in typical) return typical;
  const { start: from, spread } = typical;
  const terms = (rate: number): PerformanceTerms => ({ commissionRate: rate, commissionTiers: [{ from, rate: rate * TIER_STEP }] });
  const rate = solveIncreasing((r) => expectedCreatorPerformance(terms(r), spread), earnings / item.creators, 0, 1 / TIER_STEP);
  if (rate === null) return { payment: null, infeasible: 'commissionAbove100' };
  return { payment: { model: 'cps', commissionRate: rate, commissionTiers: [{ from, rate: rate * TIER_STEP }] } };
}

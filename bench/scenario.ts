import { projectPoint } from '../src/engine/point';
import { scenarioSchema, type Scenario } from '../src/engine/schema';
import { CURRENT_VERSION } from '../src/engine/vocabulary';

export const LINE_ITEMS = 20;

/** The benchmark campaign: LINE_ITEMS hybrid line items, every rate uncertain, half with leads. */
export function benchScenario(creators: number, trials: number): Scenario {
  const platforms = ['instagram', 'tiktok', 'youtube', 'other'] as const;
  return scenarioSchema.parse({
    format: 'campaign-roi-scenario',
    version: CURRENT_VERSION,
    name: `bench ${creators}`,
    currency: 'EUR',
    economics: { averageOrderValue: 60, grossMargin: 0.55, discountRate: 0.1, returnRate: 0.08, leadValue: 3, trackedShare: 0.8 },
    overheads: [{ label: 'Production', amount: 2500 }],
    simulation: { trials, seed: 42, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: Array.from({ length: LINE_ITEMS }, (_, i) => ({
      id: `item-${i}`,
      tier: 'micro',
      platform: platforms[i % 4],
      creators,
      followers: 20000 + 1000 * i,
      posts: 1 + (i % 4),
      reachRate: { low: 0.08 + 0.005 * i, high: 0.5 },
      engagementRate: { low: 0.02, high: 0.08 },
      clickRate: { low: 0.002, high: 0.01 + 0.0005 * i },
      conversionRate: { low: 0.01, high: 0.04 },
      leadRate: i % 2 === 0 ? { low: 0.005, high: 0.02 } : 0,
      payment: { model: 'hybrid', feePerPost: 200 + 10 * i, commissionRate: 0.1 },
    })),
  });
}

/** The terms benchmark's groups (issue 11): 4 nano groups of 60–400 creators, 12 micro, 4 macro; 1,190 creators. */
const TERMS_GROUPS = [
  ...[60, 120, 200, 400].map((creators) => ({ tier: 'nano', creators, followers: 4000 })),
  ...[15, 20, 25, 30, 35, 40, 45, 50, 20, 30, 40, 40].map((creators) => ({ tier: 'micro', creators, followers: 30000 })),
  ...[2, 3, 5, 10].map((creators) => ({ tier: 'macro', creators, followers: 300000 })),
] as const;

/**
 * The payout-terms benchmark campaign: TERMS_GROUPS.length line items, every rate uncertain, each
 * paid one of four ways (commission, fee + commission, per action, fee + commission + per action).
 * With `terms`, each way gains tiers, a bonus, a cap or all three, set around the group's typical
 * creator of the same campaign without them, so that they bind for some creators and not for
 * others: the first tier below the typical creator's sales and the second above them, the bonus
 * threshold 1.2× the typical creator's metric, the cap 1.5× the typical creator's performance
 * payout (and bonus, where there is one).
 */
export function termsBenchScenario(trials: number, terms: boolean): Scenario {
  const linear = termsCampaign(trials, undefined);
  return terms ? termsCampaign(trials, typicalCreators(linear)) : linear;
}

/** One typical creator of a line item: the volumes and the performance payout the terms are set around. */
interface TypicalCreator {
  sales: number;
  payable: number;
  performance: number;
}

function typicalCreators(s: Scenario): TypicalCreator[] {
  const { trackedShare, returnRate, averageOrderValue, discountRate } = s.economics;
  return projectPoint(s).lineItems.map((li, i) => {
    const creators = s.lineItems[i]!.creators;
    const payable = (li.conversions * trackedShare * (1 - returnRate)) / creators;
    const performance = (li.payoutBreakdown.perAction + li.payoutBreakdown.commission) / creators;
    return { payable, sales: payable * averageOrderValue * (1 - discountRate), performance };
  });
}

function termsCampaign(trials: number, typical: readonly TypicalCreator[] | undefined): Scenario {
  const platforms = ['instagram', 'tiktok', 'youtube'] as const;
  return scenarioSchema.parse({
    format: 'campaign-roi-scenario',
    version: CURRENT_VERSION,
    name: `terms bench${typical ? '' : ' without terms'}`,
    currency: 'EUR',
    economics: { averageOrderValue: 80, grossMargin: 0.55, discountRate: 0.1, returnRate: 0.1, trackedShare: 0.6 },
    overheads: [{ label: 'Programme', amount: 5000 }],
    simulation: { trials, seed: 42, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: TERMS_GROUPS.map((group, i) => {
      const way = i % 4;
      const payment = {
        model: way === 0 ? 'cps' : way === 2 ? 'cpa' : 'hybrid',
        ...(way % 2 === 1 ? { feePerPost: group.tier === 'nano' ? 30 : group.tier === 'micro' ? 150 : 1000 } : {}),
        ...(way !== 2 ? { commissionRate: 0.1 } : {}),
        ...(way >= 2 ? { amountPerAction: 5 } : {}),
      };
      const t = typical?.[i];
      return {
        id: `item-${i}`,
        tier: group.tier,
        platform: platforms[i % 3],
        creators: group.creators,
        followers: group.followers,
        posts: 2 + (i % 3),
        reachRate: { low: 0.08, high: 0.4 },
        engagementRate: { low: 0.01, high: 0.06 },
        clickRate: { low: 0.003, high: 0.02 },
        conversionRate: { low: 0.008, high: 0.04 },
        payment: t ? { ...payment, ...termsAround(way, t) } : payment,
      };
    }),
  });
}

function termsAround(way: number, t: TypicalCreator) {
  const tiers = { commissionTiers: [{ from: 0.7 * t.sales, rate: 0.14 }, { from: 2 * t.sales, rate: 0.18 }] };
  // A bonus as large as the typical creator's performance payout, and a cap above both together.
  const bonus = (metric: 'sales' | 'conversions') => ({ bonus: { metric, threshold: 1.2 * (metric === 'sales' ? t.sales : t.payable), amount: t.performance } });
  const cap = (withBonus: boolean) => ({ payoutCap: 1.5 * t.performance * (withBonus ? 2 : 1) });
  if (way === 0) return { ...tiers, ...cap(false) };
  if (way === 1) return bonus('sales');
  if (way === 2) return { ...cap(true), ...bonus('conversions') };
  return { ...tiers, ...cap(true), ...bonus('sales') };
}

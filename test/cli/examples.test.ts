import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Evaluation } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/engine/parse';
import { projectPoint } from '../../src/engine/point';
import type { Scenario } from '../../src/engine/schema';
import { withoutV2Fields } from '../fixtures/scenario';

/**
 * The examples' descriptions make claims (this one loses in the typical case, that one has a
 * real chance of loss, the three ways spend the same budget). These tests keep the claims true
 * when the engine or the files change, so the examples never tell a story their numbers deny.
 */

const scenarioDir = resolve(import.meta.dirname, '../../scenarios');
const files = readdirSync(scenarioDir).filter((f) => f.endsWith('.json')).sort();

interface Example {
  file: string;
  scenario: Scenario;
  evaluation: Evaluation;
}

const examples: Example[] = files.flatMap((file) => {
  const parsed = parseScenarioText(readFileSync(join(scenarioDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not validate; see golden.test.ts for the errors`);
  return parsed.data.scenarios.map((scenario) => ({ file, scenario, evaluation: evaluateScenario(scenario) }));
});

const byName = (name: string): Example => {
  const found = examples.find((e) => e.scenario.name === name);
  if (!found) throw new Error(`no example named ${name}`);
  return found;
};

type Range = readonly [number, number];
/** `budgetLeft` and `probabilityOverBudget` only for the examples with a budget. */
type Claim = { typical: 'loss' | 'profit'; probabilityOfLoss: Range; budgetLeft?: number; probabilityOverBudget?: Range };

/**
 * The capped CPA's budget less its typical cost: €5,000 of overheads, three YouTubers at the €500
 * cap and thirty TikTok creators at 30,000 × 4 × √(0.1·0.5 · 0.0008·0.008 · 0.05·0.2) accounts,
 * 64.4% of them paid at €25 (see the capped CPA tests below): €21,500 − €9,778.71.
 */
const CAPPED_BUDGET_LEFT = 21_500 - 5_000 - 3 * 500 - 30 * 30_000 * 4 * Math.sqrt(0.1 * 0.5 * 0.0008 * 0.008 * 0.05 * 0.2) * 0.644 * 25;

/** What each description says about the typical case, the chance of a loss and the budget. */
const CLAIMS: Record<string, Claim> = {
  'Sunscreen launch: macro awareness push (fixed fees)': { typical: 'loss', probabilityOfLoss: [0.99, 1], budgetLeft: 5000, probabilityOverBudget: [0, 0] },
  'Coffee subscription: nano gifting seeding': { typical: 'loss', probabilityOfLoss: [0.65, 0.75], budgetLeft: 200, probabilityOverBudget: [0, 0] },
  'Language app: CPA installs on TikTok and YouTube': { typical: 'profit', probabilityOfLoss: [0.1, 0.5] },
  'Sustainable fashion: CPS affiliate program': { typical: 'profit', probabilityOfLoss: [0.1, 0.5] },
  'Home insurance quotes: CPL lead generation': { typical: 'profit', probabilityOfLoss: [0, 0.02] },
  'Spring launch: micro TikTok hybrid': { typical: 'loss', probabilityOfLoss: [0.99, 1] },
  'Headphones launch: one mega YouTuber': { typical: 'loss', probabilityOfLoss: [0.99, 1] },
  'Same budget: fixed fees': { typical: 'loss', probabilityOfLoss: [0.99, 1], budgetLeft: 0, probabilityOverBudget: [0, 0] },
  'Same budget: commission only (CPS)': { typical: 'profit', probabilityOfLoss: [0, 0.02], budgetLeft: 0, probabilityOverBudget: [0.62, 0.71] },
  'Same budget: hybrid': { typical: 'profit', probabilityOfLoss: [0, 0.1], budgetLeft: 0, probabilityOverBudget: [0.56, 0.65] },
  // The v3 examples' ranges of the chance of loss hold whether the Monte Carlo prices their terms
  // per creator (SPEC §10) or, as before, linearly: a per-creator bonus adds cost (0.14 linear,
  // about 0.16 per creator), a cap removes it. Priced per creator the capped CPA never goes over
  // its budget, which is what its caps allow: a trial in which every cap binds spends the budget
  // to the cent, not over it (budgetSlack.ts); priced linearly it went over in 0.06 of them.
  'Mattress brand: ambassadors on a fixed fee plus a bonus': { typical: 'profit', probabilityOfLoss: [0.12, 0.2] },
  'Outdoor gear: affiliate commission that rises with sales': { typical: 'profit', probabilityOfLoss: [0, 0.01] },
  'Investing app: CPA sign-ups with a cap per creator': { typical: 'profit', probabilityOfLoss: [0, 0.02], budgetLeft: CAPPED_BUDGET_LEFT, probabilityOverBudget: [0, 0] },
};

describe('example scenarios tell the story their descriptions tell', () => {
  it('every scenario has a claim, and every claim a scenario', () => {
    expect(examples.map((e) => e.scenario.name).sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  it.each(examples.map((e) => [e.scenario.name, e] as const))('%s explains itself and cites its sources', (_, { scenario }) => {
    expect(scenario.description?.length ?? 0).toBeGreaterThan(400);
    const sources = scenario.meta?.sources;
    expect(Array.isArray(sources) && sources.length > 0 && sources.every((s) => typeof s === 'string')).toBe(true);
    expect(scenario.simulation.trials).toBe(10_000);
  });

  it.each(Object.entries(CLAIMS))('%s: %j', (name, claim) => {
    const { evaluation } = byName(name);
    const profit = evaluation.point.totals.profit;
    if (claim.typical === 'loss') expect(profit).toBeLessThan(0);
    else expect(profit).toBeGreaterThan(0);
    expect(evaluation.monteCarlo.probabilityOfLoss).toBeGreaterThanOrEqual(claim.probabilityOfLoss[0]);
    expect(evaluation.monteCarlo.probabilityOfLoss).toBeLessThanOrEqual(claim.probabilityOfLoss[1]);
    if (claim.budgetLeft === undefined) expect(evaluation.point.totals.budgetLeft).toBeNull();
    else expect(evaluation.point.totals.budgetLeft).toBeCloseTo(claim.budgetLeft, 6);
    const over = evaluation.monteCarlo.probabilityOverBudget;
    if (claim.probabilityOverBudget === undefined) expect(over).toBeNull();
    else {
      expect(over).not.toBeNull();
      expect(over!).toBeGreaterThanOrEqual(claim.probabilityOverBudget[0]);
      expect(over!).toBeLessThanOrEqual(claim.probabilityOverBudget[1]);
    }
  });

  it('show both a typical-case loss and a 10–50% chance of loss, in more than one currency', () => {
    expect(examples.some((e) => e.evaluation.point.totals.profit < 0)).toBe(true);
    expect(examples.some((e) => e.evaluation.monteCarlo.probabilityOfLoss >= 0.1 && e.evaluation.monteCarlo.probabilityOfLoss <= 0.5)).toBe(true);
    expect(new Set(examples.map((e) => e.scenario.currency))).toEqual(new Set(['EUR', 'USD']));
  });
});

describe('same budget three ways', () => {
  const ways = examples.filter((e) => e.file === 'same-budget-three-ways.workspace.json');

  it('spends exactly the same on creators, and in total, in the typical case', () => {
    expect(ways).toHaveLength(3);
    for (const way of ways) {
      expect(way.evaluation.point.totals.payout).toBeCloseTo(6000, 6);
      expect(way.evaluation.point.totals.cost).toBeCloseTo(7000, 6);
    }
  });

  it('goes over the budget only with performance pay, by more with commission only, and only when sales are good', () => {
    const [fixed, cps, hybrid] = ways.map((w) => w.evaluation.monteCarlo);
    for (const way of ways) expect(way.scenario.budget).toBe(7000);
    // In one outcome of twenty commission only spends more than €8,500 over the budget, the hybrid more than €3,800.
    expect(fixed!.metrics.cost.p95).toBe(7000);
    expect(cps!.metrics.cost.p95! - 7000).toBeGreaterThan(8500);
    expect(cps!.metrics.cost.p95! - 7000).toBeLessThan(8600);
    expect(hybrid!.metrics.cost.p95! - 7000).toBeGreaterThan(3800);
    expect(hybrid!.metrics.cost.p95! - 7000).toBeLessThan(3900);
    expect(hybrid!.probabilityOverBudget!).toBeLessThan(cps!.probabilityOverBudget!);
    // Every order pays €6 of commission (20% × €62.50 × 96% kept × 50% tracked) and earns €36 of
    // gross profit (€62.50 × 96% × 60% margin): six euros of gross profit for each euro of commission.
    const commission = ways[1]!.evaluation.point.lineItems[1]!;
    expect(commission.payoutBreakdown.commission / commission.conversions).toBeCloseTo(6, 9);
    expect(commission.grossProfit / commission.conversions).toBeCloseTo(36, 9);
  });

  it('gives the same creators the same id, inputs and seed, so they share their draws', () => {
    expect(new Set(ways.map((w) => w.scenario.simulation.seed)).size).toBe(1);
    const byId = new Map<string, string>();
    for (const way of ways) {
      for (const { payment: _payment, label: _label, ...creators } of way.scenario.lineItems) {
        const key = JSON.stringify(creators);
        expect(byId.get(creators.id) ?? key).toBe(key);
        byId.set(creators.id, key);
      }
    }
    const shared = [...byId.keys()].filter((id) => ways.filter((w) => w.scenario.lineItems.some((li) => li.id === id)).length > 1);
    expect(shared).toEqual(['micro-instagram', 'micro-instagram-affiliates']);
  });
});

describe('coffee seeding in a niche', () => {
  const { scenario, evaluation } = byName('Coffee subscription: nano gifting seeding');
  const instagram = (s: Scenario) => s.lineItems.findIndex((item) => item.id === 'nano-instagram');
  const withInstagramCreators = (creators: number): Scenario => ({
    ...scenario,
    lineItems: scenario.lineItems.map((item) => (item.id === 'nano-instagram' ? { ...item, creators } : item)),
  });
  const ordersOf = (s: Scenario) => projectPoint(s).lineItems[instagram(s)]!.conversions;

  it('reaches 62,600 different people of the 100,000 in the niche, where 60 creators count 97,400, so responses count for 0.64', () => {
    const [niche] = evaluation.point.audiences;
    expect(niche).toMatchObject({ id: 'nl-specialty-coffee', size: 100_000 });
    expect(niche!.grossReach).toBeGreaterThan(97_350);
    expect(niche!.grossReach).toBeLessThan(97_450);
    expect(Math.round(niche!.reach / 100) * 100).toBe(62_600);
    expect(niche!.penetration).toBeCloseTo(0.63, 2);
    expect(niche!.saturation).toBeCloseTo(0.64, 2);
    // TikTok draws on no audience: its orders are those of the file without audiences.
    const tiktok = scenario.lineItems.findIndex((item) => item.id === 'nano-tiktok');
    expect(scenario.lineItems[tiktok]!.audience).toBeUndefined();
  });

  it('would roughly break even (+€85) were every follower a different person, and loses about €575 in the niche', () => {
    expect(Math.round(projectPoint(withoutV2Fields(scenario)).totals.profit / 5) * 5).toBe(85);
    expect(Math.round(evaluation.point.totals.profit / 5) * 5).toBe(-575);
    // The Instagram group still earns its boxes back; the €600 of overheads are what it no longer covers.
    expect(evaluation.point.lineItems[instagram(scenario)]!.profit).toBeGreaterThan(0);
    expect(evaluation.point.lineItems[instagram(scenario)]!.profit).toBeLessThan(600);
    expect(evaluation.point.totals.overheads).toBe(600);
  });

  it('doubling the Instagram creators from 60 to 120 adds only 37% more orders (32 to 44), costs €900 more, goes €700 over the budget and loses about €1,030', () => {
    const doubled = withInstagramCreators(120);
    expect(ordersOf(doubled) / ordersOf(scenario)).toBeGreaterThan(1.365);
    expect(ordersOf(doubled) / ordersOf(scenario)).toBeLessThan(1.375);
    expect([Math.round(ordersOf(scenario)), Math.round(ordersOf(doubled))]).toEqual([32, 44]);
    const totals = projectPoint(doubled).totals;
    expect(totals.cost - evaluation.point.totals.cost).toBeCloseTo(900, 9);
    expect(totals.budgetLeft).toBeCloseTo(-700, 9);
    expect(Math.round(totals.profit / 10) * 10).toBe(-1_030);
    expect(projectPoint(doubled).audiences[0]!.penetration).toBeCloseTo(0.86, 2);
  });

  it('halving them to 30 keeps 62% of the orders', () => {
    expect(ordersOf(withInstagramCreators(30)) / ordersOf(scenario)).toBeCloseTo(0.62, 2);
  });
});

describe('sunscreen awareness in a broad audience', () => {
  const { evaluation } = byName('Sunscreen launch: macro awareness push (fixed fees)');
  const [audience] = evaluation.point.audiences;

  it('reaches about 310,000 people counted creator by creator, 273,000 different ones: 27% of a million, about 1.3 times each, €0.20 a person', () => {
    expect(audience).toMatchObject({ id: 'nl-sun-care', size: 1_000_000 });
    expect(Math.round(audience!.grossReach / 10_000) * 10_000).toBe(310_000);
    expect(Math.round(audience!.reach / 1000) * 1000).toBe(273_000);
    expect(audience!.penetration).toBeCloseTo(0.27, 2);
    expect(evaluation.point.totals.frequency).toBeCloseTo(1.3, 1);
    expect(evaluation.point.totals.cost / audience!.reach).toBeCloseTo(0.2, 2);
  });

  it('counts 12% of its reach twice, against more than a third in the coffee niche', () => {
    expect(1 - audience!.saturation).toBeCloseTo(0.12, 2);
    const coffee = byName('Coffee subscription: nano gifting seeding').evaluation.point.audiences[0]!;
    expect(1 - coffee.saturation).toBeGreaterThan(1 / 3);
  });
});

/**
 * The payout terms of format v3 (SPEC §10), one example each. In the typical case every creator
 * of a group sits at the group's median rates (the geometric mean of each range), so one creator's
 * orders are followers × posts × √(reach_lo·reach_hi · click_lo·click_hi · conversion_lo·conversion_hi),
 * and what the terms pay is priced on that one creator and multiplied by the creators.
 */
describe('a fixed fee plus a bonus: micro ambassadors all reach it in the typical case, nano ambassadors none', () => {
  const { evaluation } = byName('Mattress brand: ambassadors on a fixed fee plus a bonus');
  const [micro, nano] = evaluation.point.lineItems;

  it('micro: 30,000 × 8 × √(0.1·0.3 · 0.005·0.025 · 0.008·0.035) = 7.78 mattresses, 4.90 tracked and kept (× 0.7 × 0.9) ≥ 4, so 20 bonuses of €250', () => {
    const orders = 30_000 * 8 * Math.sqrt(0.1 * 0.3 * 0.005 * 0.025 * 0.008 * 0.035);
    expect(micro!.conversions / 20).toBeCloseTo(orders, 9);
    expect(orders * 0.7 * 0.9).toBeCloseTo(4.899, 3);
    expect(micro!.payoutBreakdown).toMatchObject({ fixedFees: 20 * 8 * 150, bonuses: 20 * 250, capSavings: 0 });
    // Each order earns €600 × 0.9 (code) × 0.9 (kept) × 50% margin = €243 of gross profit.
    expect(micro!.profit).toBeCloseTo(20 * orders * 243 - 24_000 - 5_000, 6);
    expect(Math.round(micro!.profit)).toBe(8_796);
  });

  it('nano: 5,000 × 8 × √(0.15·0.45 · 0.008·0.04 · 0.01·0.04) = 3.72 mattresses, 2.34 tracked and kept < 4, so no bonus', () => {
    const orders = 5_000 * 8 * Math.sqrt(0.15 * 0.45 * 0.008 * 0.04 * 0.01 * 0.04);
    expect(nano!.conversions / 40).toBeCloseTo(orders, 9);
    expect(orders * 0.7 * 0.9).toBeCloseTo(2.342, 3);
    expect(nano!.payoutBreakdown).toMatchObject({ fixedFees: 40 * 8 * 40, bonuses: 0, capSavings: 0 });
    expect(Math.round(nano!.profit)).toBe(23_340);
  });

  it('pays €36,800 of fees and €5,000 of bonuses, and makes about €14,100 after the €18,000 of mattresses and management', () => {
    const totals = evaluation.point.totals;
    expect(totals.payoutBreakdown).toMatchObject({ fixedFees: 36_800, bonuses: 5_000, capSavings: 0 });
    expect(totals.payout).toBeCloseTo(41_800, 9);
    expect(totals.overheads).toBe(18_000);
    expect(Math.round(totals.profit / 100) * 100).toBe(14_100);
  });
});

describe('tiered commission: the typical micro creator crosses the first tier, the typical nano creator and YouTuber do not', () => {
  const { evaluation } = byName('Outdoor gear: affiliate commission that rises with sales');
  const [nano, micro, youtube] = evaluation.point.lineItems;
  // Sales commission is paid on: orders × 55% tracked × 85% kept × €160 × 90% (code) = orders × €67.32.
  const salesPerOrder = 0.55 * 0.85 * 160 * 0.9;

  it('micro on Instagram: 30,000 × 10 × √(0.1·0.3 · 0.005·0.025 · 0.008·0.035) = 9.72 orders, €654 of sales: 8% of €500 + 12% of €154 = €58.53', () => {
    const sales = 30_000 * 10 * Math.sqrt(0.1 * 0.3 * 0.005 * 0.025 * 0.008 * 0.035) * salesPerOrder;
    expect(sales).toBeCloseTo(654.4, 1);
    expect(micro!.payoutBreakdown.commission / 30).toBeCloseTo(0.08 * 500 + 0.12 * (sales - 500), 9);
    expect(micro!.payoutBreakdown.commission / 30).toBeCloseTo(58.53, 2);
  });

  it('nano on Instagram (€188 of sales) and YouTube (€242) stay at 8%', () => {
    const nanoSales = 5_000 * 6 * Math.sqrt(0.15 * 0.45 * 0.008 * 0.04 * 0.01 * 0.04) * salesPerOrder;
    const youtubeSales = 40_000 * 3 * Math.sqrt(0.08 * 0.35 * 0.004 * 0.025 * 0.008 * 0.04) * salesPerOrder;
    expect([Math.round(nanoSales), Math.round(youtubeSales)]).toEqual([188, 242]);
    expect(nano!.payoutBreakdown.commission).toBeCloseTo(120 * 0.08 * nanoSales, 9);
    expect(youtube!.payoutBreakdown.commission).toBeCloseTo(10 * 0.08 * youtubeSales, 9);
  });

  it('pays €3,752 on €44,578 of sales in the typical case: 8.4%', () => {
    const sales = evaluation.point.lineItems.reduce((sum, item) => sum + item.conversions * salesPerOrder, 0);
    expect(Math.round(sales)).toBe(44_578);
    expect(Math.round(evaluation.point.totals.payoutBreakdown.commission)).toBe(3_752);
    expect(evaluation.point.totals.payoutBreakdown.commission / sales).toBeCloseTo(0.084, 3);
  });
});

describe('a capped CPA: the cap holds the typical macro YouTuber, not the typical TikTok creator', () => {
  const { scenario, evaluation } = byName('Investing app: CPA sign-ups with a cap per creator');
  const [tiktok, youtube] = evaluation.point.lineItems;
  // A paid account is a tracked one (70%) that fraud screening keeps (92%): €25 × 0.644 = €16.10 per account.

  it('TikTok: 30,000 × 4 × √(0.1·0.5 · 0.0008·0.008 · 0.05·0.2) = 6.79 accounts, 4.37 paid, €109 each: the €500 cap is slack', () => {
    const accounts = 30_000 * 4 * Math.sqrt(0.1 * 0.5 * 0.0008 * 0.008 * 0.05 * 0.2);
    expect(tiktok!.conversions / 30).toBeCloseTo(accounts, 9);
    expect(accounts * 0.644 * 25).toBeCloseTo(109.29, 2);
    expect(tiktok!.payoutBreakdown.capSavings).toBe(0);
    expect(tiktok!.payout).toBeCloseTo(30 * accounts * 0.644 * 25, 9);
  });

  it('YouTube: 300,000 × 2 × √(0.05·0.25 · 0.003·0.015 · 0.05·0.2) = 45 accounts, 28.98 paid, €724.50 capped at €500: €224.50 saved per YouTuber', () => {
    expect(300_000 * 2 * Math.sqrt(0.05 * 0.25 * 0.003 * 0.015 * 0.05 * 0.2)).toBeCloseTo(45, 9);
    expect(youtube!.conversions / 3).toBeCloseTo(45, 9);
    expect(youtube!.payoutBreakdown.perAction).toBeCloseTo(3 * 724.5, 9);
    expect(youtube!.payoutBreakdown.capSavings).toBeCloseTo(3 * 224.5, 9);
    expect(youtube!.payout).toBeCloseTo(1_500, 9);
  });

  it('has a budget of exactly what the cap allows 33 creators (€16,500) plus €5,000 of overheads', () => {
    const caps = scenario.lineItems.reduce((sum, item) => sum + item.creators * (item.payment.payoutCap ?? Infinity), 0);
    expect(caps).toBe(16_500);
    expect(scenario.budget).toBe(caps + evaluation.point.totals.overheads);
    expect(evaluation.point.totals.overheads).toBe(5_000);
  });
});

describe('the v3 examples priced creator by creator in the Monte Carlo', () => {
  const termsOf = (name: string) => {
    const terms = byName(name).evaluation.monteCarlo.lineItemTerms;
    if (!terms) throw new Error(`${name} reports no lineItemTerms`);
    return terms;
  };

  it('fee plus bonus: about 6 micro ambassadors in 10 and nearly 1 nano in 4 reach it, about €3,000 and €2,300, where the typical case says €5,000 and €0', () => {
    const [micro, nano] = termsOf('Mattress brand: ambassadors on a fixed fee plus a bonus');
    expect(micro!.bonusShare!).toBeGreaterThan(0.57);
    expect(micro!.bonusShare!).toBeLessThan(0.64);
    expect(nano!.bonusShare!).toBeGreaterThan(0.2);
    expect(nano!.bonusShare!).toBeLessThan(0.25);
    expect(Math.round(micro!.bonuses / 100) * 100).toBe(3_000);
    expect(Math.round(nano!.bonuses / 100) * 100).toBe(2_300);
    // The mean bonus is the chance a creator reaches it times the creators times €250.
    expect(micro!.bonuses).toBeCloseTo(micro!.bonusShare! * 20 * 250, 6);
    expect(nano!.bonuses).toBeCloseTo(nano!.bonusShare! * 40 * 250, 6);
  });

  it('tiered commission: about 9.3% of the sales on average, some 16% more than a flat 8%, where the typical case pays 8.4%', () => {
    const { monteCarlo } = byName('Outdoor gear: affiliate commission that rises with sales').evaluation;
    // Sales per order as in the typical case: 55% tracked × 85% kept × €160 × 90%.
    const meanSales = monteCarlo.metrics.conversions.mean! * 0.55 * 0.85 * 160 * 0.9;
    const rate = monteCarlo.metrics.payout!.mean! / meanSales;
    expect(rate).toBeGreaterThan(0.091);
    expect(rate).toBeLessThan(0.095);
    expect(rate / 0.08).toBeGreaterThan(1.14);
    expect(rate / 0.08).toBeLessThan(1.18);
  });

  it('capped CPA: the cap saves roughly a quarter of the uncapped payout, binds for TikTok creators too, and keeps every trial within the budget', () => {
    const [tiktok, youtube] = termsOf('Investing app: CPA sign-ups with a cap per creator');
    expect(tiktok!.capSavings).toBeGreaterThan(0);
    expect(youtube!.capSavings).toBeGreaterThan(tiktok!.capSavings);
    const saved = tiktok!.capSavings + youtube!.capSavings;
    const share = saved / (saved + tiktok!.payout + youtube!.payout);
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.32);
    const { monteCarlo } = byName('Investing app: CPA sign-ups with a cap per creator').evaluation;
    expect(monteCarlo.metrics.payout!.p95!).toBeLessThanOrEqual(16_500 + 1e-6);
    expect(monteCarlo.metrics.cost.p95!).toBeLessThanOrEqual(21_500 + 1e-6);
  });
});

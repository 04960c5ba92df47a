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

import { describe, expect, it } from 'vitest';
import { buildReport, plainNumber, renderJson } from '../../src/cli/report';
import { fakeEvaluation } from './fakeEvaluation';

describe('buildReport', () => {
  const report = buildReport([fakeEvaluation()]);
  const scenario = report.scenarios[0]!;

  it('keeps exactly the docs/MODEL.md §7 keys, in the documented order', () => {
    expect(Object.keys(report)).toEqual(['scenarios']);
    expect(Object.keys(scenario)).toEqual(['name', 'point', 'monteCarlo', 'cashFlow']);
    expect(Object.keys(scenario.point)).toEqual(['totals', 'lineItems', 'audiences']);
    expect(Object.keys(scenario.point.totals)).toEqual([
      'impressions', 'reach', 'engagements', 'clicks', 'conversions', 'leads', 'netRevenue', 'payout', 'overheads',
      'cost', 'grossProfit', 'profit', 'roi', 'roas', 'cpm', 'cpe', 'cpc', 'cpa', 'cpl', 'mediaValue',
      'breakEvenConversionMultiplier', 'budget', 'budgetLeft', 'frequency',
    ]);
    expect(Object.keys(scenario.point.lineItems[0]!)).toEqual([
      'id', 'label', 'impressions', 'reach', 'engagements', 'clicks', 'conversions', 'leads', 'netRevenue', 'payout',
      'profit', 'roi', 'roas', 'cpm', 'cpe', 'cpc', 'cpa', 'cpl', 'breakEvenConversionRate', 'breakEvenFeePerPost', 'payoutBreakdown',
    ]);
    // §7's breakdown with v3's bonuses and cap savings (§10).
    expect(Object.keys(scenario.point.lineItems[0]!.payoutBreakdown)).toEqual(['fixedFees', 'gifts', 'perAction', 'commission', 'perLead', 'bonuses', 'capSavings']);
    expect(Object.keys(scenario.point.audiences[0]!)).toEqual(['id', 'label', 'size', 'grossReach', 'reach', 'saturation', 'penetration']);
    expect(Object.keys(scenario.monteCarlo)).toEqual(['trials', 'seed', 'metrics', 'probabilityOfLoss', 'probabilityOverBudget']);
    expect(Object.keys(scenario.monteCarlo.metrics)).toEqual([
      'impressions', 'reach', 'clicks', 'conversions', 'netRevenue', 'cost', 'profit', 'roi', 'payout',
    ]);
    expect(Object.keys(scenario.monteCarlo.metrics.profit)).toEqual(['mean', 'sd', 'p5', 'p50', 'p95']);
    expect(Object.keys(scenario.cashFlow)).toEqual(['weeks', 'paybackWeek']);
    expect(Object.keys(scenario.cashFlow.weeks[0]!)).toEqual(['week', 'cost', 'netRevenue', 'grossProfit', 'cumulativeProfit']);
  });

  it('leaves out the engine-only fields', () => {
    const json = renderJson(report);
    // The campaign's breakdown stays in the engine: §7 lists it per line item only.
    expect(Object.keys(scenario.point.totals)).not.toContain('payoutBreakdown');
    expect(json).not.toContain('samples');
    expect(scenario.point.lineItems[0]).not.toHaveProperty('grossProfit');
  });

  it('carries the values across unchanged, with null for undefined metrics', () => {
    expect(scenario.name).toBe('Test');
    expect(scenario.point.totals.cost).toBe(1250);
    expect(scenario.point.totals.cpa).toBeNull();
    expect(scenario.point.lineItems[0]).toMatchObject({ id: 'a', label: 'Alpha', breakEvenFeePerPost: -5, cpl: null });
    expect(scenario.point.totals).toMatchObject({ budget: 1000, budgetLeft: -250, frequency: 1.25 });
    expect(scenario.point.audiences).toEqual([{ id: 'fans', label: 'Fans', size: 20000, grossReach: 10000, reach: 8000, saturation: 0.8, penetration: 0.4 }]);
    expect(scenario.monteCarlo).toMatchObject({ trials: 100, seed: 3, probabilityOfLoss: 1, probabilityOverBudget: 0.75 });
    expect(scenario.monteCarlo.metrics.roi).toEqual({ mean: null, sd: null, p5: -1, p50: -1, p95: -1 });
    expect(scenario.cashFlow.weeks[1]).toEqual({ week: 1, cost: 1050, netRevenue: 0, grossProfit: 0, cumulativeProfit: -1250 });
    expect(scenario.cashFlow.paybackWeek).toBeNull();
  });

  it('reports null budget figures and no audiences for a scenario without them', () => {
    const plain = buildReport([fakeEvaluation('Plain', undefined, { v2: false })]).scenarios[0]!;
    expect(plain.point.totals).toMatchObject({ budget: null, budgetLeft: null });
    expect(plain.point.audiences).toEqual([]);
    expect(plain.monteCarlo.probabilityOverBudget).toBeNull();
    expect(renderJson(buildReport([fakeEvaluation('Plain', undefined, { v2: false })]))).toContain('"probabilityOverBudget": null');
  });

  it('adds v3\'s lineItemTerms after the chances only when the engine has them, with null for a share without bonus', () => {
    const evaluation = fakeEvaluation();
    const terms = [{ id: 'a', bonusShare: null, bonuses: 0, capSavings: 12.5, payout: 1037.5 }];
    const withTerms = buildReport([{ ...evaluation, monteCarlo: { ...evaluation.monteCarlo, lineItemTerms: terms } }]).scenarios[0]!;
    expect(Object.keys(withTerms.monteCarlo)).toEqual(['trials', 'seed', 'metrics', 'probabilityOfLoss', 'probabilityOverBudget', 'lineItemTerms']);
    expect(withTerms.monteCarlo.lineItemTerms).toEqual(terms);
    expect(Object.keys(withTerms.monteCarlo.lineItemTerms![0]!)).toEqual(['id', 'bonusShare', 'bonuses', 'capSavings', 'payout']);
  });

  it('reports every scenario of a workspace, in order', () => {
    const names = buildReport([fakeEvaluation('One'), fakeEvaluation('Two')]).scenarios.map((s) => s.name);
    expect(names).toEqual(['One', 'Two']);
  });
});

describe('plainNumber', () => {
  it('turns anything that is not a finite number into null', () => {
    expect([NaN, Infinity, -Infinity, null, undefined].map(plainNumber)).toEqual([null, null, null, null, null]);
  });

  it('keeps finite numbers and writes -0 as 0', () => {
    expect(plainNumber(1.5)).toBe(1.5);
    expect(Object.is(plainNumber(-0), 0)).toBe(true);
  });
});

describe('renderJson', () => {
  it('pretty-prints with two spaces and ends with a newline', () => {
    const json = renderJson(buildReport([fakeEvaluation()]));
    expect(json.startsWith('{\n  "scenarios": [\n    {\n      "name": "Test"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('"cpa": null');
    expect(json).not.toMatch(/NaN|Infinity/);
  });
});

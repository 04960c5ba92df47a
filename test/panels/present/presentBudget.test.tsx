import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectCashFlow } from '../../../src/engine/cashFlow';
import { projectPoint } from '../../../src/engine/point';
import type { Scenario } from '../../../src/engine/schema';
import { makeFormatters } from '../../../src/i18n/format';
import { translator } from '../../../src/i18n/i18n';
import type { ComparedScenario } from '../../../src/panels/compare/useComparison';
import { OptionsTable } from '../../../src/panels/present/OptionsTable';
import { RiskStatements } from '../../../src/panels/present/RiskStatements';
import { executiveSummary, type SummaryOption } from '../../../src/panels/present/summarySentences';
import { makeMonteCarlo } from '../../charts/fixtures';
import { handScenario } from '../../engine/fixtures';

const t = translator('en');
const fmt = (currency: string) => makeFormatters('en-GB', currency);

const option = (name: string, expectedProfit: number, budget: SummaryOption['budget']): SummaryOption => ({
  name,
  currency: 'EUR',
  expectedProfit,
  beatsBaseline: null,
  chanceOfLoss: 0.05,
  paybackWeek: 3,
  lastWeek: 30,
  budget,
});

function compared(key: string, scenario: Scenario, overBudget: number | null): ComparedScenario {
  const point = projectPoint(scenario);
  return { key, scenario, point, cashFlow: projectCashFlow(scenario, point), run: { result: { ...makeMonteCarlo(), probabilityOverBudget: overBudget }, status: 'done' }, beatsBaseline: null };
}

describe('the report and the budget', () => {
  it('the summary says, in plain words, how the winner stands against its budget and the chance of going over', () => {
    const sentences = executiveSummary([option('Plan', 900, { amount: 6_000, cost: 5_660, overChance: 1 / 9, trials: 10_000 })], 0, t, fmt);
    // €6,000 − €5,660 = €340 to spare; 1/9 = 11.1%.
    expect(sentences).toContain('In the typical case it costs €5,660, €340 under its €6,000 budget.');
    expect(sentences).toContain('1 in 9 chance of spending more than the budget (11.1%).');
    const over = executiveSummary([option('Plan', 900, { amount: 5_000, cost: 5_660, overChance: 1, trials: 800 })], 0, t, fmt);
    expect(over).toContain('In the typical case it costs €5,660, €660 more than its €5,000 budget.');
    expect(over).toContain('Every one of the 800 simulated outcomes spends more than the budget.');
    // Spent to the cent: all of it, not "€0.00 under".
    const whole = executiveSummary([option('Plan', 900, { amount: 7_000, cost: 7_000, overChance: 0.666, trials: 10_000 })], 0, t, fmt);
    expect(whole).toContain('In the typical case it costs its whole €7,000 budget.');
    expect(whole).toContain('66.6% chance of spending more than the budget: going over is more likely than not.');
    // A rounding error past the budget spends it, as the Monte Carlo counts; a cent past it is over.
    const rounding = executiveSummary([option('Plan', 900, { amount: 7_000, cost: 7_000 + 1e-12, overChance: null, trials: 0 })], 0, t, fmt);
    expect(rounding).toContain('In the typical case it costs its whole €7,000 budget.');
    const cent = executiveSummary([option('Plan', 900, { amount: 7_000, cost: 7_000.01, overChance: null, trials: 0 })], 0, t, fmt);
    expect(cent).toContain('In the typical case it costs €7,000, €0.01 more than its €7,000 budget.');
    expect(executiveSummary([option('Plan', 900, null)], 0, t, fmt).join(' ')).not.toMatch(/budget/);
  });

  it('the options table shows each option’s budget and what is left or over, and the risk statements the chance of going over', () => {
    // Cost €100 against €150 and €80: €50 left, €20 over.
    const within150 = compared('a', handScenario({}, { name: 'Within', budget: 150 }), 0.25);
    const over80 = compared('b', handScenario({}, { name: 'Over', budget: 80 }), 1);
    const none = compared('c', handScenario({}, { name: 'Unbudgeted' }), null);
    const exact = compared('d', handScenario({}, { name: 'Exact', budget: 100 }), 0.5);
    render(
      <>
        <OptionsTable compared={[within150, over80, none, exact]} baselineIndex={0} />
        <RiskStatements compared={[within150, over80, none]} baselineIndex={0} />
      </>,
    );
    const table = screen.getByRole('region', { name: 'Table of the options' });
    expect(within(table).getByRole('rowheader', { name: /^Within/ })).toHaveTextContent('Within (baseline)Budget €150, €50.00 left');
    const overCell = within(table).getByText('Budget €80.00, €20.00 over');
    expect(overCell).toHaveClass('is-over');
    expect(within(table).getByRole('rowheader', { name: /^Unbudgeted/ })).not.toHaveTextContent('Budget');
    expect(within(table).getByText('Budget €100, all of it used')).not.toHaveClass('is-over');
    const risks = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(risks[0]).toContain('1 in 4 chance of spending more than the budget (25%).');
    expect(risks[1]).toContain('Every one of the 800 simulated outcomes spends more than the budget.');
    expect(risks[2]).not.toContain('more than the budget');
  });
});

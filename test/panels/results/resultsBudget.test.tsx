import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MonteCarloResult, PointResult } from '../../../src/engine/types';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ResultsPanel, type ResultsPanelProps } from '../../../src/panels/results/ResultsPanel';
import { makeCashFlow, makeMonteCarlo, makePoint, makeScenario } from '../../charts/fixtures';

/** The fixture's typical case (cost €18,000) with a budget of `budget`. */
function withBudget(budget: number): PointResult {
  const point = makePoint();
  return { ...point, totals: { ...point.totals, budget, budgetLeft: budget - point.totals.cost } };
}

/** A typical case costing exactly `cost` against `budget`, for costs the fixture's €18,000 cannot give. */
function withCost(budget: number, cost: number): PointResult {
  const point = makePoint();
  return { ...point, totals: { ...point.totals, cost, budget, budgetLeft: budget - cost } };
}

function renderPanel(point: PointResult, monteCarlo: MonteCarloResult, lang: 'en' | 'nl' = 'en') {
  const budget = point.totals.budget;
  const props: ResultsPanelProps = {
    scenario: { ...makeScenario(), ...(budget !== null && { budget }) },
    point,
    cashFlow: makeCashFlow(),
    monteCarlo,
    mcStatus: 'done',
    mcProgress: 1,
  };
  return render(
    <I18nProvider lang={lang}>
      <ResultsPanel {...props} />
    </I18nProvider>,
  );
}

const card = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-kpi="${id}"]`);
const meterWidth = (container: HTMLElement) => card(container, 'budget')?.querySelector<HTMLElement>('.kpi-meter > span')?.style.width;
/** One trial in nine over the budget. */
const overOneInNine = (): MonteCarloResult => ({ ...makeMonteCarlo(), probabilityOverBudget: 1 / 9 });

describe('budget in the results', () => {
  it('shows the budget left with a bar of the budget used, and the chance of going over in the risk line', () => {
    // Cost €18,000 of a €20,000 budget: €2,000 left, 90% used.
    const { container } = renderPanel(withBudget(20_000), overOneInNine());
    const budget = card(container, 'budget')!;
    expect(budget.querySelector('.kpi-label')).toHaveTextContent('Budget left');
    expect(budget.querySelector('.kpi-value')).toHaveTextContent('€2,000');
    expect(budget.querySelector('.kpi-value')).not.toHaveClass('is-loss');
    expect(budget.querySelector('.kpi-sub')).toHaveTextContent('€18,000 of €20,000 used (90%)');
    expect(meterWidth(container)).toBe('90%');
    expect(budget.querySelector('.kpi-meter')).not.toHaveClass('is-over');
    // 1/9 = 11.1%: "1 in 9", as the chance of a loss is told.
    expect(screen.getByRole('region', { name: 'Risk in plain words' })).toHaveTextContent('1 in 9 chance of spending more than the budget (11.1%).');
    expect(card(container, 'overBudget')).toHaveTextContent(/Chance over budget\s*11\.1%\s*performance payouts vary with sales/);
    // The glossary says why a plan can go over its budget at all.
    expect(screen.getByText('Chance over budget', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'commissions and payouts per sale or lead follow the sales and leads the creators bring, which are uncertain',
    );
  });

  it('marks a plan over its budget: label, loss colour and the excess in the bar', () => {
    // Cost €18,000 against €15,000: €3,000 over; the budget is 15/18 = 83.3% of the cost.
    const { container } = renderPanel(withBudget(15_000), { ...makeMonteCarlo(), probabilityOverBudget: 0.97 });
    const budget = card(container, 'budget')!;
    expect(budget.querySelector('.kpi-label')).toHaveTextContent('Over budget');
    expect(budget.querySelector('.kpi-value')).toHaveTextContent('€3,000');
    expect(budget.querySelector('.kpi-value')).toHaveClass('is-loss');
    expect(budget.querySelector('.kpi-sub')).toHaveTextContent('€18,000 of €15,000 used (120%)');
    expect(meterWidth(container)).toBe('83.3%');
    expect(budget.querySelector('.kpi-meter')).toHaveClass('is-over');
    expect(screen.getByText(/97% chance of spending more than the budget: going over is more likely than not\./)).toHaveClass('is-likely');
  });

  it('counts the typical case over its budget from half a cent on, as the Monte Carlo counts its trials', () => {
    // €7,000 + 1e-12 is 7000.000000000001, one unit in the last place past the budget: a rounding
    // error, so the budget is spent (€0.00 left), not overspent.
    const spent = renderPanel(withCost(7_000, 7_000 + 1e-12), makeMonteCarlo());
    const budget = card(spent.container, 'budget')!;
    expect(budget.querySelector('.kpi-label')).toHaveTextContent('Budget left');
    expect(budget.querySelector('.kpi-value')).toHaveTextContent('€0.00');
    expect(budget.querySelector('.kpi-value')).not.toHaveClass('is-loss');
    expect(budget.querySelector('.kpi-sub')).toHaveTextContent('€7,000 of €7,000 used (100%)');
    expect(budget.querySelector('.kpi-meter')).not.toHaveClass('is-over');
    expect(meterWidth(spent.container)).toBe('100%');
    spent.unmount();
    // A cent more than the budget is money spent beyond it.
    const over = renderPanel(withCost(7_000, 7_000.01), makeMonteCarlo());
    const overCard = card(over.container, 'budget')!;
    expect(overCard.querySelector('.kpi-label')).toHaveTextContent('Over budget');
    expect(overCard.querySelector('.kpi-value')).toHaveTextContent('€0.01');
    expect(overCard.querySelector('.kpi-value')).toHaveClass('is-loss');
    expect(overCard.querySelector('.kpi-meter')).toHaveClass('is-over');
  });

  it('shows nothing about a budget when there is none, also if the last run was made with one', () => {
    const { container } = renderPanel(makePoint(), overOneInNine());
    expect(card(container, 'budget')).toBeNull();
    expect(card(container, 'overBudget')).toBeNull();
    expect(screen.queryByText(/more than the budget/)).toBeNull();
  });

  it('says it in Dutch', () => {
    const { container } = renderPanel(withBudget(20_000), overOneInNine(), 'nl');
    expect(card(container, 'budget')).toHaveTextContent(/Resterend budget\s*€ 2\.000\s*€ 18\.000 van € 20\.000 gebruikt \(90%\)/);
    expect(screen.getByRole('region', { name: 'Het risico in gewone woorden' })).toHaveTextContent('1 op 9 kans dat de kosten boven het budget uitkomen (11,1%).');
  });
});

describe('reach and frequency', () => {
  it('shows frequency as impressions per person reached, and says when reach has overlap removed', () => {
    const point = makePoint();
    const overlapping: PointResult = { ...point, audiences: [{ id: 'x', label: 'X', size: 2e6, grossReach: 1.2e6, reach: 9e5, saturation: 0.75, penetration: 0.45 }] };
    const { container } = renderPanel(overlapping, makeMonteCarlo());
    // 1,234,567 impressions / 900,000 people = 1.37, two significant digits.
    expect(card(container, 'frequency')).toHaveTextContent(/Frequency\s*1\.4×\s*impressions per person reached/);
    expect(card(container, 'reach')).toHaveTextContent('different people, overlap removed');
  });

  it('shows "—" for a frequency without reach, and no overlap note without overlap', () => {
    const point = makePoint();
    const { container } = renderPanel({ ...point, totals: { ...point.totals, frequency: null } }, makeMonteCarlo());
    expect(card(container, 'frequency')?.querySelector('.kpi-value')).toHaveTextContent('—');
    expect(card(container, 'reach')).not.toHaveTextContent('overlap');
  });
});

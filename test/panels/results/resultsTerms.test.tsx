import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CostProfitChart } from '../../../src/charts/CostProfitChart';
import { projectPoint } from '../../../src/engine/point';
import type { Payment } from '../../../src/engine/schema';
import { I18nProvider } from '../../../src/i18n/i18n';
import { TermsFigures } from '../../../src/panels/results/TermsFigures';
import { makeMonteCarlo } from '../../charts/fixtures';
import { handScenario } from '../../engine/fixtures';

// Two creators, each 3 posts × 10,000 followers × reach 0.5 × clicks 2% × conversions 5% = 15 orders;
// 80% tracked, 25% returned → 9 payable at €72 net = €648 of sales per creator (known rates, so the
// typical case is the whole story until the Monte Carlo's averages arrive).
const scenarioPaid = (payment: Payment) =>
  handScenario(
    { id: 'micro', label: 'Micro', creators: 2, posts: 3, followers: 10000, reachRate: 0.5, clickRate: 0.02, conversionRate: 0.05, leadRate: 0.01, payment },
    { economics: { averageOrderValue: 80, grossMargin: 0.5, discountRate: 0.1, returnRate: 0.25, trackedShare: 0.8, leadValue: 0, mediaValueCpm: 0 } },
  );
const feeBonus: Payment = { model: 'fixed', feePerPost: 50, bonus: { metric: 'sales', threshold: 600, amount: 75 } };

function renderTable(payment: Payment, monteCarlo = null as ReturnType<typeof makeMonteCarlo> | null, lang: 'en' | 'nl' = 'en') {
  const scenario = scenarioPaid(payment);
  const point = projectPoint(scenario);
  render(
    <I18nProvider lang={lang}>
      <TermsFigures items={scenario.lineItems} points={point.lineItems} monteCarlo={monteCarlo} currency="EUR" />
    </I18nProvider>,
  );
  return point;
}

/** The line item's four figures in order, and where they come from. */
const row = () => {
  const item = within(screen.getByRole('group', { name: 'Micro' }));
  return [...item.getAllByRole('definition').map((d) => d.textContent), item.getByText(/^(Figures from|Cijfers uit): /).textContent?.replace(/^[^:]+: /, '')];
};

describe('bonuses and cap in the results', () => {
  it('falls back to the typical case, where both creators reach €600 of sales and earn €75 each', () => {
    renderTable(feeBonus);
    expect(screen.getByRole('region', { name: 'Bonuses and cap' })).toBeInTheDocument();
    // €300 of fees + €150 of bonuses; no cap, so what it saves is undefined.
    expect(row()).toEqual(['€150', '100%', '—', '€450', 'typical case']);
  });

  it('shows the Monte Carlo’s averages once the run has them, saying over how many outcomes', () => {
    const mc = { ...makeMonteCarlo(), trials: 2000, lineItemTerms: [{ id: 'micro', bonusShare: 0.42, bonuses: 63, capSavings: 0, payout: 363 }] };
    renderTable(feeBonus, mc);
    expect(row()).toEqual(['€63.00', '42%', '—', '€363', 'average over 2,000 simulated outcomes']);
  });

  it('says what a binding cap saves: 10% commission = €64.80 a creator, capped at €50', () => {
    renderTable({ model: 'cps', commissionRate: 0.1, payoutCap: 50 });
    expect(row()).toEqual(['—', '—', '€29.60', '€100', 'typical case']);
  });

  it('is left out when no line item has such terms, and speaks Dutch', () => {
    renderTable({ model: 'fixed', feePerPost: 50 });
    expect(screen.queryByRole('region', { name: 'Bonuses and cap' })).not.toBeInTheDocument();
    renderTable(feeBonus, null, 'nl');
    expect(screen.getByText('Kans dat een creator de bonus haalt')).toBeInTheDocument();
    expect(row()[4]).toBe('typisch geval');
  });
});

describe('the cost chart with bonuses and a cap', () => {
  it('stacks the bonuses and hatches what the cap kept from being paid', () => {
    const point = projectPoint(scenarioPaid({ model: 'hybrid', feePerPost: 50, commissionRate: 0.1, bonus: { metric: 'sales', threshold: 600, amount: 75 }, payoutCap: 100 }));
    // Per creator: €64.80 commission + €75 bonus = €139.80, capped at €100 → the cap saves 2 · €39.80 = €79.60.
    expect(point.lineItems[0]!.payoutBreakdown).toMatchObject({ commission: expect.closeTo(129.6, 9), bonuses: 150, capSavings: expect.closeTo(79.6, 9) });
    const { container } = render(
      <I18nProvider lang="en">
        <CostProfitChart lineItems={point.lineItems} currency="EUR" width={600} />
      </I18nProvider>,
    );
    const legend = within(container.querySelector('.chart-legend') as HTMLElement);
    expect(legend.getByText('Bonuses')).toBeInTheDocument();
    expect(legend.getByText('Saved by the cap (not paid)')).toBeInTheDocument();
    expect(container.querySelectorAll('[data-testid="cap-saving"]')).toHaveLength(1);
    expect(screen.getByRole('columnheader', { name: 'Saved by the cap (not paid)' })).toBeInTheDocument();
    // Negative money keeps its minus with the amount (a word joiner between them).
    expect(screen.getByRole('cell', { name: /^-\u2060?€79\.60$/ })).toBeInTheDocument();
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectCashFlow } from '../../../src/engine/cashFlow';
import { projectPoint } from '../../../src/engine/point';
import type { Scenario } from '../../../src/engine/schema';
import type { MonteCarloResult } from '../../../src/engine/types';
import { I18nProvider } from '../../../src/i18n/i18n';
import { comparedRows } from '../../../src/panels/compare/comparedRows';
import { ComparisonTable } from '../../../src/panels/compare/ComparisonTable';
import type { ComparedScenario } from '../../../src/panels/compare/useComparison';
import { handScenario } from '../../engine/fixtures';
import { makeMonteCarlo } from '../../charts/fixtures';

/** A compared scenario as useComparison gives it, with a finished run whose chance of going over budget is `overBudget`. */
function compared(key: string, scenario: Scenario, overBudget: number | null): ComparedScenario {
  const point = projectPoint(scenario);
  const result: MonteCarloResult = { ...makeMonteCarlo(), probabilityOverBudget: overBudget };
  return { key, scenario, point, cashFlow: projectCashFlow(scenario, point), run: { result, status: 'done' }, beatsBaseline: null };
}

function renderTable(list: ComparedScenario[], lang: 'en' | 'nl' = 'en') {
  const columns = list.map((c) => ({ key: c.key, name: c.scenario.name, currency: c.scenario.currency }));
  render(
    <I18nProvider lang={lang}>
      <ComparisonTable columns={columns} rows={comparedRows(list, 0)} baselineIndex={0} />
    </I18nProvider>,
  );
}

const rowNames = () => within(screen.getByRole('table')).getAllByRole('rowheader').map((h) => h.firstChild?.textContent);
const cells = (row: string) => [...within(screen.getByRole('table')).getByRole('rowheader', { name: new RegExp(`^${row}`) }).closest('tr')!.querySelectorAll('td')];

describe('Compare: budget, unique reach and frequency', () => {
  it('adds budget left and the chance of going over it once a compared scenario has a budget', () => {
    // Cost €100 against €150 (€50 left); the dearer plan costs €150 against €120 (€30 over).
    const base = compared('a', handScenario({}, { name: 'Base', budget: 150 }), 0.1);
    const dearer = compared('b', handScenario({ payment: { model: 'fixed', feePerPost: 150 } }, { name: 'Dearer', budget: 120 }), 0.6);
    renderTable([base, dearer]);
    expect(rowNames().slice(0, 6)).toEqual(['Cost', 'Budget left', 'Chance over budget (simulated)', 'Impressions', 'Unique reach', 'Frequency']);
    expect(cells('Budget left').map((c) => c.querySelector('.compare-value')?.textContent)).toEqual(['€50.00', '-\u2060€30.00']);
    const chance = cells('Chance over budget');
    expect(chance.map((c) => c.querySelector('.compare-value')?.textContent)).toEqual(['10%', '60%']);
    // A change of a chance is in percentage points, as ROI's is.
    expect(chance[1]).toHaveTextContent('vs baseline: +50 pp');
    // 20,000 impressions over 18,127 people: 1.1 times each. Neither more nor fewer is "better".
    expect(cells('Frequency')[0]).toHaveTextContent('1.1×');
    const frequency = within(screen.getByRole('table')).getByRole('rowheader', { name: /^Frequency/ });
    expect(frequency).not.toHaveTextContent(/better/);
  });

  it('shows "—" for a scenario without a budget, even with an older run that had one', () => {
    const base = compared('a', handScenario({}, { name: 'Base' }), 0.4);
    const budgeted = compared('b', handScenario({}, { name: 'Budgeted', budget: 150 }), 0.1);
    renderTable([base, budgeted]);
    expect(cells('Budget left').map((c) => c.querySelector('.compare-value')?.textContent)).toEqual(['—', '€50.00']);
    expect(cells('Chance over budget').map((c) => c.querySelector('.compare-value')?.textContent)).toEqual(['—', '10%']);
  });

  it('leaves the budget rows out when no compared scenario has a budget', () => {
    renderTable([compared('a', handScenario({}, { name: 'Base' }), null), compared('b', handScenario({}, { name: 'Other' }), null)]);
    expect(rowNames()).not.toContain('Budget left');
    expect(rowNames()).not.toContain('Chance over budget (simulated)');
    expect(rowNames()).toContain('Unique reach');
    expect(rowNames()).toContain('Frequency');
  });

  it('names the rows in Dutch', () => {
    renderTable([compared('a', handScenario({}, { name: 'Basis', budget: 150 }), 0.1)], 'nl');
    expect(rowNames()).toEqual(expect.arrayContaining(['Resterend budget', 'Kans boven budget (gesimuleerd)', 'Uniek bereik', 'Frequentie']));
  });
});

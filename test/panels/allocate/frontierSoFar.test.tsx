import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AllocationSettings } from '../../../src/engine/allocation/settings';
import type { FrontierPoint, FrontierSoFar } from '../../../src/engine/allocation/types';
import { I18nProvider } from '../../../src/i18n/i18n';
import { FrontierSoFarView } from '../../../src/panels/allocate/FrontierSoFarView';

const SETTINGS: AllocationSettings = { budget: 10_000, objective: 'expectedProfit', budgetRule: 'typical', maxLossProbability: null, maxCpa: null, minReach: null, trials: 1000, seed: 1 };

/** Budget k × €1,000 (k = 1…20), mean profit €1,000k; found: the budget itself (k = 10) and the six below it. */
const point = (k: number): FrontierPoint => ({
  budget: 1000 * k,
  status: 'best-found',
  objective: 1000 * k,
  profit: { p5: 500 * k, p50: 1000 * k, p95: 1500 * k },
  probabilityOfLoss: 0.01,
  cost: 1000 * k,
  creators: [k],
});
const SO_FAR: FrontierSoFar = { points: Array.from({ length: 20 }, (_, i) => (i >= 3 && i <= 9 ? point(i + 1) : null)) };

describe('FrontierSoFarView (the frontier of an allocation under way)', () => {
  it('says how many budgets are in and draws those, in budget order, on the whole frontier’s axis', () => {
    const { container } = render(<FrontierSoFarView soFar={SO_FAR} settings={SETTINGS} currency="EUR" />);
    expect(screen.getByRole('status')).toHaveTextContent('Frontier: 7 of 20 budgets so far');
    expect(screen.getByRole('img', { name: /What each budget buys/ })).toHaveAccessibleName(
      expect.stringContaining('The best split found so far of 7 of the 20 budgets from €4,000 to €10,000'),
    );
    const table = within(container.querySelector('.visually-hidden') as HTMLElement).getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['€4,000', '€5,000', '€6,000', '€7,000', '€8,000', '€9,000', '€10,000']);
    // The axis runs to twice the budget (€20,000) already, so that the points found later do not rescale it.
    const ticks = [...container.querySelectorAll('.axis text')].map((t) => t.textContent);
    expect(ticks).toContain('€20k');
  });

  it('speaks Dutch', () => {
    render(
      <I18nProvider lang="nl">
        <FrontierSoFarView soFar={SO_FAR} settings={SETTINGS} currency="EUR" />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Budgetlijn: 7 van de 20 budgetten tot nu toe');
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FrontierChart } from '../../src/charts/FrontierChart';
import type { FrontierPoint } from '../../src/engine/allocation/types';
import { I18nProvider } from '../../src/i18n/i18n';

/**
 * A frontier for a €10,000 budget: point k (1…20) is the budget k × €1,000, mean profit 2,000k − 3,000,
 * P5 and P95 €1,000k below and above it (P50 €100 below the mean), the chance of loss 40% / k.
 */
const POINTS: FrontierPoint[] = Array.from({ length: 20 }, (_, i) => {
  const k = i + 1;
  const mean = 2000 * k - 3000;
  return {
    budget: 1000 * k,
    status: k === 1 ? 'infeasible' : 'best-found',
    objective: mean,
    profit: { p5: mean - 1000 * k, p50: mean - 100, p95: mean + 1000 * k },
    probabilityOfLoss: 0.4 / k,
    cost: 1000 * k - 50,
    creators: [k, 1],
  };
});

const show = (props: Partial<Parameters<typeof FrontierChart>[0]> = {}) =>
  render(<FrontierChart points={POINTS} budget={10_000} objective="expectedProfit" maxLossProbability={null} currency="EUR" width={800} {...props} />);

describe('FrontierChart', () => {
  it('has a title, a legend and a text alternative with the figures at the budget and at twice it', () => {
    const { container } = show();
    expect(screen.getByRole('heading', { name: 'What each budget buys' })).toBeInTheDocument();
    const legend = container.querySelector('.chart-legend') as HTMLElement;
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Expected profit', 'Profit, P5–P95', 'Chance of loss', 'Your budget']);
    // Point 10 is the budget: mean 17,000, P5 7,000, P95 27,000, loss 4%; point 20: mean 37,000, loss 2%.
    expect(screen.getByRole('img', { name: /What each budget buys/ })).toHaveAccessibleName(
      expect.stringContaining('At your budget of €10,000: Expected profit €17,000, P5 €7,000 to P95 €27,000, a 4% chance of loss. At twice the budget: Expected profit €37,000, a 2% chance of loss.'),
    );
    expect(screen.getByText('Your budget, €10,000')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download SVG of “What each budget buys”' })).toBeInTheDocument();
  });

  it('lists every point in its data table, and draws the loss limit when there is one', () => {
    const { container } = show({ maxLossProbability: 0.05 });
    const table = within(container.querySelector('.visually-hidden') as HTMLElement).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(20);
    // Money keeps its minus sign joined to the currency sign (a word joiner, U+2060).
    const cells = within(rows[0]!).getAllByRole('cell').map((c) => c.textContent?.replace(/\u2060/g, ''));
    expect(cells).toEqual(['-€1,000', '-€2,000', '€0.00', '40%', '€950', 'no split fits']);
    expect(within(container.querySelector('.chart-legend') as HTMLElement).getByText('Limit on the chance of loss')).toBeInTheDocument();
  });

  it('draws the median where the objective is not the mean profit', () => {
    show({ objective: 'profitP5' });
    expect(screen.getByRole('img', { name: /What each budget buys/ })).toHaveAccessibleName(expect.stringContaining('Median profit (P50) €16,900'));
  });

  it('shows a point in a tooltip from the keyboard', () => {
    const { container } = show();
    const plot = container.querySelector('.chart-plot') as HTMLElement;
    fireEvent.focus(plot);
    fireEvent.keyDown(plot, { key: 'End' });
    const tip = screen.getByRole('status');
    expect(tip).toHaveTextContent('€20,000 · 200% of your budget');
    expect(tip).toHaveTextContent('Expected profit: €37,000');
    expect(tip).toHaveTextContent('Chance of loss: 2%');
  });

  it('speaks Dutch', () => {
    render(
      <I18nProvider lang="nl">
        <FrontierChart points={POINTS} budget={10_000} objective="expectedProfit" maxLossProbability={null} currency="EUR" width={800} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Wat elk budget oplevert' })).toBeInTheDocument();
    expect(screen.getByText('Uw budget, € 10.000')).toBeInTheDocument();
  });
});

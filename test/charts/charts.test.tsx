import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CashFlowChart } from '../../src/charts/CashFlowChart';
import { CostProfitChart } from '../../src/charts/CostProfitChart';
import { FunnelChart } from '../../src/charts/FunnelChart';
import { ProfitHistogram } from '../../src/charts/ProfitHistogram';
import { I18nProvider } from '../../src/i18n/i18n';
import { makeCashFlow, makeMonteCarlo, makePoint } from './fixtures';

/** The accessible drawing of a chart: role img, named by its <title> and <desc>. */
const drawing = (name: RegExp) => screen.getByRole('img', { name });

describe('FunnelChart', () => {
  it('draws every step with its value and rate, and says so in its text alternative', () => {
    const { container } = render(<FunnelChart totals={makePoint().totals} currency="EUR" width={600} />);
    expect(screen.getByRole('heading', { name: 'Conversion funnel' })).toBeInTheDocument();
    const img = drawing(/Conversion funnel/);
    expect(img).toHaveAccessibleName(expect.stringContaining('Impressions 1,234,567'));
    expect(img).toHaveAccessibleName(expect.stringContaining('Conversions 150 (2.5% of clicks)'));
    expect(container.querySelector('.axis-label')).toHaveTextContent('Count (people and actions, log scale)');
    expect(screen.queryByText('Leads')).not.toBeInTheDocument();
  });
  it('switches to proportional bars and shows a tooltip with the cost per step from the keyboard', () => {
    const { container } = render(<FunnelChart totals={makePoint().totals} currency="EUR" width={600} />);
    fireEvent.click(screen.getByRole('button', { name: 'Linear' }));
    expect(container.querySelector('.axis-label')).toHaveTextContent('Count (people and actions)');
    const plot = container.querySelector('.chart-plot') as HTMLElement;
    fireEvent.focus(plot);
    fireEvent.keyDown(plot, { key: 'End' });
    const tip = screen.getByRole('status');
    expect(tip).toHaveTextContent('Conversions');
    expect(tip).toHaveTextContent('€120 per conversion');
    fireEvent.keyDown(plot, { key: 'Escape' });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('CostProfitChart', () => {
  it('stacks cost by payment component beside gross profit, with a legend, a currency axis and a data table', () => {
    const { container } = render(<CostProfitChart lineItems={makePoint().lineItems} currency="EUR" width={700} />);
    expect(screen.getByRole('heading', { name: 'Cost and gross profit by line item' })).toBeInTheDocument();
    const legend = container.querySelector('.chart-legend') as HTMLElement;
    for (const part of ['Fixed fees', 'Gifts', 'Per action', 'Commission', 'Gross profit']) expect(within(legend).getByText(part)).toBeInTheDocument();
    expect(within(legend).queryByText('Per lead')).not.toBeInTheDocument();
    expect(container.querySelector('.axis-label')).toHaveTextContent('Amount (EUR)');
    expect(drawing(/Cost and gross profit/)).toHaveAccessibleName(
      expect.stringContaining('Micro creators on TikTok: cost €12,000, gross profit €2,277'),
    );
    const table = within(container.querySelector('.visually-hidden') as HTMLElement).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Nano creators on Instagram' })).toBeInTheDocument();
    expect(within(table).getByText('€11,000')).toBeInTheDocument();
  });
  it('shows an empty state without line items', () => {
    render(<CostProfitChart lineItems={[]} currency="EUR" width={700} />);
    expect(screen.getByText(/Add a line item/)).toBeInTheDocument();
  });
});

describe('ProfitHistogram', () => {
  it('labels P5, P50 and P95, the currency axis and the key numbers in its text alternative', () => {
    const { container } = render(<ProfitHistogram monteCarlo={makeMonteCarlo()} currency="EUR" width={800} />);
    expect(screen.getByRole('heading', { name: 'Range of profit outcomes' })).toBeInTheDocument();
    const img = drawing(/Range of profit outcomes/);
    expect(img).toHaveAccessibleName(expect.stringContaining('median outcome €12,400'));
    expect(img).toHaveAccessibleName(expect.stringContaining('between -\u2060€3,100 and €31,000'));
    expect(img).toHaveAccessibleName(expect.stringContaining('12.5% of trials lose money'));
    expect(screen.getByText('Campaign profit per trial (EUR)')).toBeInTheDocument();
    for (const key of ['P5', 'P50', 'P95']) expect(screen.getByTestId(`rule-${key}`)).toHaveTextContent(key);
    expect(screen.getByTestId('loss-area')).toBeInTheDocument();
    expect(container.querySelectorAll('rect[fill*="--c-loss"]').length).toBeGreaterThan(1);
  });
  it('marks no loss area when no trial loses money', () => {
    const { container } = render(<ProfitHistogram monteCarlo={makeMonteCarlo(500, 31_000, 800, 0)} currency="EUR" width={800} />);
    expect(screen.queryByTestId('loss-area')).not.toBeInTheDocument();
    expect(container.querySelector('rect[fill*="--c-loss"]')).toBeNull();
    expect(screen.queryByText(/^Loss/)).not.toBeInTheDocument();
  });
  it('shows an empty state until samples arrive', () => {
    render(<ProfitHistogram monteCarlo={null} currency="EUR" width={800} />);
    expect(screen.getByText(/appears once the simulation has run/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('CashFlowChart', () => {
  it('marks and labels the payback week', () => {
    render(<CashFlowChart cashFlow={makeCashFlow()} currency="EUR" width={800} />);
    expect(screen.getByRole('heading', { name: 'Cumulative cash flow by week' })).toBeInTheDocument();
    expect(screen.getByTestId('payback-label')).toHaveTextContent('Pays back in week 6');
    expect(screen.getByTestId('payback-marker')).toBeInTheDocument();
    expect(screen.getByText('Amount (EUR)')).toBeInTheDocument();
    expect(screen.getByText('Week since the campaign start')).toBeInTheDocument();
    expect(drawing(/Cumulative cash flow/)).toHaveAccessibleName(expect.stringContaining('lowest, -\u2060€6,000, in week 0 and ends at €10,800 in week 12'));
  });
  it('says the campaign does not pay back when there is no payback week', () => {
    render(<CashFlowChart cashFlow={makeCashFlow(false)} currency="EUR" width={800} />);
    expect(screen.getByTestId('payback-label')).toHaveTextContent('Does not pay back within 12 weeks');
    expect(screen.queryByTestId('payback-marker')).not.toBeInTheDocument();
    expect(drawing(/Cumulative cash flow/)).toHaveAccessibleName(expect.stringContaining('Does not pay back'));
  });
  it('hides the weekly bars on request and shows a week in a tooltip from the keyboard', () => {
    const { container } = render(<CashFlowChart cashFlow={makeCashFlow()} currency="EUR" width={800} />);
    const bars = () => container.querySelectorAll('rect[fill*="--c-cost"]').length;
    expect(bars()).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly cost and revenue' }));
    expect(bars()).toBe(0);
    const plot = container.querySelector('.chart-plot') as HTMLElement;
    fireEvent.focus(plot);
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(screen.getByRole('status')).toHaveTextContent('week 1');
    expect(screen.getByRole('status')).toHaveTextContent('Cumulative profit: -\u2060€5,350');
  });
  it('formats Dutch numbers and words', () => {
    render(
      <I18nProvider lang="nl">
        <CashFlowChart cashFlow={makeCashFlow()} currency="EUR" width={800} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('payback-label')).toHaveTextContent('Terugverdiend in week 6');
    expect(screen.getByText('Bedrag (EUR)')).toBeInTheDocument();
    expect(drawing(/Cumulatieve kasstroom/)).toHaveAccessibleName(expect.stringContaining('€\u00a0-6.000, in week 0'));
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PointResult } from '../../../src/engine/types';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ResultsPanel } from '../../../src/panels/results/ResultsPanel';
import { makeCashFlow, makeMonteCarlo, makePoint, makeScenario } from '../../charts/fixtures';

// The first screen of issue 7: a typical-case profit of €7,400 and a Monte Carlo median of €9,026.
function renderPanel(point: PointResult = withTotals({ profit: 7_400 }), lang: 'en' | 'nl' = 'en') {
  const mc = makeMonteCarlo();
  mc.metrics.profit = { mean: 11_000, sd: 1, p5: -3_100, p50: 9_026, p95: 31_000 };
  return render(
    <I18nProvider lang={lang}>
      <ResultsPanel scenario={makeScenario()} point={point} cashFlow={makeCashFlow()} monteCarlo={mc} mcStatus="done" mcProgress={1} />
    </I18nProvider>,
  );
}

function withTotals(totals: Partial<PointResult['totals']>): PointResult {
  const p = makePoint();
  return { ...p, totals: { ...p.totals, ...totals } };
}

const card = (container: HTMLElement, id: string) => container.querySelector(`[data-kpi="${id}"]`) as HTMLElement;

describe('Results name the typical case and the median outcome apart', () => {
  it('in English', () => {
    const { container } = renderPanel();
    const risk = screen.getByRole('region', { name: 'Risk in plain words' });
    expect(within(risk).getByText('Profit in the median outcome €9,026; 90% of outcomes between -\u2060€3,100 and €31,000.')).toBeInTheDocument();
    const money = screen.getByRole('region', { name: 'Money · typical case' });
    expect(within(money).getByText('€7,400')).toBeInTheDocument();
    expect(card(container, 'profitRange')).toHaveTextContent('median outcome €9,026');
    // The fixture's break-even multiplier 0.6, to two significant digits.
    expect(card(container, 'profit')).toHaveTextContent('break-even at 0.6× the conversion rates');
    expect(container.textContent).not.toMatch(/typical €|Typical profit/);
  });

  it('in Dutch', () => {
    const { container } = renderPanel(undefined, 'nl');
    expect(screen.getByText('Winst in de mediane uitkomst € 9.026; 90% van de uitkomsten ligt tussen € -3.100 en € 31.000.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Geld · typisch geval' })).getByText('€ 7.400')).toBeInTheDocument();
    expect(card(container, 'profitRange')).toHaveTextContent('mediane uitkomst € 9.026');
  });

  it('explain the terms in a closed disclosure', () => {
    renderPanel();
    const summary = screen.getByText('What do these figures mean?');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    const terms = [...details.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Typical case', 'Median outcome (P50)', 'P5–P95', 'Expected (average)', 'Chance of loss', 'Chance over budget', 'Reach and frequency']);
  });
});

describe('KPI cards with large figures', () => {
  it('show seven-digit amounts compact, with the full figure as accessible text and tooltip', () => {
    const { container } = renderPanel(withTotals({ profit: 1_502_500, cost: 150_250, impressions: 123_456_789, reach: 2_683_282 }));
    const profit = card(container, 'profit');
    const value = profit.querySelector('.kpi-value')!;
    expect(value.getAttribute('title')).toBe('€1,502,500');
    expect(value.querySelector('[aria-hidden="true"]')!.textContent).toMatch(/^€1\.5M$/i);
    expect(within(profit).getByText('€1,502,500')).toHaveClass('visually-hidden');
    // €150,250 is eight characters: it fits and stays in full, with no second copy.
    const cost = card(container, 'cost').querySelector('.kpi-value')!;
    expect(cost.textContent).toBe('€150,250');
    expect(cost.hasAttribute('title')).toBe(false);
    const impressions = card(container, 'impressions').querySelector('.kpi-value')!;
    expect(impressions.getAttribute('title')).toBe('123,456,789');
    expect(impressions.querySelector('[aria-hidden="true"]')!.textContent).toMatch(/^123M$/i);
    // Three significant digits: 2,683,282 reads 2.68M, not a rounded-away 2.7M.
    expect(card(container, 'reach').querySelector('[aria-hidden="true"]')!.textContent).toMatch(/^2\.68M$/i);
  });

  it('in Dutch too', () => {
    const { container } = renderPanel(withTotals({ profit: -1_502_500 }), 'nl');
    const value = card(container, 'profit').querySelector('.kpi-value')!;
    expect(value.getAttribute('title')).toBe('€\u00a0-1.502.500');
    expect(value.querySelector('[aria-hidden="true"]')!.textContent).toBe('-\u2060€\u00a01,5\u00a0mln.');
  });

  it('read conversions as counts: whole from ten, two significant digits below', () => {
    const { container } = renderPanel(withTotals({ conversions: 3.456, clicks: 149.6 }));
    expect(card(container, 'conversions').querySelector('.kpi-value')!.textContent).toBe('3.5');
    expect(card(container, 'clicks').querySelector('.kpi-value')!.textContent).toBe('150');
  });
});

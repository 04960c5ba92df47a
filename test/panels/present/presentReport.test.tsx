import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PresentReport } from '../../../src/panels/present/PresentReport';
import { useCompareSelection } from '../../../src/panels/compare/selection';
import { useAppStore } from '../../../src/store';
import { handScenario } from '../../engine/fixtures';

/** Two small plans: a fixed fee that always pays back, and the same creators paid per sale in dollars. */
function loadWorkspace() {
  const simulation = { trials: 400, seed: 7, creatorCorrelation: 0.5, campaignCorrelation: 0.3 };
  const fixed = handScenario({ conversionRate: { low: 0.01, high: 0.05 } }, { name: 'Fixed fee plan', simulation });
  const perSale = handScenario(
    { conversionRate: { low: 0.01, high: 0.05 }, payment: { model: 'cps', commissionRate: 0.2 } },
    { name: 'Per-sale plan', currency: 'USD', simulation: { ...simulation, seed: 99, trials: 50 } },
  );
  useAppStore.getState().importScenarios([fixed, perSale], { replace: true, baselineIndex: 0 });
  useCompareSelection.setState({ keys: null });
}

describe('PresentReport', () => {
  beforeEach(loadWorkspace);

  it('shows the title, the date and both plans in the key figures', () => {
    render(<PresentReport />);
    expect(screen.getByRole('heading', { level: 1, name: 'Campaign plan comparison' })).toBeInTheDocument();
    expect(screen.getByText(/^Prepared on /)).toBeInTheDocument();
    const kpi = screen.getByRole('region', { name: 'Key figures' });
    expect(within(kpi).getByRole('columnheader', { name: /Fixed fee plan/ })).toBeInTheDocument();
    expect(within(kpi).getByRole('columnheader', { name: 'Per-sale plan' })).toBeInTheDocument();
  });

  it('runs every plan with the baseline’s seed and trials and says so', () => {
    render(<PresentReport />);
    const assumptions = screen.getByRole('region', { name: 'Assumptions' });
    expect(within(assumptions).getAllByText('400 trials, seed 7')).toHaveLength(2);
  });

  it('states the risk of each plan in plain words once the simulations end', async () => {
    render(<PresentReport />);
    const risks = screen.getByRole('region', { name: 'What could go wrong' });
    // findAllBy resolves on the first plan's result; both plans' runs must have ended.
    await waitFor(() => expect(within(risks).getAllByText(/Profit in the median outcome/)).toHaveLength(2), { timeout: 20_000 });
    expect(risks).toHaveTextContent(/Fixed fee plan \(baseline\): 1 in \d+ chance of losing money/);
    // The per-sale plan asked for 50 trials, but compared plans all run with the baseline's 400.
    expect(risks).toHaveTextContent(/Per-sale plan: None of the 400 simulated outcomes loses money/);
    expect(risks).toHaveTextContent(/Profit in the median outcome US\$\d+/);
    expect(risks).toHaveTextContent(/The money comes back in week \d+\./);
    expect(risks).toHaveTextContent(/[\d.]+% chance of more profit than the baseline\./);
  });

  it('prints through the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<PresentReport />);
    await userEvent.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComparePanel } from '../../../src/panels/compare/ComparePanel';
import { useCompareSelection } from '../../../src/panels/compare/selection';
import { useAppStore } from '../../../src/store';
import { handScenario } from '../../engine/fixtures';

function loadWorkspace() {
  const simulation = { trials: 300, seed: 3, creatorCorrelation: 0.5, campaignCorrelation: 0.3 };
  const a = handScenario({ conversionRate: { low: 0.01, high: 0.05 } }, { name: 'Plan A', simulation });
  const b = handScenario({ conversionRate: { low: 0.01, high: 0.05 }, creators: 2 }, { name: 'Plan B', simulation });
  const c = handScenario({ conversionRate: { low: 0.02, high: 0.04 } }, { name: 'Plan C', simulation });
  useAppStore.getState().importScenarios([a, b, c], { replace: true, baselineIndex: 0 });
  useCompareSelection.setState({ keys: null });
}

/** Captures what the page hands to the download machinery. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('ComparePanel', () => {
  beforeEach(loadWorkspace);
  afterEach(() => vi.restoreAllMocks());

  it('compares all three plans and gives each the chance of beating the baseline', async () => {
    render(<ComparePanel />);
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(3);
    const beats = screen.getByRole('region', { name: 'Chance of beating the baseline on profit' });
    expect(beats).toHaveTextContent('seed (3) and 300 trials');
    await within(beats).findByText(/^Plan B: [\d.]+% chance of more profit than the baseline$/, undefined, { timeout: 10_000 });
    await within(beats).findByText(/^Plan C: [\d.]+% chance of more profit than the baseline$/, undefined, { timeout: 10_000 });
  }, 15_000);

  it('drops a plan from every part of the view when it is unticked', async () => {
    render(<ComparePanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Plan C' }));
    expect(screen.queryByRole('columnheader', { name: 'Plan C' })).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Plan B' })).toBeInTheDocument();
  });

  it('downloads the results as CSV and a chart as a standalone, titled SVG', async () => {
    const { blobs, names } = captureDownloads();
    render(<ComparePanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Download results (CSV)' }));
    expect(names).toEqual(['comparison-results.csv']);
    const csv = await blobs[0]!.text();
    expect(csv.split('\n')[0]).toMatch(/^scenario,currency,level,lineItemId/);
    expect(csv.split('\n')).toHaveLength(1 + 3 * 2);

    await userEvent.click(screen.getByRole('button', { name: 'Download SVG of “Cost, profit, conversions and CPA”' }));
    expect(names[1]).toBe('cost-profit-conversions-and-cpa.svg');
    const svg = await blobs[1]!.text();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Cost, profit, conversions and CPA</title>');
    expect(svg).not.toContain('var(');
    expect(svg).toContain('#0072b2');
  });

  it('offers the raw samples of a chosen plan once its run has finished', async () => {
    const { blobs, names } = captureDownloads();
    render(<ComparePanel />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Scenario for the Monte Carlo samples' }), 'Plan B');
    const button = screen.getByRole('button', { name: 'Download Monte Carlo samples (CSV)' });
    await vi.waitFor(() => expect(button).toBeEnabled(), { timeout: 10_000 });
    await userEvent.click(button);
    expect(names).toEqual(['plan-b-monte-carlo-samples.csv']);
    expect((await blobs[0]!.text()).trim().split('\n')).toHaveLength(301);
  }, 15_000);
});

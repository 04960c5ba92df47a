import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectPoint } from '../../../src/engine/point';
import { calibrate } from '../../../src/engine/roster/calibration';
import { calibrationSourceOf } from '../../../src/engine/roster/sources';
import type { Rate, Scenario } from '../../../src/engine/schema';
import { readCsv } from '../../../src/io/csv/readCsv';
import { makeFormatters } from '../../../src/i18n/format';
import { useAppStore } from '../../../src/store';
import { names } from '../shell/shellHarness';
import { openPreview, plan, selected, startWith, store, undoSteps } from './importHarness';

// Three micro creators on Instagram who converted better than the plan's 1% – 4% (8 orders of 200
// clicks is 4%), and one nano creator on TikTok, a tier and platform the plan has no line item of.
const RESULTS = [
  'name,platform,followers,posts,impressions,clicks,orders',
  'A,instagram,"40,000",2,"12,000",200,8',
  'B,instagram,"50,000",2,"15,000",240,10',
  'C,instagram,"60,000",2,"20,000",300,12',
  'D,tiktok,"8,000",1,"5,000",40,1',
].join('\n');

const en = makeFormatters('en-GB', 'EUR');
const shown = (rate: Rate) => (typeof rate === 'number' ? en.rate(rate) : `${en.rate(rate.low)} – ${en.rate(rate.high)}`);

/** What the engine makes of the file for the plan: the figures the preview must show. */
function expected(scenario: Scenario) {
  const read = readCsv(RESULTS, 'results');
  const columns = { followers: true, impressions: true, clicks: true, orders: true, leads: false };
  const group = calibrate(scenario, read.rows, columns).groups.find((g) => g.tier === 'micro' && g.platform === 'instagram')!;
  return group.rates;
}

describe('the calibration preview', () => {
  beforeEach(() => startWith(plan()));

  it('shows per tier × platform and rate the range before and after with its n, and a chart of both', async () => {
    const { dialog } = await openPreview(RESULTS, 'results', 'results.csv');
    expect(dialog).toHaveAccessibleName('Calibrate from results.csv');
    const micro = within(dialog).getByRole('region', { name: 'Micro · Instagram: 3 creators in the file' });
    expect(within(micro).getByText('Changes: Micro on Instagram')).toBeInTheDocument();
    const rates = expected(plan());
    const rows = within(within(micro).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Reach rate', '3', '8% – 32%', shown(rates.reachRate!.after)],
      ['Click rate', '3', '0.5% – 2%', shown(rates.clickRate!.after)],
      ['Conversion rate', '3', '1% – 4%', shown(rates.conversionRate!.after)],
    ]);
    // The creators converted at about 4%, so the calibrated range sits higher than the plan's.
    const after = rates.conversionRate!.after as { low: number; high: number };
    expect(after.low).toBeGreaterThan(0.01);

    const chart = within(micro).getByRole('img', { name: /^Micro · Instagram: 90% ranges before and after/ });
    expect(chart.querySelector('desc')?.textContent).toBe(
      `Calibrated from the file: Reach rate from 8% – 32% to ${shown(rates.reachRate!.after)} (3 creators); ` +
        `Click rate from 0.5% – 2% to ${shown(rates.clickRate!.after)} (3 creators); ` +
        `Conversion rate from 1% – 4% to ${shown(rates.conversionRate!.after)} (3 creators).`,
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(6);

    const nano = within(dialog).getByRole('region', { name: 'Nano · TikTok: 1 creator in the file' });
    expect(nano).toHaveTextContent('The scenario has no line item of this tier and platform, so nothing changes here.');
    expect(within(dialog).getByText(/^Profit in the typical case: .+ → .+$/)).toBeInTheDocument();
  });

  it('applies the calibrated ranges with their source as one undoable step', async () => {
    const before = store().entries;
    const profitBefore = projectPoint(plan()).totals.profit;
    await openPreview(RESULTS, 'results', 'results.csv');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Apply the calibration' }));

    const item = selected().lineItems[0]!;
    expect(item.conversionRate).toEqual(expected(plan()).conversionRate!.after);
    expect(calibrationSourceOf(selected(), item, 'conversionRate')).toEqual({ file: 'results.csv', creators: 3 });
    expect(projectPoint(selected()).totals.profit).toBeGreaterThan(profitBefore);
    expect(undoSteps()).toBe(1);
    // Three rates of one tier × platform changed.
    expect(screen.getByText('Calibrated 3 ranges of “Spring plan” from results.csv')).toBeInTheDocument();

    useAppStore.temporal.getState().undo();
    expect(store().entries).toBe(before);
  });

  it('can calibrate a copy instead, to compare with the plan as it was', async () => {
    await openPreview(RESULTS, 'results', 'results.csv');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'A copy of “Spring plan”, to compare with it' }));
    await user.click(screen.getByRole('button', { name: 'Apply the calibration' }));
    expect(names()).toEqual(['Spring plan', 'Spring plan (calibrated)']);
    expect(store().entries[0]!.scenario).toEqual(plan());
    expect(selected().lineItems[0]!.conversionRate).toEqual(expected(plan()).conversionRate!.after);
  });

  it('offers nothing to apply when no line item of the plan has results in the file', async () => {
    const { dialog } = await openPreview('platform,followers,posts,impressions,clicks,orders\ntiktok,8000,1,5000,40,1\n', 'results', 'results.csv');
    expect(within(dialog).getByText('Nothing to calibrate: no line item of the scenario has a rate with results in this file.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Apply the calibration' })).toBeNull();
  });

  it('speaks Dutch in Dutch mode', async () => {
    startWith(plan(), 'nl');
    const { dialog } = await openPreview(RESULTS, 'results', 'resultaten.csv');
    expect(dialog).toHaveAccessibleName('Kalibreren met resultaten.csv');
    expect(within(dialog).getByRole('region', { name: 'Micro · Instagram: 3 creators in het bestand' })).toBeInTheDocument();
    expect(within(dialog).getAllByRole('columnheader', { name: 'Na kalibratie' })).toHaveLength(2); // the micro Instagram and the nano TikTok table
    expect(within(dialog).getByRole('button', { name: 'Kalibratie toepassen' })).toBeInTheDocument();
  });
});

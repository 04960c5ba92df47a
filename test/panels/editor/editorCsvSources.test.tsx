import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyCalibration } from '../../../src/engine/roster/applyCalibration';
import { applyRoster } from '../../../src/engine/roster/applyRoster';
import { calibrate } from '../../../src/engine/roster/calibration';
import type { Scenario } from '../../../src/engine/schema';
import { readCsv } from '../../../src/io/csv/readCsv';
import { ScenarioEditor } from '../../../src/panels/editor/ScenarioEditor';
import { buildScenario } from '../../fixtures/scenario';

/** Two creators imported from a list, then their micro Instagram ranges calibrated from results of two. */
function importedAndCalibrated(): Scenario {
  const list = readCsv('name,platform,followers\nAnna de Vries,instagram,25000\nBen Bakker,tiktok,8500\n', 'roster');
  const imported = applyRoster(buildScenario({ name: 'Plan' }), list.rows, { grouped: false, file: 'shortlist.csv' });
  if (!imported.ok) throw new Error('the list did not import');
  const results = readCsv('platform,followers,posts,impressions,clicks,orders\ninstagram,20000,2,9000,150,6\ninstagram,30000,2,12000,200,9\n', 'results');
  const columns = { followers: true, impressions: true, clicks: true, orders: true, leads: false };
  return applyCalibration(imported.scenario, calibrate(imported.scenario, results.rows, columns), 'results.csv').scenario;
}

const card = (name: string) => within(screen.getByRole('region', { name }));

describe('line items from the planner’s own files', () => {
  it('say which row of which list they came from, and which ranges were calibrated from which results', () => {
    render(<ScenarioEditor scenario={importedAndCalibrated()} onChange={() => {}} />);
    expect(card('Anna de Vries').getByText('Imported from shortlist.csv, row 2')).toBeInTheDocument();
    expect(card('Ben Bakker').getByText('Imported from shortlist.csv, row 3')).toBeInTheDocument();
    const conversion = within(card('Anna de Vries').getByRole('group', { name: 'Conversion rate' }));
    expect(conversion.getByText('Calibrated from results.csv: 2 creators')).toBeInTheDocument();
    // The benchmark's own source stays beside it, marked as edited.
    expect(conversion.getByText(/Benchmark .* \(edited\)/)).toBeInTheDocument();
    // Ben is a nano creator on TikTok, whom the results do not cover; engagement is never calibrated.
    expect(card('Ben Bakker').queryByText(/^Calibrated from/)).toBeNull();
    expect(within(card('Anna de Vries').getByRole('group', { name: 'Engagement rate' })).queryByText(/^Calibrated from/)).toBeNull();
  });

  it('stop naming the results once the range is edited away from the calibration', () => {
    const scenario = importedAndCalibrated();
    const edited: Scenario = { ...scenario, lineItems: scenario.lineItems.map((i) => (i.id === 'anna-de-vries' ? { ...i, conversionRate: 0.02 } : i)) };
    render(<ScenarioEditor scenario={edited} onChange={() => {}} />);
    expect(within(card('Anna de Vries').getByRole('group', { name: 'Conversion rate' })).queryByText(/^Calibrated from/)).toBeNull();
    expect(within(card('Anna de Vries').getByRole('group', { name: 'Click rate' })).getByText('Calibrated from results.csv: 2 creators')).toBeInTheDocument();
  });
});

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { ExamplesMenu } from '../../../src/panels/shell/ExamplesMenu';
import { Toolbar } from '../../../src/panels/shell/Toolbar';
import { listExamples } from '../../../src/io';
import { useAppStore } from '../../../src/store';
import { names, resetStore, ShellProviders } from './shellHarness';

// The results need the Monte Carlo worker; these tests are about the shell around them.
vi.mock('../../../src/panels/shell/ResultsColumn', () => ({ ResultsColumn: () => <p>results</p> }));

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const LIST = 'name,platform,followers,feePerPost\nAnna de Vries,instagram,25000,400\n';
const selectedItems = () => {
  const { entries, selectedKey } = useAppStore.getState();
  return entries.find((e) => e.key === selectedKey)!.scenario.lineItems.map((i) => i.label);
};

describe('the CSV imports in the toolbar', () => {
  beforeEach(resetStore);

  it('sit beside Open file… under Import CSV, each with what it does', async () => {
    const user = userEvent.setup();
    render(
      <ShellProviders>
        <Toolbar onOpenFiles={vi.fn()} onRefuse={vi.fn()} onOpenCsv={vi.fn()} />
      </ShellProviders>,
    );
    const buttons = within(screen.getByRole('toolbar')).getAllByRole('button').map((b) => b.textContent);
    expect(buttons.slice(buttons.indexOf('Open file…'), buttons.indexOf('Open file…') + 2)).toEqual(['Open file…', 'Import CSV ▾']);
    await user.click(screen.getByRole('button', { name: 'Import CSV' }));
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((i) => i.querySelector('.menu-item-title')?.textContent)).toEqual(['Import creators (CSV)…', 'Calibrate from results (CSV)…']);
    expect(items[0]).toHaveTextContent(/each creator becomes a line item/);
    expect(screen.getByLabelText('Creator list (CSV)')).toHaveAttribute('accept', '.csv,text/csv');
    expect(screen.getByLabelText('Past results (CSV)')).toHaveAttribute('accept', '.csv,text/csv');
  });

  it('open the chosen file in the preview of its kind, and Import puts its creators in the selected scenario', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = selectedItems();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Creator list (CSV)'), { target: { files: [csvFile('mine.csv', LIST)] } });
    });
    // The preview is loaded on first use.
    const dialog = await screen.findByRole('dialog', { name: 'Import creators from mine.csv' }, { timeout: 15_000 });
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 line item' }, { timeout: 15_000 }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(selectedItems()).toEqual([...before, 'Anna de Vries']);
    expect(screen.getByRole('region', { name: 'Anna de Vries' })).toHaveTextContent('Imported from mine.csv, row 2');
  });

  it('open a dropped CSV in the preview its columns say, and a dropped JSON file as before', async () => {
    render(<App />);
    const scenario = JSON.stringify({ ...structuredClone(useAppStore.getState().entries[0]?.scenario), format: 'campaign-roi-scenario', version: 1, name: 'Summer sale' });
    const results = csvFile('last-time.csv', 'platform,followers,posts,views,clicks,orders\ninstagram,40000,2,12000,200,8\n');
    await act(async () => {
      fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [results, new File([scenario], 'summer.json', { type: 'application/json' })] } });
    });
    const dialog = await screen.findByRole('dialog', { name: 'Calibrate from last-time.csv' }, { timeout: 15_000 });
    await waitFor(() => expect(names()).toEqual([expect.any(String), 'Summer sale']));
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(names()).toHaveLength(2);
  });
});

describe('the CSVs in the Examples menu', () => {
  beforeEach(resetStore);
  afterEach(() => vi.restoreAllMocks());

  it('open the example shortlist and results in their previews, and download the templates', async () => {
    const user = userEvent.setup();
    const onOpenCsv = vi.fn();
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    render(
      <ShellProviders>
        <ExamplesMenu examples={listExamples().slice(0, 1)} onRefuse={vi.fn()} onOpenCsv={onOpenCsv} />
      </ShellProviders>,
    );
    await user.click(screen.getByRole('button', { name: 'Examples' }));
    const shortlist = await screen.findByRole('menuitem', { name: /Creator shortlist \(CSV\)/ });
    expect(shortlist).toHaveTextContent('40 Dutch and Belgian beauty and food creators to import as line items');
    // The scenario examples, a separator, the two example CSVs, a separator, the four templates.
    expect(screen.getAllByRole('separator')).toHaveLength(2);
    expect(screen.getAllByRole('menuitem').map((i) => i.querySelector('.menu-item-title')?.textContent).slice(1)).toEqual([
      'Creator shortlist (CSV)',
      'Past campaign results (CSV)',
      'Template: creator list, English column names',
      'Template: creator list, Dutch column names',
      'Template: past results, English column names',
      'Template: past results, Dutch column names',
    ]);
    await user.click(shortlist);
    await waitFor(() => expect(onOpenCsv).toHaveBeenCalledWith('creator-shortlist.csv', readFileSync('scenarios/creator-shortlist.csv', 'utf8'), 'roster'));

    await user.click(screen.getByRole('button', { name: 'Examples' }));
    await user.click(await screen.findByRole('menuitem', { name: /Past campaign results/ }));
    await waitFor(() => expect(onOpenCsv).toHaveBeenLastCalledWith('past-campaign-results.csv', readFileSync('scenarios/past-campaign-results.csv', 'utf8'), 'results'));

    await user.click(screen.getByRole('button', { name: 'Examples' }));
    await user.click(await screen.findByRole('menuitem', { name: /Template: creator list, Dutch column names/ }));
    expect(clicked).toEqual([{ href: '/templates/creator-list-nl.csv', download: 'creator-list-nl.csv' }]);
  });
});

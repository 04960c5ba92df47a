import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { importSourceOf } from '../../../src/engine/roster/sources';
import { useAppStore } from '../../../src/store';
import { names } from '../shell/shellHarness';
import { openPreview, plan, selected, startWith, store, undoSteps } from './importHarness';

// Three creators to import and two rows to refuse: row 5's platform is unknown, row 6's followers
// are not a whole number. Anna and Eva are micro creators on Instagram (10,000 – 99,999 followers),
// Ben a nano one on TikTok; all three name the audience "NL beauty", which the plan does not have.
const SHORTLIST = [
  'name,platform,followers,posts,feePerPost,audience',
  'Anna de Vries,instagram,"25,000",2,400,NL beauty',
  'Ben Bakker,tiktok,"8,500",1,,NL beauty',
  'Eva Smit,ig,"30,000",2,600,NL beauty',
  'Cas,myspace,"4,000",1,,',
  'Dee,youtube,12.5,1,,',
].join('\n');

const rowsOf = (dialog: HTMLElement) => within(within(dialog).getByRole('table', { name: 'Rows of shortlist.csv' })).getAllByRole('row').slice(1);

describe('the creator list preview', () => {
  beforeEach(() => startWith(plan()));

  it('shows every row, the refused ones marked with their reasons, and what the import makes', async () => {
    const { dialog } = await openPreview(SHORTLIST, 'roster');
    expect(dialog).toHaveAccessibleName('Import creators from shortlist.csv');
    expect(within(dialog).getByText('5 rows read: 3 usable, 2 refused and skipped (highlighted in the table with the reason).')).toBeInTheDocument();

    const rows = rowsOf(dialog);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2', '3', '4', '5', '6']);
    // Accepted rows as read (a platform by its name, an amount in the plan's currency), refused ones as written.
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Anna de Vries', 'Instagram', '25,000', '2', '€400', 'NL beauty', 'Read']);
    expect(rows[3]).toHaveClass('is-refused');
    expect(rows[3]).toHaveTextContent(/^5Casmyspace4,0001Refused/);
    expect(within(rows[3]!).getByRole('listitem').textContent).toMatch(/^row 5, column platform: must be one of .*\(got "myspace"\)$/);
    expect(within(rows[4]!).getByRole('listitem')).toHaveTextContent('row 6, column followers: must be a whole number (got "12.5")');

    expect(within(dialog).getByText(/Adds 3 line items to “Spring plan”\. Profit in the typical case: .* → /)).toBeInTheDocument();
    // The placeholder size is 10 × the three creators' followers: 10 × (25,000 + 8,500 + 30,000).
    const audiences = within(dialog).getByRole('region', { name: 'New audiences' });
    expect(within(audiences).getByRole('listitem')).toHaveTextContent('NL beauty: 635,000 people (placeholder)');
    expect(audiences).toHaveTextContent(/placeholder size, 10 × its creators’ followers/);
  });

  it('applies as one undoable step, one line item per creator, with its source', async () => {
    const before = store().entries;
    const { onClose } = await openPreview(SHORTLIST, 'roster');
    expect(undoSteps()).toBe(0);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import 3 line items' }));

    expect(onClose).toHaveBeenCalledTimes(1);
    const scenario = selected();
    expect(scenario.lineItems.map((i) => i.label)).toEqual(['Micro on Instagram', 'Anna de Vries', 'Ben Bakker', 'Eva Smit']);
    expect(scenario.audiences?.map((a) => [a.label, a.size])).toEqual([['NL beauty', 635_000]]);
    expect(importSourceOf(scenario, 'anna-de-vries')).toEqual({ file: 'shortlist.csv', row: 2 });
    expect(undoSteps()).toBe(1);
    expect(screen.getByText('Imported 3 line items from shortlist.csv into “Spring plan”')).toBeInTheDocument();

    useAppStore.temporal.getState().undo();
    expect(store().entries).toBe(before);
  });

  it('groups per tier × platform × audience, or makes a new scenario, as chosen', async () => {
    await openPreview(SHORTLIST, 'roster');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Grouped' }));
    // Anna and Eva are one group (micro, Instagram, NL beauty), Ben another.
    expect(screen.getByRole('button', { name: 'Import 2 line items' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'A new scenario, “Creators from shortlist.csv”' }));
    expect(screen.getByText(/Makes a new scenario, “Creators from shortlist.csv”, with 2 line items\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 2 line items' }));

    expect(names()).toEqual(['Spring plan', 'Creators from shortlist.csv']);
    const made = selected();
    expect(made.lineItems.map((i) => [i.label, i.creators])).toEqual([
      ['Micro creators on Instagram (NL beauty)', 2],
      ['Nano creators on TikTok (NL beauty)', 1],
    ]);
    // The new scenario keeps the plan's economics, not its line items.
    expect(made.economics).toEqual(plan().economics);
    expect(undoSteps()).toBe(1);
  });

  it('Cancel and Escape leave the work as it was, with no undo step', async () => {
    const before = store().entries;
    const first = await openPreview(SHORTLIST, 'roster');
    await userEvent.setup().click(within(first.dialog).getByRole('button', { name: 'Cancel' }));
    expect(first.onClose).toHaveBeenCalledTimes(1);
    first.view.unmount();

    const second = await openPreview(SHORTLIST, 'roster');
    fireEvent.keyDown(second.dialog, { key: 'Escape' });
    expect(second.onClose).toHaveBeenCalledTimes(1);
    expect(store().entries).toBe(before);
    expect(undoSteps()).toBe(0);
  });

  it('starts on its title and keeps Tab inside, from the last control round to the first', async () => {
    const { dialog } = await openPreview(SHORTLIST, 'roster');
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Import creators from shortlist.csv' }));
    const apply = within(dialog).getByRole('button', { name: 'Import 3 line items' });
    apply.focus();
    fireEvent.keyDown(apply, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'One per creator' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(apply);
  });

  it('pages through a long list and can show the refused rows alone', async () => {
    // 120 creators; every 40th row (rows 41, 81, 121) has a platform that does not exist.
    const lines = Array.from({ length: 120 }, (_, i) => `Creator ${i + 1},${(i + 2) % 40 === 1 ? 'fax' : 'instagram'},20000`);
    const { dialog } = await openPreview(['name,platform,followers', ...lines].join('\n'), 'roster');
    const user = userEvent.setup();
    expect(within(dialog).getByText('Rows 1–50 of 120')).toBeInTheDocument();
    expect(rowsOf(dialog)).toHaveLength(50);
    await user.click(within(dialog).getByRole('button', { name: 'Next rows' }));
    expect(within(dialog).getByText('Rows 51–100 of 120')).toBeInTheDocument();
    expect(rowsOf(dialog)[0]).toHaveTextContent(/^52Creator 51/);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Show refused rows only' }));
    expect(within(dialog).getByText('Rows 1–3 of 3')).toBeInTheDocument();
    expect(rowsOf(dialog).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['41', '81', '121']);
    expect(within(dialog).queryByRole('button', { name: 'Next rows' })).toBeNull();
  });

  it('starts grouped when a line item each would pass the 500 a scenario holds, and says why per creator cannot be applied', async () => {
    const lines = Array.from({ length: 600 }, (_, i) => `Creator ${i + 1},tiktok,${5000 + i}`);
    const { dialog } = await openPreview(['name,platform,followers', ...lines].join('\n'), 'roster');
    const user = userEvent.setup();
    expect(within(dialog).getByRole('radio', { name: 'Grouped' })).toBeChecked();
    // Followers 5,000 – 5,599 are all nano: one group of 600.
    expect(within(dialog).getByRole('button', { name: 'Import 1 line item' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'One per creator' }));
    // The plan's one line item and 600 more.
    expect(within(dialog).getByRole('alert')).toHaveTextContent('file: would make 601 line items; a scenario holds at most 500 (import the list grouped)');
    expect(within(dialog).queryByRole('button', { name: /^Import / })).toBeNull();
  });

  it('refuses a file without the columns it needs, and offers nothing to apply', async () => {
    const { dialog } = await openPreview('colour,size\nred,4\n', 'roster');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('shortlist.csv cannot be used. Your work is unchanged.');
    expect(within(within(dialog).getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'file: needs a column name (also accepted: naam, handle, creator)',
      'file: needs a column platform (also accepted: kanaal)',
      'file: needs a column followers (also accepted: volgers, subscribers, abonnees)',
    ]);
    expect(within(dialog).getByRole('region', { name: 'Notes on the file' })).toHaveTextContent('columns not used: colour, size');
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Cancel']);
  });

  it('speaks Dutch in Dutch mode, reasons included', async () => {
    startWith(plan(), 'nl');
    const { dialog } = await openPreview(SHORTLIST, 'roster');
    expect(dialog).toHaveAccessibleName('Creators importeren uit shortlist.csv');
    expect(within(dialog).getByText('5 rijen gelezen: 3 bruikbaar, 2 geweigerd en overgeslagen (in de tabel gemarkeerd, met de reden).')).toBeInTheDocument();
    expect(within(dialog).getByText('rij 6, kolom followers: moet een geheel getal zijn (gevonden: "12.5")')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '3 creatorgroepen importeren' })).toBeInTheDocument();
    expect(within(dialog).getByText('NL beauty: 635.000 mensen (voorlopig)')).toBeInTheDocument();
  });
});

describe('a dropped CSV of unknown kind', () => {
  beforeEach(() => startWith(plan()));

  it('goes straight to the calibration when its columns are a results file’s', async () => {
    const { dialog } = await openPreview('platform,followers,posts,views,clicks,orders\ninstagram,40000,2,12000,200,8\n', null, 'last-time.csv');
    expect(dialog).toHaveAccessibleName('Calibrate from last-time.csv');
  });

  it('asks when its columns could be either, and previews what the planner picks', async () => {
    const { dialog } = await openPreview('name,platform,followers,posts\nAnna,instagram,25000,2\n', null, 'list.csv');
    expect(dialog).toHaveAccessibleName('What is in list.csv?');
    const creators = within(dialog).getByRole('button', { name: 'A creator list' });
    expect(creators).toHaveAccessibleDescription('One row per creator; each becomes a line item.');
    await userEvent.setup().click(creators);
    expect(await within(dialog).findByRole('button', { name: 'Import 1 line item' })).toBeInTheDocument();
    expect(dialog).toHaveAccessibleName('Import creators from list.csv');
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
  });
});

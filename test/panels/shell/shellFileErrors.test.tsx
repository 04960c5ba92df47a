import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ValidationError } from '../../../src/engine/parse';
import { DropOverlay } from '../../../src/panels/shell/DropOverlay';
import { FileErrorDialog } from '../../../src/panels/shell/FileErrorDialog';
import { useWindowFileDrop } from '../../../src/panels/shell/useWindowFileDrop';
import { useAppStore } from '../../../src/store';
import { resetStore, ShellProviders } from './shellHarness';

const ERRORS: ValidationError[] = [
  { path: 'lineItems[2].payment.commissionRate', rule: 'must be between 0 and 1', value: 1.5 },
  { path: 'economics.averageOrderValue', rule: 'is required' },
  { path: 'currency', rule: 'must be a text', value: 42 },
];

describe('the file error dialog', () => {
  beforeEach(resetStore);

  it('is titled with the file name and lists every error as path: rule (got value)', () => {
    render(
      <ShellProviders>
        <FileErrorDialog fileName="spring.json" errors={ERRORS} onClose={() => {}} />
      </ShellProviders>,
    );
    const dialog = screen.getByRole('dialog', { name: 'spring.json could not be opened' });
    expect(dialog).toHaveAccessibleDescription(/Your current work is unchanged.*3/);
    const lines = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'lineItems[2].payment.commissionRate: must be between 0 and 1 (got 1.5)',
      'economics.averageOrderValue: is required',
      'currency: must be a text (got 42)',
    ]);
  });

  it('speaks Dutch in Dutch mode: title, intro, every rule and the value', () => {
    useAppStore.setState({ lang: 'nl' });
    const errors: ValidationError[] = [
      ...ERRORS,
      { path: 'lineItems[0].payment.feePerPost', rule: 'must be at most 1000000000000', code: 'atMost', params: { max: 1e12 }, value: 1e308 },
      { path: 'meta', rule: 'nests deeper than 20 levels', code: 'metaTooDeep', params: { max: 20 } },
      { path: 'colour', rule: 'is not a known field', code: 'unknownField' },
    ];
    render(
      <ShellProviders>
        <FileErrorDialog fileName="lente.json" errors={errors} onClose={() => {}} />
      </ShellProviders>,
    );
    const dialog = screen.getByRole('dialog', { name: 'lente.json kon niet worden geopend' });
    expect(dialog).toHaveAccessibleDescription(/Je huidige werk is niet gewijzigd.*6/);
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'lineItems[2].payment.commissionRate: moet tussen 0 en 1 liggen (gevonden: 1,5)',
      'economics.averageOrderValue: is verplicht',
      'currency: moet een tekst zijn (gevonden: 42)',
      'lineItems[0].payment.feePerPost: mag hoogstens 1.000.000.000.000 zijn (gevonden: 1e+308)',
      'meta: is dieper genest dan 20 niveaus',
      'colour: is geen bekend veld',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toBeInTheDocument();
  });

  it('closes with Escape and with the Close button', async () => {
    const onClose = vi.fn();
    render(
      <ShellProviders>
        <FileErrorDialog fileName="bad.json" errors={ERRORS} onClose={onClose} />
      </ShellProviders>,
    );
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

function DropTarget({ onFiles }: { onFiles: (files: File[]) => void }) {
  const dragging = useWindowFileDrop(onFiles);
  return dragging ? <DropOverlay /> : null;
}

describe('dropping a file on the window', () => {
  it('shows the overlay while a file is dragged and hands over the dropped file', () => {
    const onFiles = vi.fn();
    render(
      <ShellProviders>
        <DropTarget onFiles={onFiles} />
      </ShellProviders>,
    );
    const file = new File(['{}'], 'plan.json', { type: 'application/json' });
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    expect(screen.queryByText('Drop a scenario or workspace file (JSON), or a creator list or past results (CSV)')).toBeNull();
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop a scenario or workspace file (JSON), or a creator list or past results (CSV)')).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText('Drop a scenario or workspace file (JSON), or a creator list or past results (CSV)')).toBeNull();
    expect(onFiles).toHaveBeenCalledWith([file]);
  });

  it('ignores drags of text from inside the page', () => {
    const onFiles = vi.fn();
    render(
      <ShellProviders>
        <DropTarget onFiles={onFiles} />
      </ShellProviders>,
    );
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByText('Drop a scenario or workspace file (JSON), or a creator list or past results (CSV)')).toBeNull();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toolbar } from '../../../src/panels/shell/Toolbar';
import { resetStore, ShellProviders } from './shellHarness';

/** jsdom has no matchMedia: this one answers every query as a phone-sized window would. */
function phoneScreen() {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener: () => {}, removeEventListener: () => {} }));
}

function renderToolbar() {
  return render(
    <ShellProviders>
      <Toolbar onOpenFiles={vi.fn()} onRefuse={vi.fn()} onOpenCsv={vi.fn()} />
    </ShellProviders>,
  );
}

describe('the toolbar on a phone', () => {
  beforeEach(resetStore);
  afterEach(() => vi.unstubAllGlobals());

  it('keeps every action reachable under the desktop names, the file and share ones in More', async () => {
    phoneScreen();
    const user = userEvent.setup();
    renderToolbar();
    const toolbar = screen.getByRole('toolbar');
    for (const name of ['Undo', 'Redo', 'Examples', 'More']) expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
    expect(within(toolbar).getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(within(toolbar).queryByRole('button', { name: 'Save workspace' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'More' }));
    const names = within(screen.getByRole('menu')).getAllByRole('menuitem').map((item) => item.textContent);
    expect(names).toEqual(['Open file…', 'Import creators (CSV)…', 'Calibrate from results (CSV)…', 'Save scenario', 'Save workspace', 'Copy share link: This scenario', 'Copy share link: The whole workspace']);
  });

  it('on a wide screen shows the buttons themselves and no More menu', () => {
    renderToolbar();
    for (const name of ['Open file…', 'Save scenario', 'Save workspace', 'Examples', 'Copy share link']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
  });
});

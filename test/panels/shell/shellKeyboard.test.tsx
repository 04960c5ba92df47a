import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { useAppStore } from '../../../src/store';
import { ViewSwitch } from '../../../src/panels/shell/ViewSwitch';
import type { View } from '../../../src/panels/shell/views';
import { resetStore, ShellProviders } from './shellHarness';

// The results need the Monte Carlo worker; these tests are about the shell around them.
vi.mock('../../../src/panels/shell/ResultsColumn', () => ({ ResultsColumn: () => <p>the results</p> }));

function Views() {
  const [view, setView] = useState<View>('plan');
  return <ViewSwitch view={view} onChange={setView} />;
}

const selectedView = () => within(screen.getByRole('tablist', { name: 'Views' })).getByRole('tab', { selected: true });

describe('the view tabs from the keyboard', () => {
  beforeEach(resetStore);

  it('move with the arrows (wrapping) and jump with Home and End, focus following the selection', async () => {
    const user = userEvent.setup();
    render(
      <ShellProviders>
        <Views />
      </ShellProviders>,
    );
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(selectedView()).toHaveAccessibleName('Present');
    expect(selectedView()).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(selectedView()).toHaveAccessibleName('Plan');
    await user.keyboard('{ArrowLeft}');
    expect(selectedView()).toHaveAccessibleName('Present');
    await user.keyboard('{Home}');
    expect(selectedView()).toHaveAccessibleName('Plan');
    await user.keyboard('{ArrowRight}');
    expect(selectedView()).toHaveAccessibleName('Compare');
    expect(selectedView()).toHaveFocus();
    // Only the selected tab is in the Tab order: one Tab press leaves the tab list.
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toEqual([selectedView()]);
  });
});

describe('the skip link', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('is the first stop of the Tab key and moves focus to the results without touching the address', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.tab();
    const link = screen.getByRole('link', { name: 'Skip to results' });
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.id).toBe('results');
    expect(focused).toHaveTextContent('the results');
    // The fragment carries share links, so the link must not write "#results" into it.
    expect(window.location.hash).toBe('');
  });

  it('speaks Dutch in Dutch', () => {
    useAppStore.setState({ lang: 'nl' });
    render(<App />);
    expect(screen.getByRole('link', { name: 'Naar de resultaten' })).toBeInTheDocument();
  });
});

const brokenFile = (name: string) => new File(['{ not json'], name, { type: 'application/json' });

async function chooseFiles(files: File[]) {
  const input = screen.getByLabelText('Scenario or workspace file');
  await act(async () => {
    fireEvent.change(input, { target: { files } });
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('focus after the file error dialog', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('goes back to the button that opened the file, after Close and after Escape', async () => {
    const user = userEvent.setup();
    render(<App />);
    const open = screen.getByRole('button', { name: 'Open file…' });
    await user.click(open);
    await chooseFiles([brokenFile('one.json')]);
    const dialog = await screen.findByRole('dialog', { name: 'one.json could not be opened' });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(open).toHaveFocus();

    await user.click(open);
    await chooseFiles([brokenFile('two.json')]);
    await screen.findByRole('dialog', { name: 'two.json could not be opened' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(open).toHaveFocus();
  });

  it('goes back to the opener after a queue of refused files, not to the first dialog’s vanished button', async () => {
    const user = userEvent.setup();
    render(<App />);
    const open = screen.getByRole('button', { name: 'Open file…' });
    await user.click(open);
    await chooseFiles([brokenFile('first.json'), brokenFile('second.json')]);
    await user.click(within(await screen.findByRole('dialog', { name: 'first.json could not be opened' })).getByRole('button', { name: 'Close' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'second.json could not be opened' })).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(open).toHaveFocus();
  });
});

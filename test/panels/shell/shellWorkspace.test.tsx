import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine/schema';
import { WorkspaceBar } from '../../../src/panels/shell/WorkspaceBar';
import { useAppStore } from '../../../src/store';
import { names, resetStore, ShellProviders } from './shellHarness';

function renderBar() {
  render(
    <ShellProviders>
      <WorkspaceBar />
    </ShellProviders>,
  );
  return { user: userEvent.setup(), tabs: () => within(screen.getByRole('tablist', { name: 'Scenarios' })).getAllByRole('tab') };
}

const selectedName = () => screen.getByRole('tab', { selected: true }).textContent;

describe('the workspace bar', () => {
  beforeEach(resetStore);

  it('adds and duplicates scenarios, selecting the new one', async () => {
    const { user, tabs } = renderBar();
    const first = names()[0] as string;
    await user.click(screen.getByRole('button', { name: /New scenario/ }));
    expect(tabs()).toHaveLength(2);
    expect(useAppStore.getState().selectedKey).toBe(useAppStore.getState().entries[1]?.key);

    await user.click(tabs()[0] as HTMLElement);
    expect(selectedName()).toContain(first);
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(tabs()).toHaveLength(3);
    const copy = useAppStore.getState().entries[1];
    expect(copy?.scenario.lineItems).toEqual(useAppStore.getState().entries[0]?.scenario.lineItems);
    expect(selectedName()).toContain(copy?.scenario.name);
  });

  it('renames inline with Enter, and Escape keeps the old name', async () => {
    const { user } = renderBar();
    const before = names()[0] as string;
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: 'Scenario name' });
    await user.clear(field);
    await user.type(field, 'Q3 push{Escape}');
    expect(names()).toEqual([before]);

    await user.dblClick(screen.getByRole('tab', { selected: true }));
    expect(screen.queryByRole('tab')).toBeNull();
    const again = screen.getByRole('textbox', { name: 'Scenario name' });
    await user.clear(again);
    await user.type(again, 'Q3 push{Enter}');
    expect(names()).toEqual(['Q3 push']);
    expect(screen.getByRole('tab', { name: /Q3 push/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('deletes with an Undo notice that brings the scenario back', async () => {
    const { user, tabs } = renderBar();
    const deleteButton = screen.getByRole('button', { name: 'Delete' });
    expect(deleteButton).toBeDisabled();
    act(() => void useAppStore.getState().duplicateScenario(useAppStore.getState().selectedKey));
    const doomed = useAppStore.getState().entries[1]?.scenario.name as string;
    const before = names();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(tabs()).toHaveLength(1);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(`Deleted “${doomed}”`);
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(before);
    expect(selectedName()).toContain(doomed);
  });

  it('moves the selected scenario left and right', async () => {
    const { user } = renderBar();
    act(() => {
      const store = useAppStore.getState();
      store.renameScenario(store.selectedKey, 'A');
      useAppStore.getState().importScenarios([{ ...(store.entries[0]?.scenario as Scenario), name: 'B' }]);
    });
    expect(names()).toEqual(['A', 'B']);
    expect(screen.getByRole('button', { name: 'Move right' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move left' }));
    expect(names()).toEqual(['B', 'A']);
    expect(screen.getByRole('button', { name: 'Move left' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move right' }));
    expect(names()).toEqual(['A', 'B']);
  });

  it('marks one scenario as the baseline with a visible badge', async () => {
    const { user, tabs } = renderBar();
    await user.click(screen.getByRole('button', { name: /New scenario/ }));
    expect(within(tabs()[0] as HTMLElement).getByText('Baseline')).toBeVisible();
    expect(within(tabs()[1] as HTMLElement).queryByText('Baseline')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Set as baseline' }));
    expect(useAppStore.getState().baselineKey).toBe(useAppStore.getState().entries[1]?.key);
    expect(within(tabs()[1] as HTMLElement).getByText('Baseline')).toBeVisible();
    expect(within(tabs()[0] as HTMLElement).queryByText('Baseline')).toBeNull();
    expect(screen.getByRole('button', { name: 'Set as baseline' })).toBeDisabled();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user, tabs } = renderBar();
    await user.click(screen.getByRole('button', { name: /New scenario/ }));
    (tabs()[1] as HTMLElement).focus();
    await user.keyboard('{ArrowRight}');
    expect(tabs()[0]).toHaveAttribute('aria-selected', 'true');
    expect(tabs()[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(tabs()[1]).toHaveAttribute('aria-selected', 'true');
  });
});

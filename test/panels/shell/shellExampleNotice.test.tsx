import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { blankScenario } from '../../../src/engine/starter';
import { ExampleNotice } from '../../../src/panels/shell/ExampleNotice';
import { useAppStore } from '../../../src/store';
import { initialWorkspace } from '../../../src/store/workspaceSlice';
import { names, ShellProviders } from './shellHarness';

function firstVisit(lang: 'en' | 'nl' = 'en') {
  localStorage.clear();
  useAppStore.setState({ ...initialWorkspace(lang), lang });
  useAppStore.temporal.getState().clear();
  render(
    <ShellProviders>
      <ExampleNotice />
    </ShellProviders>,
  );
  return userEvent.setup();
}

describe('the first-visit notice', () => {
  beforeEach(() => localStorage.clear());

  it('says the workspace is an example and starts blank, undoably', async () => {
    const user = firstVisit();
    const example = names();
    expect(example).toEqual(['Same budget: fixed fees', 'Same budget: commission only (CPS)', 'Same budget: hybrid']);
    expect(screen.getByText(/This is an example workspace/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start blank' }));
    const [only] = useAppStore.getState().entries;
    expect(useAppStore.getState().entries).toHaveLength(1);
    expect(only?.scenario).toEqual(blankScenario('Scenario 1', 'Line item 1'));
    expect(screen.queryByRole('button', { name: 'Start blank' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(example);
    expect(screen.getByRole('button', { name: 'Start blank' })).toBeInTheDocument();
  });

  it('speaks Dutch, and leaves once the workspace is no longer the example', async () => {
    const user = firstVisit('nl');
    await user.click(screen.getByRole('button', { name: 'Leeg beginnen' }));
    expect(useAppStore.getState().entries[0]?.scenario.name).toBe('Scenario 1');
    expect(useAppStore.getState().entries[0]?.scenario.lineItems[0]?.label).toBe('Groep 1');
    act(() => useAppStore.temporal.getState().undo());
    expect(screen.getByText(/Dit is een voorbeeldwerkruimte/)).toBeInTheDocument();
    act(() => void useAppStore.getState().addScenario());
    expect(screen.queryByText(/Dit is een voorbeeldwerkruimte/)).toBeNull();
  });
});

import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { UndoRedoButtons } from '../../../src/panels/shell/UndoRedoButtons';
import { useAppStore } from '../../../src/store';
import { resetStore, ShellProviders } from './shellHarness';

const count = () => useAppStore.getState().entries.length;

function renderButtons() {
  return render(
    <ShellProviders>
      <UndoRedoButtons />
      <input aria-label="Notes" />
      <input type="range" aria-label="Budget" />
    </ShellProviders>,
  );
}

describe('undo and redo in the toolbar', () => {
  beforeEach(resetStore);

  it('buttons are disabled with no history and undo then redo a workspace change', async () => {
    const user = userEvent.setup();
    renderButtons();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();

    act(() => void useAppStore.getState().addScenario());
    expect(count()).toBe(2);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(count()).toBe(1);
    expect(undo).toBeDisabled();
    await user.click(redo);
    expect(count()).toBe(2);
  });

  it('Ctrl+Z, Cmd+Z and Shift+Ctrl+Z drive the store', () => {
    renderButtons();
    act(() => void useAppStore.getState().addScenario());
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(count()).toBe(1);
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(count()).toBe(2);
    fireEvent.keyDown(document.body, { key: 'z', metaKey: true });
    expect(count()).toBe(1);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(count()).toBe(2);
  });

  it('leaves Ctrl+Z to the browser while typing in a text field, but not on a slider', () => {
    renderButtons();
    act(() => void useAppStore.getState().addScenario());
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    const typing = fireEvent.keyDown(notes, { key: 'z', ctrlKey: true });
    expect(typing).toBe(true);
    expect(count()).toBe(2);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Budget' }), { key: 'z', ctrlKey: true });
    expect(count()).toBe(1);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Header } from '../../../src/panels/shell/Header';
import { LanguageSwitch } from '../../../src/panels/shell/LanguageSwitch';
import { UndoRedoButtons } from '../../../src/panels/shell/UndoRedoButtons';
import { WorkspaceBar } from '../../../src/panels/shell/WorkspaceBar';
import { useAppStore } from '../../../src/store';
import { savedEnvelope } from '../../store/savedState';
import { resetStore, ShellProviders } from './shellHarness';

function renderShell() {
  return render(
    <ShellProviders>
      <Header>
        <UndoRedoButtons />
        <LanguageSwitch />
      </Header>
      <WorkspaceBar />
    </ShellProviders>,
  );
}

describe('the language switch', () => {
  beforeEach(resetStore);

  it('switches the interface words to Dutch and back', async () => {
    const user = userEvent.setup();
    renderShell();
    expect(screen.getByRole('heading', { level: 1, name: 'Campaign ROI Planner' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Nederlands');
    expect(screen.getByRole('heading', { level: 1, name: 'Campagne-ROI-planner' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als basisscenario instellen' })).toBeInTheDocument();
    expect(screen.getByRole('tablist', { name: 'Scenario’s' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal' }), 'English');
    expect(screen.getByRole('button', { name: 'Set as baseline' })).toBeInTheDocument();
  });

  it('is remembered: the choice is in the store and in its autosave', async () => {
    const user = userEvent.setup();
    const first = renderShell();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'nl');
    expect(useAppStore.getState().lang).toBe('nl');
    const saved = savedEnvelope<{ lang?: string }>(localStorage);
    expect(saved.state?.lang).toBe('nl');

    first.unmount();
    renderShell();
    expect(screen.getByRole('combobox', { name: 'Taal' })).toHaveValue('nl');
    expect(screen.getByRole('button', { name: 'Nieuw scenario' })).toBeInTheDocument();
  });

  it('does not add a step to the undo history', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'nl');
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toBeDisabled();
  });
});

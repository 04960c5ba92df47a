import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { scenarioSchema, type Scenario } from '../../../src/engine/schema';
import { useAppStore } from '../../../src/store';
import { EDIT_GROUP_MS } from '../../../src/store/undo';
import { resetStore } from './shellHarness';

// The results need the Monte Carlo worker; these tests are about the edits and their undo.
vi.mock('../../../src/panels/shell/ResultsColumn', () => ({ ResultsColumn: () => <p>results</p> }));

const stored = (): Scenario => useAppStore.getState().entries[0]!.scenario;
const audiences = () => within(screen.getByRole('region', { name: 'Audiences' }));

describe('budget and audience edits in the app', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('go through the store, each leaves a valid scenario, and each is undone in turn', async () => {
    render(<App />);
    const itemLabel = stored().lineItems[0]!.label;
    const states: Scenario[] = [stored()];
    const step = async (edit: () => void) => {
      // Edits of one scenario closer together than EDIT_GROUP_MS form one undo step (a slider
      // drag); the store reads the real clock, so the steps are that far apart.
      await act(() => new Promise((r) => setTimeout(r, EDIT_GROUP_MS + 50)));
      edit();
      expect(scenarioSchema.safeParse(stored()).error?.issues ?? []).toEqual([]);
      states.push(stored());
    };

    await step(() => fireEvent.change(screen.getByRole('textbox', { name: 'Budget' }), { target: { value: '20000' } }));
    expect(stored().budget).toBe(20_000);
    await step(() => fireEvent.click(audiences().getByRole('button', { name: 'Add audience' })));
    await step(() => fireEvent.change(within(screen.getByRole('region', { name: itemLabel })).getByRole('combobox', { name: 'Audience' }), { target: { value: 'audience-1' } }));
    expect(stored().lineItems[0]!.audience).toBe('audience-1');
    await step(() => fireEvent.click(within(audiences().getByRole('group', { name: 'Audience 1' })).getByRole('button', { name: 'Remove' })));
    expect(stored().audiences).toBeUndefined();
    expect(stored().lineItems[0]!.audience).toBeUndefined();

    // Undo walks back through every state, the removal (audience and its assignment together) first.
    const undo = screen.getByRole('button', { name: 'Undo' });
    for (let i = states.length - 2; i >= 0; i--) {
      fireEvent.click(undo);
      expect([i, stored()]).toEqual([i, states[i]]);
    }
    expect(screen.getByRole('textbox', { name: 'Budget' })).toHaveValue('');
  });
});

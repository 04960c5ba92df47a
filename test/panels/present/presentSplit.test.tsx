import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { allocate } from '../../../src/engine/allocation/task';
import { runMonteCarlo } from '../../../src/engine/monteCarlo';
import type { Scenario } from '../../../src/engine/schema';
import { useCompareSelection } from '../../../src/panels/compare/selection';
import { PresentReport } from '../../../src/panels/present/PresentReport';
import { useAppStore } from '../../../src/store';
import { allocationScenario } from '../../engine/allocation/fixtures';

function plan(name: string): Scenario {
  const s = allocationScenario(
    [
      { id: 'micro', followers: 40000, fee: 170, max: 6, creators: 2 },
      { id: 'macro', followers: 250000, fee: 1150, max: 4, creators: 1 },
    ],
    { budget: 9000, trials: 300 },
  );
  return { ...s, name, lineItems: s.lineItems.map((li) => ({ ...li, label: li.id === 'micro' ? 'Micro group' : 'Macro group' })) };
}

/** Two plans; the allocator's split of the first is in the store, as the Allocate view leaves it. */
function loadWorkspace() {
  const [first, second] = useAppStore.getState().importScenarios([plan('Launch'), plan('Other')], { replace: true, baselineIndex: 0 }) as [string, string];
  useCompareSelection.setState({ keys: null });
  const of = useAppStore.getState().entries[0]!.scenario;
  const out = allocate(of);
  if (!out.ok) throw new Error('no budget');
  useAppStore.setState({ allocations: { [first]: { of, result: out.result, before: runMonteCarlo(of), applied: null } } });
  return { first, second, result: out.result };
}

beforeEach(() => {
  useAppStore.setState({ allocations: {} });
});

describe('the report’s recommended split', () => {
  it('shows the split of a plan that has one for its current inputs, creators now → recommended', () => {
    const { result } = loadWorkspace();
    render(<PresentReport />);
    const section = screen.getByRole('region', { name: 'Recommended split' });
    expect(section).toHaveTextContent('How the budget allocator would split the budget of Launch (€9,000, aiming at expected profit).');
    expect(section).toHaveTextContent(/Expected profit: €[\d,]+ now → €[\d,]+ with this split\./);
    const table = within(section).getByRole('table', { name: 'Recommended creators for Launch' });
    const cells = within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('cell').textContent);
    expect(cells).toEqual(result.allocation.map((a) => `${a.was} → ${a.creators}`));
    expect(within(section).queryByRole('table', { name: 'Recommended creators for Other' })).toBeNull();
  });

  it('leaves out a split that is of earlier inputs, and shows none when there is none', () => {
    const { first } = loadWorkspace();
    const s = useAppStore.getState().entries[0]!.scenario;
    act(() => useAppStore.getState().updateScenario(first, { ...s, budget: 10_000 }));
    render(<PresentReport />);
    expect(screen.queryByRole('region', { name: 'Recommended split' })).toBeNull();
  });

  it('says a plan holds the split once it was applied to it', () => {
    const { first, result } = loadWorkspace();
    const record = useAppStore.getState().allocations[first]!;
    act(() => {
      useAppStore.getState().updateScenario(first, result.scenario);
      useAppStore.getState().setAllocation(first, { ...record, applied: { scenario: result.scenario, as: 'here' } });
    });
    render(<PresentReport />);
    expect(screen.getByRole('region', { name: 'Recommended split' })).toHaveTextContent('Launch holds the allocator’s recommended split (€9,000, aiming at expected profit).');
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Task from '../../../src/engine/allocation/task';
import { AllocatePanel } from '../../../src/panels/allocate/AllocatePanel';
import { useAppStore } from '../../../src/store';
import { allocationScenario } from '../../engine/allocation/fixtures';
import { ShellProviders } from '../shell/shellHarness';

/** An allocation that never ends on its own: 4 ms a step, progress creeping towards 1. */
const slow = vi.hoisted(() => ({ steps: 0 }));
vi.mock('../../../src/engine/allocation/task', async (importOriginal) => {
  const { neverEndingTask } = await import('../../fixtures/neverEndingTask');
  return { ...(await importOriginal<typeof Task>()), startAllocation: () => neverEndingTask(slow) };
});

beforeEach(() => {
  slow.steps = 0;
  const scenario = allocationScenario([{ id: 'micro', followers: 40000, fee: 170, max: 6 }], { budget: 5000, trials: 200 });
  useAppStore.setState({ entries: [{ key: 'only', scenario }], baselineKey: 'only', selectedKey: 'only', lang: 'en', allocations: {} });
});

describe('AllocatePanel while the allocation takes long', () => {
  it('says it is working, with progress, once it takes a moment; Cancel stops the work and Allocate again is offered', async () => {
    render(
      <ShellProviders>
        <AllocatePanel />
      </ShellProviders>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Allocate budget' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel allocation' }, { timeout: 5000 });
    const status = within(screen.getByRole('region', { name: 'Allocate the budget' })).getAllByRole('status')[0]!;
    expect(status).toHaveTextContent(/^Working out the best split… \d+%$/);
    expect(screen.getByRole('progressbar', { name: 'Allocation progress' })).toBeInTheDocument();
    await userEvent.click(cancel);
    expect(status).toHaveTextContent('Allocation cancelled.');
    // A slice already queued on the page thread may still finish after the click; after that,
    // no step runs again (under load that slice can land a few milliseconds late).
    await new Promise((r) => setTimeout(r, 60));
    const steps = slow.steps;
    await new Promise((r) => setTimeout(r, 120));
    expect(slow.steps).toBe(steps);
    expect(screen.getByRole('button', { name: 'Allocate again' })).toBeInTheDocument();
    expect(useAppStore.getState().allocations).toEqual({});
  });
});

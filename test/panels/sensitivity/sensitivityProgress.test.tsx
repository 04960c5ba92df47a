import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Sensitivity from '../../../src/engine/sensitivity';
import { SensitivityPanel } from '../../../src/panels/sensitivity/SensitivityPanel';
import { handScenario } from '../../engine/fixtures';
import { resetStore, showView } from '../shell/shellHarness';

/** A tornado that never ends on its own: 4 ms a step, progress creeping towards 1. */
const slow = vi.hoisted(() => ({ steps: 0 }));
vi.mock('../../../src/engine/sensitivity', async (importOriginal) => {
  const { neverEndingTask } = await import('../../fixtures/neverEndingTask');
  return { ...(await importOriginal<typeof Sensitivity>()), startTornado: () => neverEndingTask(slow) };
});

const panelStatus = () => within(screen.getByRole('region', { name: 'Sensitivity' })).getByRole('status');

beforeEach(() => {
  resetStore();
  slow.steps = 0;
});

describe('SensitivityPanel while the tornado takes long', () => {
  it('says it is working, with progress, once it takes a moment, and Cancel stops the work', async () => {
    showView(<SensitivityPanel />, handScenario({ conversionRate: { low: 0.01, high: 0.09 } }));
    // The break-even sentences need no task: they are there at once.
    expect(screen.getByRole('region', { name: 'What must be true' })).toBeInTheDocument();
    expect(screen.getByText('Working out what moves profit most…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel sensitivity' })).toBeNull();

    const cancel = await screen.findByRole('button', { name: 'Cancel sensitivity' }, { timeout: 5000 });
    expect(panelStatus()).toHaveTextContent(/^Working out what moves profit most… \d+%$/);
    expect(screen.getByRole('progressbar', { name: 'Sensitivity progress' })).toBeInTheDocument();
    await userEvent.click(cancel);
    expect(panelStatus()).toHaveTextContent('Sensitivity cancelled.');
    const steps = slow.steps;
    await new Promise((r) => setTimeout(r, 60));
    expect(slow.steps).toBe(steps);
    expect(screen.getByRole('button', { name: 'Work out the sensitivity' })).toBeInTheDocument();
  });
});

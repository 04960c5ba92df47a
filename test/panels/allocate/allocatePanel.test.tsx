import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { allocate } from '../../../src/engine/allocation/task';
import { projectPoint } from '../../../src/engine/point';
import type { Scenario } from '../../../src/engine/schema';
import { AllocatePanel } from '../../../src/panels/allocate/AllocatePanel';
import { useAppStore } from '../../../src/store';
import { allocationScenario } from '../../engine/allocation/fixtures';
import { names, resetStore, ShellProviders } from '../shell/shellHarness';

/** Two groups of hybrid creators, both profitable; the micro one capped at 6, a budget of €9,000 and few trials, so it allocates quickly. */
function plan(budget: number | null = 9000): Scenario {
  const s = allocationScenario(
    [
      { id: 'micro', followers: 40000, fee: 170, max: 6, creators: 2 },
      { id: 'macro', followers: 250000, fee: 1150, max: 4, creators: 1 },
    ],
    { trials: 400, ...(budget === null ? {} : { budget }) },
  );
  return { ...s, name: 'Launch', lineItems: s.lineItems.map((li) => ({ ...li, label: li.id === 'micro' ? 'Micro group' : 'Macro group' })) };
}

/**
 * The scenario in the store's one entry, put there outside the undo history, so that the test's
 * first edit starts an undo step of its own (edits within 400 ms of each other form one step).
 */
function showView(scenario: Scenario, lang: 'en' | 'nl' = 'en') {
  const { temporal } = useAppStore;
  temporal.getState().pause();
  useAppStore.setState({ entries: [{ key: 'only', scenario }], baselineKey: 'only', selectedKey: 'only', lang, allocations: {} });
  temporal.getState().resume();
  temporal.getState().clear();
  return render(
    <ShellProviders>
      <AllocatePanel />
    </ShellProviders>,
  );
}

const current = () => useAppStore.getState().entries.find((e) => e.key === useAppStore.getState().selectedKey)!.scenario;
const undo = () => useAppStore.temporal.getState().undo();
const panel = () => screen.getByRole('region', { name: 'Allocate the budget' });

const splitTable = (result: HTMLElement) => within(result).getByRole('table', { name: /^The recommended creators per line item/ });

/** Presses "Allocate budget" and waits for the answer (the allocator runs on this thread in jsdom). */
async function allocateNow() {
  await userEvent.click(screen.getByRole('button', { name: 'Allocate budget' }));
  return screen.findByRole('region', { name: 'The recommended split' }, { timeout: 20_000 });
}

beforeEach(resetStore);

describe('AllocatePanel without a budget', () => {
  it('says so, offers the plan’s cost as the budget, and that step is undoable', async () => {
    const s = plan(null);
    showView(s);
    expect(within(panel()).getByRole('heading', { name: 'This scenario has no budget yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Allocate budget' })).toBeDisabled();
    const cost = Math.round(projectPoint(s).totals.cost);
    const use = screen.getByRole('button', { name: /^Use the plan’s cost as budget/ });
    expect(use).toHaveTextContent(`(€${cost.toLocaleString('en-GB')})`);
    await userEvent.click(use);
    expect(current().budget).toBe(cost);
    expect(screen.getByRole('button', { name: 'Allocate budget' })).toBeEnabled();
    expect(screen.queryByRole('heading', { name: 'This scenario has no budget yet' })).toBeNull();
    undo();
    expect(current().budget).toBeUndefined();
  });
});

describe('AllocatePanel settings', () => {
  it('keeps the objective, the budget rule and the limits in the scenario’s allocation settings, undoably', async () => {
    showView(plan());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Make the most of' }), 'Profit in a bad case (P5)');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'The budget must cover' }), 'the cost in 95% of outcomes (P95)');
    const loss = screen.getByRole('textbox', { name: 'Highest chance of loss' });
    fireEvent.change(loss, { target: { value: '10' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Highest CPA' }), { target: { value: '25' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Lowest reach' }), { target: { value: '50000' } });
    // Typed in percent, stored as a share.
    expect(current().allocation).toEqual({ objective: 'profitP5', budgetRule: 'p95', maxLossProbability: 0.1, maxCpa: 25, minReach: 50000 });
    fireEvent.change(loss, { target: { value: '' } });
    expect(current().allocation).not.toHaveProperty('maxLossProbability');
    // Edits within 400 ms of each other form one undo step, so how many steps these are depends on
    // the machine's speed; undoing every one of them brings the scenario back as it was.
    const steps = useAppStore.temporal.getState().pastStates.length;
    expect(steps).toBeGreaterThan(0);
    useAppStore.temporal.getState().undo(steps);
    expect(current().allocation).toBeUndefined();
  });

  it('refuses text that is no valid limit with the editor’s words, and leaves the setting as it was', () => {
    showView(plan());
    const loss = screen.getByRole('textbox', { name: 'Highest chance of loss' });
    fireEvent.change(loss, { target: { value: '150' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Must be between 0% and 100%.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Highest CPA' }), { target: { value: '0' } });
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('Must be more than €0.00 and at most €1,000,000,000,000.');
    expect(current().allocation).toBeUndefined();
    expect(loss).toHaveValue('150');
  });

  it('edits each line item’s minimum and maximum creators in one table, each within the other', () => {
    showView(plan());
    const table = screen.getByRole('table', { name: 'Minimum and maximum creators of each line item' });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Micro group', 'Macro group']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Maximum creators of Macro group' }), { target: { value: '30' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Minimum creators of Micro group' }), { target: { value: '3' } });
    expect(current().lineItems.map((li) => [li.minCreators, li.maxCreators])).toEqual([[3, 6], [0, 30]]);
    // The micro group's maximum is 6: a minimum of 7 would make the file invalid.
    fireEvent.change(screen.getByRole('textbox', { name: 'Minimum creators of Micro group' }), { target: { value: '7' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Must be between 0 and 6.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Maximum creators of Micro group' }), { target: { value: '2.5' } });
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('Enter a whole number.');
    expect(current().lineItems[0]!.minCreators).toBe(3);
  });
});

describe('AllocatePanel allocating', () => {
  it('shows the allocator’s answer: status, what binds, the split with marginal values, and the frontier', async () => {
    const s = plan();
    showView(s);
    const result = await allocateNow();
    const expected = allocate(s);
    if (!expected.ok) throw new Error('no budget');
    const r = expected.result;
    // The same answer as the engine's, at the scenario's own trials and seed.
    const rows = within(splitTable(result)).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Micro group', 'Macro group']);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(r.allocation.map((a) => `${a.was} → ${a.creators}`));
    expect(within(result).getByText(r.status === 'optimal' ? /^The best split there is/ : /^The best split the search found/)).toBeInTheDocument();
    expect(within(result).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(result).getByRole('img', { name: /What each budget buys/ })).toBeInTheDocument();
    expect(within(result).getByRole('button', { name: 'Apply as new scenario' })).toBeInTheDocument();
    // It is remembered for the report, and not in the scenario.
    expect(useAppStore.getState().allocations[useAppStore.getState().selectedKey]?.result.allocation).toEqual(r.allocation);
    expect(current()).toBe(s);
  });

  it('keeps a frontier on screen from the first point found until the answer replaces it', async () => {
    // Enough trials that the allocator runs for several slices and shows its frontier so far.
    showView({ ...plan(), simulation: { ...plan().simulation, trials: 6000 } });
    const gaps: string[] = [];
    let seen = false;
    // After every DOM change (each commit React makes): once a frontier has shown, one still does.
    const observer = new MutationObserver(() => {
      const soFar = document.querySelector('.allocate-so-far') !== null;
      const answer = document.querySelector('.allocate-result') !== null;
      if (seen && !soFar && !answer) gaps.push('neither the frontier so far nor the answer');
      seen ||= soFar || answer;
    });
    observer.observe(document.body, { subtree: true, childList: true });
    await allocateNow();
    observer.disconnect();
    expect(seen).toBe(true);
    expect(gaps).toEqual([]);
  });

  it('Apply as new scenario adds the allocated scenario after this one and selects it; undo takes it away', async () => {
    showView(plan());
    const result = await allocateNow();
    const counts = within(splitTable(result)).getAllByRole('row').slice(1).map((row) => Number(within(row).getAllByRole('cell')[0]!.textContent!.split('→')[1]));
    await userEvent.click(within(result).getByRole('button', { name: 'Apply as new scenario' }));
    expect(names()).toEqual(['Launch', 'Launch (allocated)']);
    expect(current().lineItems.map((li) => li.creators)).toEqual(counts);
    // The button that had focus is gone; the line saying what happened has it now.
    expect(screen.getByText('This scenario was made from the recommended split.')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Apply as new scenario' })).toBeNull();
    undo();
    expect(names()).toEqual(['Launch']);
  });

  it('Apply to this scenario puts the split in; undo brings the old creators back and the split can be applied again', async () => {
    const s = plan();
    showView(s);
    const result = await allocateNow();
    await userEvent.click(within(result).getByRole('button', { name: 'Apply to this scenario' }));
    const allocated = useAppStore.getState().allocations[useAppStore.getState().selectedKey]!.result.scenario;
    expect(current()).toBe(allocated);
    expect(screen.getByText('This scenario now has the recommended creators.')).toBeInTheDocument();
    undo();
    expect(current().lineItems.map((li) => li.creators)).toEqual([2, 1]);
    expect(await screen.findByRole('button', { name: 'Apply to this scenario' })).toBeInTheDocument();
  });

  it('says in words when the scenario changed since the split was worked out, and offers no apply then', async () => {
    showView(plan());
    await allocateNow();
    fireEvent.change(screen.getByRole('textbox', { name: 'Budget' }), { target: { value: '12000' } });
    expect(screen.getByText(/^The scenario has changed since this split was worked out/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply to this scenario' })).toBeNull();
    // Allocating again answers for the scenario as it is now.
    await allocateNow();
    expect(await screen.findByRole('button', { name: 'Apply to this scenario' }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByText(/^The scenario has changed since/)).toBeNull();
    expect(useAppStore.getState().allocations.only?.result.settings.budget).toBe(12000);
  });

  it('speaks Dutch', async () => {
    showView(plan(), 'nl');
    await userEvent.click(screen.getByRole('button', { name: 'Budget verdelen' }));
    const result = await screen.findByRole('region', { name: 'De aanbevolen verdeling' }, { timeout: 20_000 });
    expect(within(result).getByRole('button', { name: 'Toepassen als nieuw scenario' })).toBeInTheDocument();
    expect(within(result).getByRole('img', { name: /Wat elk budget oplevert/ })).toBeInTheDocument();
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { shareLinkHash } from '../../../src/io';
import { useAppStore } from '../../../src/store';
import { names, resetStore } from './shellHarness';

// The results need the Monte Carlo worker; these tests are about the shell around them.
vi.mock('../../../src/panels/shell/ResultsColumn', () => ({ ResultsColumn: () => <p>results</p> }));

const scenarioJson = (name: string) => JSON.stringify({ ...structuredClone(useAppStore.getState().entries[0]?.scenario), format: 'campaign-roi-scenario', version: 1, name });
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const BROKEN = JSON.stringify({ format: 'campaign-roi-scenario', version: 1, name: 7, currency: 'EUR', economics: { grossMargin: 3 }, lineItems: [], colour: 'red' });

async function chooseFile(file: File) {
  const input = screen.getByLabelText('Scenario or workspace file');
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('opening files in the app', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('shows every error of an invalid file and leaves the current work untouched', async () => {
    render(<App />);
    const before = useAppStore.getState().entries;
    await chooseFile(jsonFile('broken.json', BROKEN));

    const dialog = await screen.findByRole('dialog', { name: 'broken.json could not be opened' });
    const lines = within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toContain('name: must be a text (got 7)');
    expect(lines).toContain('economics.grossMargin: must be between 0 and 1 (got 3)');
    expect(lines).toContain('colour: is not a known field');
    expect(lines.some((l) => l?.startsWith('economics.averageOrderValue'))).toBe(true);
    expect(useAppStore.getState().entries).toBe(before);
    expect(useAppStore.temporal.getState().pastStates).toHaveLength(0);

    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds a valid scenario file and reports a dropped invalid one', async () => {
    render(<App />);
    await chooseFile(jsonFile('summer.json', scenarioJson('Summer sale')));
    expect(names()).toHaveLength(2);
    expect(names()[1]).toBe('Summer sale');
    expect(within(screen.getByRole('tablist', { name: 'Scenarios' })).getByRole('tab', { selected: true })).toHaveTextContent('Summer sale');
    expect(screen.getByRole('status')).toHaveTextContent('Added “Summer sale” from summer.json');

    await act(async () => {
      fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [jsonFile('dropped.json', '{ not json')] } });
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(await screen.findByRole('dialog', { name: 'dropped.json could not be opened' })).toHaveTextContent('is not valid JSON');
    expect(names()).toHaveLength(2);
  });

  it('replaces the workspace with a workspace file, and Undo in the notice brings the old one back', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = names();
    const workspace = `{"format":"campaign-roi-workspace","version":1,"baselineIndex":1,"scenarios":[${scenarioJson('A')},${scenarioJson('B')}]}`;
    await chooseFile(jsonFile('q3.workspace.json', workspace));
    expect(names()).toEqual(['A', 'B']);
    expect(within(screen.getByRole('tab', { name: /B/ })).getByText('Baseline')).toBeInTheDocument();

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(before);
  });

  it('opens an example from the Examples menu', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /Examples/ }));
    const item = await screen.findByRole('menuitem', { name: /Coffee subscription: nano gifting seeding/ });
    expect(screen.getAllByRole('menuitem').length).toBeGreaterThanOrEqual(8);
    await user.click(item);
    await screen.findByRole('tab', { name: /Coffee subscription/, selected: true });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('adds the scenario of a share link the page was opened with', async () => {
    const shared = JSON.parse(scenarioJson('Shared plan')) as Parameters<typeof shareLinkHash>[0];
    window.history.replaceState(null, '', `/${await shareLinkHash(shared)}`);
    render(<App />);
    expect(await screen.findByRole('tab', { name: /Shared plan/, selected: true })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added “Shared plan” from a share link');
    expect(window.location.hash).toBe('');
  });

  it('copies a share link with a visible confirmation', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    await user.click(screen.getByRole('menuitem', { name: /This scenario/ }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('#s=');
    expect(screen.getByRole('status')).toHaveTextContent(/Share link for “.*” copied to the clipboard/);
  });

  it('copies a link to the whole workspace, which opens it with its baseline in a fresh page', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    const { entries, baselineKey } = useAppStore.getState();
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    await user.click(screen.getByRole('menuitem', { name: /The whole workspace/ }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/#w=[A-Za-z0-9+\-$]+&compare=[\d.]*&selected=\d+$/);
    expect(screen.getByRole('status')).toHaveTextContent(`Link to the whole workspace (${entries.length} scenarios) copied to the clipboard.`);
    unmount();
    resetStore();
    useAppStore.getState().importScenarios([entries[0]!.scenario], { replace: true });
    window.history.replaceState(null, '', `/${copied.slice(copied.indexOf('#'))}`);
    render(<App />);
    const names = (await screen.findAllByRole('tab')).map((tab) => tab.textContent);
    for (const entry of entries) expect(names.some((n) => n?.includes(entry.scenario.name))).toBe(true);
    const state = useAppStore.getState();
    expect(state.entries.map((e) => e.scenario)).toEqual(entries.map((e) => e.scenario));
    expect(state.entries.find((e) => e.key === state.baselineKey)?.scenario).toEqual(entries.find((e) => e.key === baselineKey)?.scenario);
    expect(screen.getByRole('status')).toHaveTextContent(/Opened the shared workspace/);
  });
});

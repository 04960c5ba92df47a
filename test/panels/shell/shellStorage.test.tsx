import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import type { Scenario } from '../../../src/engine/schema';
import { STORAGE_NAME, STORAGE_VERSION, useAppStore } from '../../../src/store';
import { defaultScenario } from '../../../src/store/defaultWorkspace';
import LZString from 'lz-string';
import { encodeEnvelope } from '../../../src/store/storageCodec';
import { savedEnvelope } from '../../store/savedState';
import { names, resetStore } from './shellHarness';

vi.mock('../../../src/panels/shell/ResultsColumn', () => ({ ResultsColumn: () => <p>results</p> }));
const saved = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/io/export/saveFile', () => ({ saveFile: (_content: unknown, fileName: string) => void saved.push(fileName) }));

const NOT_SAVING = 'Your work is not being saved in this browser: save a workspace file.';
const edit = (name: string) => act(() => useAppStore.getState().renameScenario(useAppStore.getState().selectedKey, name));
const storageFull = () => vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
});

function deepMetaScenario(): Scenario {
  let meta: Record<string, unknown> = {};
  for (let depth = 0; depth < 5000; depth++) meta = { inner: meta };
  return { ...defaultScenario('Deep'), meta };
}

/** What another tab's autosave puts in the shared storage, and the event this tab then gets. */
function otherTabSaves(scenarioName: string) {
  const state = { entries: [{ key: 'theirs', scenario: defaultScenario(scenarioName) }], baselineKey: 'theirs', selectedKey: 'theirs', lang: 'en' };
  const text = encodeEnvelope({ state, version: STORAGE_VERSION, rev: 50, tab: 'other-tab', savedAt: Date.UTC(2025, 0, 2, 14, 5) }, LZString);
  localStorage.setItem(STORAGE_NAME, text);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_NAME, newValue: text, storageArea: localStorage })));
}

beforeEach(() => {
  resetStore();
  useAppStore.sync.status.setState({ problem: null, conflict: null, restoredStale: null });
  saved.length = 0;
});
afterEach(() => vi.restoreAllMocks());

describe('a failing autosave', () => {
  it('warns at once, offers Save workspace, and goes away once saving works again', async () => {
    const user = userEvent.setup();
    render(<App />);
    storageFull();
    edit('Unsaved edit');
    // An edit in a burst is written (and fails) within the autosave delay of half a second.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(NOT_SAVING);
    expect(alert).toHaveTextContent('The browser’s storage for this site is full.');
    expect(names()).toEqual(['Unsaved edit']);

    await user.click(within(alert).getByRole('button', { name: 'Save workspace' }));
    expect(saved).toEqual(['unsaved-edit.workspace.json']);

    vi.restoreAllMocks();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByText(NOT_SAVING)).toBeNull();
    expect(savedEnvelope<{ entries: { scenario: { name: string } }[] }>(localStorage).state?.entries[0]?.scenario.name).toBe('Unsaved edit');
  });

  it('says it in Dutch too', () => {
    render(<App />);
    act(() => useAppStore.getState().setLang('nl'));
    storageFull();
    edit('Niet opgeslagen');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Je werk wordt niet opgeslagen in deze browser: sla een werkruimtebestand op.');
    expect(within(alert).getByRole('button', { name: 'Werkruimte opslaan' })).toBeInTheDocument();
  });
});

describe('a scenario whose meta nests 5,000 levels', () => {
  it('cannot be saved, and every save says so while the work stays', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<App />);
    act(() => void useAppStore.getState().importScenarios([deepMetaScenario()]));
    expect(names()).toEqual([defaultScenario().name, 'Deep']);
    expect(screen.getByRole('alert')).toHaveTextContent(NOT_SAVING);
    expect(screen.getByRole('alert')).toHaveTextContent('A scenario is nested too deeply to be written');

    const toolbar = () => within(screen.getByRole('toolbar', { name: 'Workspace actions' }));
    const failed = (what: string) => `${what} failed: the scenario’s data is nested too deeply to be written. Your work is unchanged.`;
    for (const button of ['Save scenario', 'Save workspace']) {
      await user.click(toolbar().getByRole('button', { name: button }));
      expect(await screen.findByText(failed(button))).toBeInTheDocument();
    }
    // The share button opens a menu: a link to this scenario, or to the whole workspace; neither can be written.
    for (const item of [/This scenario/, /The whole workspace/]) {
      await user.click(toolbar().getByRole('button', { name: 'Copy share link' }));
      await user.click(screen.getByRole('menuitem', { name: item }));
      expect(await screen.findByText(failed('Copy share link'))).toBeInTheDocument();
    }
    expect(saved).toEqual([]);
    expect(names()).toEqual([defaultScenario().name, 'Deep']);
  });
});

describe('another tab saving the same workspace', () => {
  it('asks, and “Load theirs” shows the other tab’s work', async () => {
    const user = userEvent.setup();
    render(<App />);
    edit('Mine');
    otherTabSaves('Theirs');
    const dialog = screen.getByRole('alertdialog', { name: 'Another tab changed this workspace' });
    expect(dialog).toHaveTextContent('This tab saves nothing until you choose.');
    edit('Mine, edited while asked');
    expect(savedEnvelope(localStorage).tab).toBe('other-tab');

    await user.click(within(dialog).getByRole('button', { name: 'Load theirs' }));
    expect(names()).toEqual(['Theirs']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(savedEnvelope(localStorage).tab).toBe('other-tab');
  });

  it('“Keep mine and save it” writes this tab’s work over theirs with a newer revision', async () => {
    const user = userEvent.setup();
    render(<App />);
    edit('Mine');
    otherTabSaves('Theirs');
    await user.click(screen.getByRole('button', { name: 'Keep mine and save it' }));
    expect(names()).toEqual(['Mine']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const envelope = savedEnvelope<{ entries: { scenario: { name: string } }[] }>(localStorage);
    expect(envelope.tab).toBe(useAppStore.sync.tabId);
    // Newer than the other tab's revision 50, whatever this tab wrote before.
    expect(envelope.rev).toBeGreaterThan(50);
    expect(envelope.state?.entries.map((e) => e.scenario.name)).toEqual(['Mine']);
  });
});

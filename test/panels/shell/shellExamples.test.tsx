import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScenarioText } from '../../../src/engine/parse';
import { listExamples, type ExampleFile } from '../../../src/io';
import { ExamplesMenu } from '../../../src/panels/shell/ExamplesMenu';
import { useAppStore } from '../../../src/store';
import { names, resetStore, ShellProviders } from './shellHarness';

const scenarioText = (name: string) => JSON.stringify({ ...structuredClone(useAppStore.getState().entries[0]?.scenario), format: 'campaign-roi-scenario', version: 1, name });

const good = (name: string): ExampleFile => ({ id: name, fileName: `${name}.json`, load: async () => parseScenarioText(scenarioText(name)) });
/** a chunk that never arrives, as when the network drops while the menu opens */
const lost = (name: string): ExampleFile => ({ id: name, fileName: `${name}.json`, load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) });

function renderMenu(examples: readonly ExampleFile[]) {
  return render(
    <ShellProviders>
      <ExamplesMenu examples={examples} onRefuse={vi.fn()} onOpenCsv={vi.fn()} />
    </ShellProviders>,
  );
}

describe('the Examples menu when example files fail to load', () => {
  beforeEach(resetStore);

  it('keeps the examples that loaded, says some are missing, and still opens one', async () => {
    const user = userEvent.setup();
    renderMenu([good('Alpha'), lost('Broken'), good('Gamma')]);
    await user.click(screen.getByRole('button', { name: 'Examples' }));
    expect(await screen.findByRole('menuitem', { name: /Alpha/ })).toBeInTheDocument();
    // Alpha and Gamma; the CSV examples and templates follow them.
    expect(screen.getAllByRole('menuitem').filter((item) => /Alpha|Broken|Gamma/.test(item.textContent ?? ''))).toHaveLength(2);
    expect(screen.getByRole('menu')).toHaveAccessibleDescription(/Some examples could not be loaded/);
    expect(screen.queryByText(/Loading examples/)).toBeNull();

    await user.click(screen.getByRole('menuitem', { name: /Gamma/ }));
    await vi.waitFor(() => expect(names()).toContain('Gamma'));
  });

  it('says so when none load, in Dutch too, and tries again when reopened', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ lang: 'nl' });
    let attempts = 0;
    const flaky: ExampleFile = {
      id: 'flaky',
      fileName: 'flaky.json',
      load: () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(parseScenarioText(scenarioText('Flaky')))),
    };
    renderMenu([flaky]);
    const button = screen.getByRole('button', { name: 'Voorbeelden' });
    await user.click(button);
    expect(await screen.findByText(/De voorbeelden konden niet worden geladen/)).toBeInTheDocument();
    expect(screen.queryByText(/Voorbeelden laden/)).toBeNull();

    await user.click(button);
    await user.click(button);
    expect(await screen.findByRole('menuitem', { name: /Flaky/ })).toBeInTheDocument();
  });
});

describe('the Examples menu in Dutch', () => {
  beforeEach(resetStore);

  it('shows the shipped examples by their Dutch names and opens them in Dutch', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ lang: 'nl' });
    renderMenu(listExamples());
    await user.click(screen.getByRole('button', { name: 'Voorbeelden' }));
    const coffee = await screen.findByRole('menuitem', { name: /Koffieabonnement: nano-gifting/ });
    expect(coffee).toHaveTextContent(/specialty-koffiebranderij uit Utrecht/);
    expect(screen.getByRole('menuitem', { name: /Zelfde budget: vaste vergoedingen · Zelfde budget: alleen commissie/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /Coffee subscription/ })).toBeNull();
    await user.click(coffee);
    await vi.waitFor(() => expect(names()).toContain('Koffieabonnement: nano-gifting'));
  });
});

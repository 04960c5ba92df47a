import { render, screen, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { Scenario } from '../../../src/engine/schema';
import type { CsvKind } from '../../../src/io/csv/columns';
import { CsvImportDialog } from '../../../src/panels/import/CsvImportDialog';
import { useAppStore } from '../../../src/store';
import { buildScenario, lineItemInput } from '../../fixtures/scenario';
import { resetStore, ShellProviders } from '../shell/shellHarness';

/**
 * The scenario the import tests work on: one group of ten micro creators on Instagram with ranges
 * for reach, clicks and conversions, so that a calibration has something to move.
 */
export function plan(): Scenario {
  return buildScenario({
    name: 'Spring plan',
    lineItems: [
      lineItemInput({
        id: 'micro-ig',
        label: 'Micro on Instagram',
        creators: 10,
        followers: 50_000,
        posts: 2,
        reachRate: { low: 0.08, high: 0.32 },
        clickRate: { low: 0.005, high: 0.02 },
        conversionRate: { low: 0.01, high: 0.04 },
      }),
    ],
  });
}

/** A one-scenario workspace holding `scenario`, in `lang`, with no undo history. */
export function startWith(scenario: Scenario, lang: 'en' | 'nl' = 'en'): void {
  resetStore();
  const key = useAppStore.getState().entries[0]!.key;
  useAppStore.getState().updateScenario(key, scenario);
  useAppStore.getState().setLang(lang);
  useAppStore.temporal.getState().clear();
}

/** Opens the preview of a CSV text, as the toolbar or a drop does, and waits until it has read it. */
export async function openPreview(text: string, kind: CsvKind | null, fileName = 'shortlist.csv') {
  const onClose = vi.fn();
  const view = render(
    <ShellProviders>
      <CsvImportDialog job={{ id: 1, fileName, source: text, kind }} onClose={onClose} />
    </ShellProviders>,
  );
  const dialog = await screen.findByRole('dialog');
  // The first read loads the reader and papaparse on demand, which a busy machine takes a while to do.
  await waitFor(() => expect(dialog).toHaveAttribute('aria-busy', 'false'), { timeout: 15_000 });
  // What the rows make follows a render after the table.
  await waitFor(() => expect(dialog.querySelector('[aria-busy="true"]')).toBeNull());
  return { dialog, onClose, view };
}

export const store = () => useAppStore.getState();
export const selected = () => store().entries.find((e) => e.key === store().selectedKey)!.scenario;
export const undoSteps = () => useAppStore.temporal.getState().pastStates.length;

import type { Page } from 'playwright-core';
import { waitForSimulation } from './helpers';

export type Lang = 'en' | 'nl';
export type ViewKey = 'plan' | 'compare' | 'payments' | 'sensitivity' | 'allocate' | 'present';

/** The view tabs as they read in each language (src/i18n/messages/shell.ts). */
export const VIEW_NAMES: Record<Lang, Record<ViewKey, string>> = {
  en: { plan: 'Plan', compare: 'Compare', payments: 'Payments', sensitivity: 'Sensitivity', allocate: 'Allocate', present: 'Present' },
  nl: { plan: 'Plannen', compare: 'Vergelijken', payments: 'Betaalvormen', sensitivity: 'Gevoeligheid', allocate: 'Verdelen', present: 'Presenteren' },
};

export async function switchToDutch(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Nederlands' });
  await page.getByRole('combobox', { name: 'Taal', exact: true }).waitFor();
}

/** Waits until a view has loaded and drawn: no loading line, no run in progress, every figure has its chart. */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('.view-loading, .mc-progress[data-state="running"], [aria-busy="true"], .is-stale') === null &&
      [...document.querySelectorAll('figure')].every((f) => f.querySelector('svg[role="img"]')),
    undefined,
    { timeout: 30_000 },
  );
}

/** Opens each view from the view tabs in turn and runs `check` once it has settled. */
export async function openEveryView(page: Page, lang: Lang, check: (view: ViewKey) => Promise<void>): Promise<void> {
  const tabs = page.getByRole('tablist', { name: lang === 'en' ? 'Views' : 'Weergaven' });
  for (const view of Object.keys(VIEW_NAMES[lang]) as ViewKey[]) {
    const tab = tabs.getByRole('tab', { name: VIEW_NAMES[lang][view], exact: true });
    await tab.click();
    await tabs.getByRole('tab', { name: VIEW_NAMES[lang][view], exact: true, selected: true }).waitFor();
    if (view === 'plan') await waitForSimulation(page);
    await waitForView(page);
    await check(view);
  }
}

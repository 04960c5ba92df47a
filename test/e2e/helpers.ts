import assert from 'node:assert/strict';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { BASE_URL } from './browser';

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * What a first visit opens (scenarios/same-budget-three-ways.workspace.json): three scenarios,
 * fixed fees as the baseline, the hybrid selected.
 */
export const FIRST_VISIT = ['Same budget: fixed fees', 'Same budget: commission only (CPS)', 'Same budget: hybrid'] as const;
export const STARTER = 'Same budget: hybrid';
/** The same scenario once the untouched example has followed a switch to Dutch. */
export const STARTER_NL = 'Zelfde budget: hybride';
/** The selected scenario's first line item: ten micro creators. */
export const STARTER_ITEM = 'Micro creators on Instagram (€180 per post + 20% commission)';
/** Its second line item: 120 micro affiliates. */
export const STARTER_AFFILIATES = 'Micro affiliates on Instagram (20% commission)';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught exceptions seen so far; tests end by asserting it is empty */
  errors: string[];
}

/**
 * A page in its own context, so each test starts with empty localStorage: like a first visit.
 * Console errors and uncaught exceptions are collected for `assertNoErrors`.
 */
export async function newSession(browser: Browser, options: BrowserContextOptions & { path?: string } = {}): Promise<Session> {
  const { path = '', ...contextOptions } = options;
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(BASE_URL + path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, errors };
}

/** Records console errors and page errors of one page (and of pages opened later via `watchErrors`). */
export function watchErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export function assertNoErrors(errors: readonly string[]): void {
  assert.deepEqual(errors, [], 'console errors or uncaught exceptions on the page');
}

/** The results column (the region the shell names "Results", or "Resultaten" in Dutch). */
export function results(page: Page, name: string | RegExp = /^(Results|Resultaten)$/): Locator {
  return page.getByRole('region', { name }).first();
}

/**
 * The value of the KPI card whose visible label is `label` ("Profit", "Conversions", …). Cards
 * are not controls, so a person finds them by the label printed above the figure.
 */
export function kpiValue(page: Page, label: string): Locator {
  return page
    .locator('.kpi')
    .filter({ has: page.locator('.kpi-label').getByText(label, { exact: true }) })
    .locator('.kpi-value');
}

/** Reads a figure as shown ("-€13,886", "52.58", "1.234,5 %"): enough to compare sizes. */
export function parseFigure(text: string, lang: 'en' | 'nl' = 'en'): number {
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const plain = text.replace(/\u2212/g, '-').split(group).join('').replace(decimal, '.').replace(/[^\d.-]/g, '');
  const value = Number(plain);
  assert.ok(plain !== '' && Number.isFinite(value), `not a figure: ${text}`);
  return value;
}

/** A KPI figure as a reader hears it: in full, also when the card shows it compact ("€1.5M", title "€1,502,500"). */
export async function kpiText(page: Page, label: string): Promise<string> {
  const value = kpiValue(page, label);
  return ((await value.getAttribute('title')) ?? (await value.textContent()) ?? '').trim();
}

/**
 * Waits until the Monte Carlo figures on screen belong to the current inputs: no progress line,
 * no figure waiting for its first run, nothing dimmed as out of date.
 */
export async function waitForSimulation(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-kpi="probabilityOfLoss"]') !== null &&
      document.querySelector('.mc-progress[data-state="running"], [data-kpi][aria-busy="true"], .is-stale') === null,
    undefined,
    { timeout },
  );
}

/** The text alternative of a chart: its title and the summary with the key numbers (the svg's <desc>). */
export async function chartSummary(page: Page, title: string | RegExp): Promise<string> {
  const img = page.getByRole('img', { name: title });
  await img.waitFor();
  return ((await img.locator('desc').textContent()) ?? '').trim();
}

/** The figures a planner compares across pages: point projection and Monte Carlo. */
export async function headlineFigures(page: Page): Promise<Record<string, string>> {
  const labels = ['Cost', 'Profit', 'ROI', 'Conversions', 'Chance of loss', 'Profit, P5–P95', 'ROI, P5–P95'];
  const out: Record<string, string> = {};
  for (const label of labels) out[label] = await kpiText(page, label);
  return out;
}

/** A section of the scenario editor ("Economics", "Line items", …), not the results table of the same name. */
export function editorSection(page: Page, name: string): Locator {
  return page.getByRole('region', { name: /^(Scenario inputs|Invoer van het scenario)$/ }).getByRole('region', { name, exact: true }).first();
}

/** A line item card, the region named by the item's label. */
export function lineItem(page: Page, label: string): Locator {
  return page.getByRole('region', { name: label, exact: true });
}

/** Opens an example through the toolbar's Examples menu. */
export async function openExample(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: /^(Examples|Voorbeelden)/ }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** The scenario tabs of the workspace bar (the view switch has tabs too). */
export function scenarioTabs(page: Page): Locator {
  return page.getByRole('tablist', { name: /^(Scenarios|Scenario’s)$/ }).getByRole('tab');
}

/** Waits for the selected scenario tab to carry `name`. */
export async function expectSelectedTab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tablist', { name: /^(Scenarios|Scenario’s)$/ }).getByRole('tab', { name, selected: true }).waitFor();
}

/** Opens one of the app's views (Plan, Compare, Payments, Sensitivity, Present) from the "Views" tabs. */
export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('tablist', { name: /^(Views|Weergaven)$/ }).getByRole('tab', { name, exact: true }).click();
}

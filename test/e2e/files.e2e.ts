// Files in Chromium: the workspace saves as a download and survives a reload through autosave;
// a file with mistakes lists every one of them and leaves the current work alone.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, FIRST_VISIT, scenarioTabs, headlineFigures, kpiValue, lineItem, newSession, STARTER, STARTER_AFFILIATES, STARTER_ITEM, waitForSimulation } from './helpers';

const browser = sharedBrowser();

/** Sets the creator count of the selected hybrid's first line item through its typed field and waits for the figures to follow. */
async function setCreators(page: Page, n: number): Promise<void> {
  await expectSelectedTab(page, STARTER);
  const profit = (await kpiValue(page, 'Profit').textContent()) ?? '';
  await lineItem(page, STARTER_ITEM).getByRole('spinbutton', { name: 'Creators' }).fill(String(n));
  await kpiValue(page, 'Profit').filter({ hasNotText: profit }).waitFor();
}

test('Save workspace downloads a workspace file, and a reload restores the edited work', async () => {
  const { page, errors } = await newSession(browser());
  await setCreators(page, 17);
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Autumn plan');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save workspace' }).click()]);
  assert.match(download.suggestedFilename(), /\.workspace\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    format: string; version: number; baselineIndex: number; scenarios: { name: string; budget?: number; lineItems: { label: string; creators: number }[] }[];
  };
  assert.equal(file.format, 'campaign-roi-workspace');
  // The app writes the current format version, and the first visit's budget goes with each scenario.
  assert.equal(file.version, 3);
  assert.deepEqual(file.scenarios.map((s) => s.budget), [7000, 7000, 7000]);
  assert.equal(file.baselineIndex, 0);
  // The whole workspace in tab order: the edited hybrid is the third scenario.
  assert.deepEqual(file.scenarios.map((s) => s.name), [...FIRST_VISIT.slice(0, 2), 'Autumn plan']);
  assert.deepEqual(file.scenarios[2]?.lineItems.map((li) => [li.label, li.creators]), [[STARTER_ITEM, 17], [STARTER_AFFILIATES, 120]]);

  // Autosave: the same tab, reloaded, comes back with the edits.
  await page.reload();
  await expectSelectedTab(page, /Autumn plan/);
  assert.equal(await lineItem(page, STARTER_ITEM).getByRole('spinbutton', { name: 'Creators' }).inputValue(), '17');
  assert.equal(await page.getByRole('textbox', { name: 'Scenario name' }).inputValue(), 'Autumn plan');
  assertNoErrors(errors);
});

test('an invalid file lists every error as path: rule (got value) and changes nothing', async () => {
  const { page, errors } = await newSession(browser());
  await setCreators(page, 12);
  await waitForSimulation(page);
  const figures = await headlineFigures(page);
  const tabs = await scenarioTabs(page).count();

  const bad = JSON.parse(await readFile('scenarios/hybrid-micro-tiktok.json', 'utf8')) as {
    economics: { grossMargin: number }; lineItems: { payment: { commissionRate?: number } }[];
  };
  bad.economics.grossMargin = 1.5;
  (bad.lineItems[0] as { payment: { commissionRate?: number } }).payment.commissionRate = -0.2;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open file…' }).click()]);
  await chooser.setFiles({ name: 'broken-plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });

  const dialog = page.getByRole('dialog', { name: 'broken-plan.json could not be opened' });
  await dialog.waitFor();
  assert.deepEqual(await dialog.getByRole('listitem').allTextContents(), [
    'economics.grossMargin: must be between 0 and 1 (got 1.5)',
    'lineItems[0].payment.commissionRate: must be between 0 and 1 (got -0.2)',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });

  // The work is intact: the same scenarios, the edited value, the same figures.
  assert.equal(await scenarioTabs(page).count(), tabs);
  assert.equal(await lineItem(page, STARTER_ITEM).getByRole('spinbutton', { name: 'Creators' }).inputValue(), '12');
  assert.deepEqual(await headlineFigures(page), figures);
  assertNoErrors(errors);
});

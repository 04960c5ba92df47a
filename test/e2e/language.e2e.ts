// Dutch in Chromium: the switch changes words and number formatting at once, and is remembered.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { assertNoErrors, chartSummary, editorSection, expectSelectedTab, kpiText, newSession, parseFigure, STARTER, waitForSimulation } from './helpers';

const browser = sharedBrowser();

const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Two figures of the first-visit hybrid as shown in English: one with thousands, one with decimals. */
type English = { reach: string; roas: string };

async function english(page: Page): Promise<English> {
  return { reach: await kpiText(page, 'Reach'), roas: await kpiText(page, 'ROAS') };
}

async function expectDutch(page: Page, shown: English): Promise<void> {
  await page.getByRole('button', { name: 'Werkruimte opslaan' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save workspace' }).count(), 0);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await editorSection(page, 'Creatorgroepen').waitFor();
  // The same numbers, written the Dutch way: dot between thousands, decimal comma.
  assert.equal(await kpiText(page, 'Bereik'), dutch.format(parseFigure(shown.reach)));
  const roas = await kpiText(page, 'ROAS');
  assert.equal(parseFigure(roas, 'nl'), parseFigure(shown.roas));
  assert.match(roas, /,\d/, 'a decimal comma');
  assert.match(await chartSummary(page, /^Conversietrechter/), /Vertoningen [\d.]+;/);
}

test('switching to Dutch translates the screen, formats numbers the Dutch way and survives a reload', async () => {
  const { page, errors } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await waitForSimulation(page);
  const shown = await english(page);
  assert.match(shown.reach, /\d,\d{3}$/, 'the hybrid reaches thousands, grouped with a comma in English');
  assert.match(shown.roas, /\.\d/, 'its ROAS has decimals, written with a decimal point in English');

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Nederlands' });
  await expectDutch(page, shown);
  await waitForSimulation(page);
  assert.match(await kpiText(page, 'Kans op verlies'), /^\d+(,\d)?\s?%$/);

  await page.reload();
  await expectDutch(page, shown);
  assert.equal(await page.getByRole('combobox', { name: 'Taal', exact: true }).inputValue(), 'nl');

  // And back: English words return.
  await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Save workspace' }).waitFor();
  assert.deepEqual(await english(page), shown);
  assertNoErrors(errors);
});

// Dutch in Chromium: the switch changes words and number formatting at once, and is remembered.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { assertNoErrors, chartSummary, editorSection, kpiText, newSession, parseFigure, waitForSimulation } from './helpers';

let browser: Browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

const dutch = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

async function expectDutch(page: Page, conversionsInEnglish: string): Promise<void> {
  await page.getByRole('button', { name: 'Werkruimte opslaan' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save workspace' }).count(), 0);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await editorSection(page, 'Creatorgroepen').waitFor();
  // The same number, written the Dutch way: decimal comma, dot between thousands.
  const conversions = await kpiText(page, 'Conversies');
  assert.equal(conversions, dutch.format(parseFigure(conversionsInEnglish)));
  assert.match(conversions, /,\d/, 'a decimal comma');
  assert.match(await chartSummary(page, /^Conversietrechter/), /Vertoningen [\d.]+;/);
}

test('switching to Dutch translates the screen, formats numbers the Dutch way and survives a reload', async () => {
  const { page, errors } = await newSession(browser);
  await waitForSimulation(page);
  const conversions = await kpiText(page, 'Conversions');
  assert.match(conversions, /\.\d/, 'the starter has fractional conversions, written with a decimal point in English');

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Nederlands' });
  await expectDutch(page, conversions);
  await waitForSimulation(page);
  assert.match(await kpiText(page, 'Kans op verlies'), /^\d+(,\d)?\s?%$/);

  await page.reload();
  await expectDutch(page, conversions);
  assert.equal(await page.getByRole('combobox', { name: 'Taal', exact: true }).inputValue(), 'nl');

  // And back: English words return.
  await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Save workspace' }).waitFor();
  assert.equal(await kpiText(page, 'Conversions'), conversions);
  assertNoErrors(errors);
});

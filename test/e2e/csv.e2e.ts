// The planner's own data in Chromium: the example shortlist imported as line items with their
// sources and undone, the example results calibrating the ranges and moving the profit, a
// malformed CSV refused row by row with the work left alone; by keyboard, on a phone, in Dutch,
// and with axe finding nothing in the previews. Screenshots of the previews land in
// test-results/screenshots/csv-*.png for a person to look at.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe';
import { SCREENSHOTS, sharedBrowser } from './browser';
import { englishWords, pageTexts } from './englishWords';
import { assertNoErrors, editorSection, expectSelectedTab, headlineFigures, kpiValue, lineItem, newSession, PHONE, scenarioTabs, STARTER, STARTER_ITEM, waitForSimulation } from './helpers';
import { switchToDutch } from './views';

const browser = sharedBrowser();

async function openCsvExample(page: Page, name: RegExp): Promise<Locator> {
  await page.getByRole('button', { name: /^(Examples|Voorbeelden)/ }).click();
  await page.getByRole('menuitem', { name }).click();
  const dialog = page.getByRole('dialog');
  await settled(page, dialog);
  return dialog;
}

/** Waits until the preview has its rows (the dialog is busy while the worker reads the file) and what they make. */
async function settled(page: Page, dialog: Locator): Promise<void> {
  await dialog.and(page.locator('[aria-busy="false"]')).waitFor();
  await dialog.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}

async function assertNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe on ${where}:\n${describeViolations(violations)}`);
}

/** The rows of the preview table of a file, each as its cells' text. */
async function tableRows(dialog: Locator, file: string): Promise<string[][]> {
  const rows = dialog.getByRole('table', { name: `Rows of ${file}` }).getByRole('row');
  const texts: string[][] = [];
  for (const row of (await rows.all()).slice(1)) texts.push((await row.locator('th, td').allTextContents()).map((t) => t.trim()));
  return texts;
}

test('the example shortlist becomes 40 line items with their sources, and one Undo takes them all back', async () => {
  const { page, errors } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await waitForSimulation(page);
  const figures = await headlineFigures(page);

  const dialog = await openCsvExample(page, /Creator shortlist \(CSV\)/);
  assert.equal(await dialog.getByRole('heading', { level: 2 }).textContent(), 'Import creators from creator-shortlist.csv');
  await dialog.getByText('40 rows read, every one usable.').waitFor();
  // The file's Dutch headers and numbers, read: "48.200" followers, "2,8%" engagement, "650" fee.
  const first = (await tableRows(dialog, 'creator-shortlist.csv'))[0];
  assert.deepEqual(first?.slice(0, 7), ['2', 'Sanne de Groot', 'Instagram', '48,200', '', '2', '2.8%']);
  assert.deepEqual(await dialog.getByRole('region', { name: 'New audiences' }).getByRole('listitem').allTextContents(), [
    'NL beauty: 8,743,000 people (placeholder)',
    'BE beauty: 2,273,000 people (placeholder)',
    'NL food: 15,806,000 people (placeholder)',
    'BE food: 7,687,000 people (placeholder)',
  ]);
  await assertNoAxeViolations(page, 'the creator list preview');
  await page.screenshot({ path: `${SCREENSHOTS}/csv-en-desktop-shortlist.png` });
  await dialog.getByRole('button', { name: 'Import 40 line items' }).click();
  await dialog.waitFor({ state: 'detached' });

  await lineItem(page, 'Sanne de Groot').getByText('Imported from creator-shortlist.csv, row 2').waitFor();
  await lineItem(page, 'Noor Bakker').getByText('Imported from creator-shortlist.csv, row 5').waitFor();
  // The hybrid's two line items and the forty creators.
  assert.equal(await editorSection(page, 'Line items').locator('.badge').first().textContent(), '42');
  await page.getByRole('status').getByText('Imported 40 line items from creator-shortlist.csv into “Same budget: hybrid”').waitFor();

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await lineItem(page, 'Sanne de Groot').waitFor({ state: 'detached' });
  await waitForSimulation(page);
  assert.deepEqual(await headlineFigures(page), figures);
  assertNoErrors(errors);
});

test('the example results calibrate the micro Instagram ranges, which then show their source, and the profit moves as the preview said', async () => {
  const { page, errors } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  const profitBefore = ((await kpiValue(page, 'Profit').textContent()) ?? '').trim();

  const dialog = await openCsvExample(page, /Past campaign results \(CSV\)/);
  const micro = dialog.getByRole('region', { name: 'Micro · Instagram: 6 creators in the file' });
  assert.match((await micro.getByText(/^Changes: /).textContent()) ?? '', /^Changes: Micro creators on Instagram .*, Micro affiliates on Instagram/);
  const rows = await micro.getByRole('table').getByRole('row').all();
  const conversion = (await rows[3]!.locator('th, td').allTextContents()).map((t) => t.trim());
  assert.equal(conversion[0], 'Conversion rate');
  assert.equal(conversion[1], '6');
  assert.notEqual(conversion[3], conversion[2], 'the conversion range moves');
  const chart = micro.getByRole('img', { name: /^Micro · Instagram: 90% ranges before and after/ });
  assert.match((await chart.locator('desc').textContent()) ?? '', /Conversion rate from .+ to .+ \(6 creators\)/);
  const outcome = (await dialog.getByText(/^Profit in the typical case: /).textContent()) ?? '';
  const [, shownBefore, shownAfter] = /^Profit in the typical case: (.+) → (.+)$/.exec(outcome) ?? [];
  assert.equal(shownBefore, profitBefore);
  await assertNoAxeViolations(page, 'the calibration preview');
  await page.screenshot({ path: `${SCREENSHOTS}/csv-en-desktop-calibration.png` });

  await dialog.getByRole('button', { name: 'Apply the calibration' }).click();
  await dialog.waitFor({ state: 'detached' });
  await kpiValue(page, 'Profit').filter({ hasText: shownAfter! }).waitFor();
  assert.notEqual(shownAfter, profitBefore);
  const rate = lineItem(page, STARTER_ITEM).getByRole('group', { name: 'Conversion rate' });
  await rate.getByText('Calibrated from past-campaign-results.csv: 6 creators').waitFor();
  assert.match((await rate.locator('.rate-interval').textContent()) ?? '', new RegExp(`90% interval ${conversion[3]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assertNoErrors(errors);
});

test('a malformed CSV, chosen by keyboard, shows every refused row with its reason and Escape leaves the work untouched', async () => {
  const { page, errors } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await waitForSimulation(page);
  const figures = await headlineFigures(page);
  const tabs = await scenarioTabs(page).count();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const undoable = await undo.isEnabled();

  // Playwright turns on file-chooser interception only when a listener is added, by a message of
  // its own; a key press sent right after it can reach the page first, and the chooser then opens
  // unseen (playwright#776). Listening before the menu opens leaves it the round trips it needs.
  const chooser = page.waitForEvent('filechooser');
  const menu = page.getByRole('button', { name: 'Import CSV' });
  await menu.focus();
  await page.keyboard.press('Enter');
  // The menu puts focus on its first item once open; Enter then picks it.
  await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Import creators (CSV)…') === true);
  await page.keyboard.press('Enter');
  // A comma file with a Dutch number, a platform that does not exist, a rate over 100% and an empty name.
  const broken = ['name,platform,followers,engagementRate', 'Anna,instagram,"12,500",3%', 'Ben,myspace,4000,2%', 'Cas,tiktok,"1.234,5",150%', ',youtube,9000,'].join('\n');
  await (await chooser).setFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });

  const dialog = page.getByRole('dialog', { name: 'Import creators from broken.csv' });
  await settled(page, dialog);
  await dialog.getByText('4 rows read: 1 usable, 3 refused and skipped (highlighted in the table with the reason).').waitFor();
  await dialog.getByRole('checkbox', { name: 'Show refused rows only' }).check();
  assert.deepEqual(await dialog.locator('tr.is-refused .csv-reasons li').allTextContents(), [
    'row 3, column platform: must be one of instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast) (got "myspace")',
    'row 4, column followers: must be a number written like 1,234.5 (got "1.234,5")',
    'row 4, column engagementRate: must be between 0% and 100% (got "150%")',
    'row 5, column name: is required',
  ]);
  await assertNoAxeViolations(page, 'the preview of a malformed file');
  await page.screenshot({ path: `${SCREENSHOTS}/csv-en-desktop-malformed.png` });

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // Focus is back on the menu button it came from, and nothing changed.
  assert.equal(await menu.evaluate((el) => el === document.activeElement), true);
  assert.equal(await scenarioTabs(page).count(), tabs);
  assert.equal(await undo.isEnabled(), undoable);
  await lineItem(page, 'Anna').waitFor({ state: 'detached' });
  assert.deepEqual(await headlineFigures(page), figures);

  // A file with no usable row at all offers nothing to apply.
  const again = page.waitForEvent('filechooser');
  await menu.click();
  await page.getByRole('menuitem', { name: /Import creators \(CSV\)…/ }).click();
  await (await again).setFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('name,platform,followers\nAnna,fax,100\n') });
  const refused = page.getByRole('dialog', { name: 'Import creators from empty.csv' });
  await refused.getByText('file: has no row that can be imported').waitFor();
  assert.deepEqual(await refused.getByRole('button').allTextContents(), ['Cancel']);
  await refused.getByRole('button', { name: 'Cancel' }).click();
  assertNoErrors(errors);
});

test('the import works on a phone and in Dutch, with no English on screen and nothing for axe', async () => {
  const { page, errors, context } = await newSession(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
  await expectSelectedTab(page, STARTER);
  await switchToDutch(page);
  const found: string[] = [];

  const dialog = await openCsvExample(page, /Shortlist van creators \(CSV\)/);
  await dialog.getByText('40 rijen gelezen, allemaal bruikbaar.').waitFor();
  // The dialog fits the phone: the page does not scroll sideways, and Apply is on screen.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
  const apply = dialog.getByRole('button', { name: '40 creatorgroepen importeren' });
  assert.equal(await apply.isVisible(), true);
  for (const finding of englishWords(await pageTexts(page))) found.push(`creator list preview: [${finding.words.join(', ')}] ${finding.where}`);
  await assertNoAxeViolations(page, 'the creator list preview (nl, phone)');
  await page.screenshot({ path: `${SCREENSHOTS}/csv-nl-phone-shortlist.png` });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await dialog.waitFor({ state: 'detached' });

  // A results file with Dutch headers (the template's), chosen from "Meer".
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Meer' }).click();
  await page.getByRole('menuitem', { name: 'Kalibreren met resultaten (CSV)…' }).click();
  const results = await readFile('public/templates/results-nl.csv');
  await (await chooser).setFiles({ name: 'resultaten.csv', mimeType: 'text/csv', buffer: results });
  const calibration = page.getByRole('dialog', { name: 'Kalibreren met resultaten.csv' });
  await calibration.getByRole('button', { name: 'Kalibratie toepassen' }).waitFor();
  for (const finding of englishWords(await pageTexts(page))) found.push(`calibration preview: [${finding.words.join(', ')}] ${finding.where}`);
  await assertNoAxeViolations(page, 'the calibration preview (nl, phone)');
  await page.screenshot({ path: `${SCREENSHOTS}/csv-nl-phone-calibration.png` });
  await calibration.getByRole('button', { name: 'Kalibratie toepassen' }).click();
  await calibration.waitFor({ state: 'detached' });
  await page.getByRole('status').getByText(/gekalibreerd met resultaten\.csv$/).waitFor();

  assert.deepEqual(found, [], `English in Dutch mode:\n${found.join('\n')}`);
  assertNoErrors(errors);
  await context.close();
});

// Dutch mode leaves no English on screen: on every view, in the examples menu and in the file
// error dialog, neither in visible text nor in what a screen reader says (names, descriptions,
// tooltips, chart titles and text alternatives).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { englishWords, pageTexts, type Finding } from './englishWords';
import { assertNoErrors, expectSelectedTab, newSession, STARTER } from './helpers';
import { openEveryView, switchToDutch } from './views';

const browser = sharedBrowser();

function report(findings: readonly Finding[]): string {
  return findings.map((f) => `  [${f.words.join(', ')}] ${f.where.slice(0, 160)}`).join('\n');
}

async function collect(page: Page, where: string, found: string[]): Promise<void> {
  const findings = englishWords(await pageTexts(page));
  if (findings.length > 0) found.push(`${where}:\n${report(findings)}`);
}

test('the word list finds English and lets Dutch, brands and metric names through', () => {
  assert.deepEqual(englishWords(['Winst en kans op verlies', 'Micro-creators op Instagram en TikTok: ROI 120%, CPA €12', 'Break-even na week 3']), []);
  assert.deepEqual(englishWords(['Profit and chance of loss\nWinst']), [{ words: ['profit', 'and', 'chance', 'loss'], where: 'Profit and chance of loss' }]);
});

test('Dutch mode shows no English on any view, in the examples menu or in the file error dialog', async () => {
  const { page, errors, context } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await switchToDutch(page);
  const found: string[] = [];
  await openEveryView(page, 'nl', (view) => collect(page, `the ${view} view`, found));

  await page.getByRole('tab', { name: 'Plannen', exact: true }).click();
  await page.getByRole('button', { name: /^Voorbeelden/ }).click();
  await page.getByRole('menuitem').first().waitFor();
  await collect(page, 'the examples menu', found);
  await page.keyboard.press('Escape');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Bestand openen…' }).click();
  // A file with the usual mistakes: a missing field, a wrong type, an unknown field, a value out of range.
  const broken = { format: 'campaign-roi-scenario', version: 1, name: 7, currency: 'EUR', economics: { grossMargin: 3 }, lineItems: [], colour: 'red' };
  await (await chooser).setFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await collect(page, 'the file error dialog', found);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  assert.deepEqual(found, [], `English in Dutch mode:\n${found.join('\n')}`);
  assertNoErrors(errors);
  await context.close();
});

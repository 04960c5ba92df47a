// Budget and audiences in Chromium (format version 2): a budget shows what is used and left and
// the chance of going over it; an audience shared by two line items shows its overlap, and profit
// follows the audience's size; the budget and the audience survive a saved file, a reload and a
// share link; axe finds nothing on the screen that shows them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe';
import { sharedBrowser } from './browser';
import { englishWords, pageTexts } from './englishWords';
import { assertNoErrors, editorSection, expectSelectedTab, kpiText, kpiValue, lineItem, newSession, parseFigure, results, STARTER, STARTER_AFFILIATES, STARTER_ITEM, STARTER_NL, waitForSimulation } from './helpers';
import { openEveryView, switchToDutch } from './views';

const browser = sharedBrowser();

const audienceRow = (page: Page) => editorSection(page, 'Audiences').getByRole('group', { name: 'Audience 1' });

/** The share φ at which the audience's line items' responses count, read off its sentence ("… count at 52%."). */
async function saturation(page: Page): Promise<number> {
  const text = (await audienceRow(page).locator('.audience-reach').textContent()) ?? '';
  const match = /count at ([\d.]+)%/.exec(text);
  assert.ok(match, `an overlap sentence: ${text}`);
  return Number(match[1]) / 100;
}

/** Types a figure into a field and waits until the profit card shows a different figure. */
async function editAndWaitForProfit(page: Page, edit: () => Promise<void>): Promise<number> {
  const before = (await kpiValue(page, 'Profit').textContent()) ?? '';
  await edit();
  await kpiValue(page, 'Profit').filter({ hasNotText: before }).waitFor();
  return parseFigure(await kpiText(page, 'Profit'));
}

/** What must be true of the scenario wherever it is opened: the budget, the audience and both assignments. */
async function expectBudgetAndAudience(page: Page, budget: number, size: number): Promise<void> {
  assert.equal(await page.getByRole('textbox', { name: 'Budget' }).inputValue(), String(budget));
  assert.equal(await audienceRow(page).getByRole('spinbutton', { name: 'Size' }).inputValue(), String(size));
  for (const item of [STARTER_ITEM, STARTER_AFFILIATES]) assert.equal(await lineItem(page, item).getByRole('combobox', { name: 'Audience' }).inputValue(), 'audience-1');
  await kpiValue(page, 'Budget left').waitFor();
}

test('a budget shows used and left; a shared audience shows its overlap and moves profit; all of it survives a file, a reload and a share link', async () => {
  const { page, errors, context } = await newSession(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
  await expectSelectedTab(page, STARTER);
  await waitForSimulation(page);

  // Budget: €1,000 more than the typical-case cost leaves €1,000; €500 less is €500 over, in the loss colour.
  const cost = parseFigure(await kpiText(page, 'Cost'));
  const budgetField = page.getByRole('textbox', { name: 'Budget' });
  await budgetField.fill(String(Math.round(cost) - 500));
  await kpiValue(page, 'Over budget').waitFor();
  assert.ok(Math.abs(parseFigure(await kpiText(page, 'Over budget')) - 500) <= 1);
  assert.match((await kpiValue(page, 'Over budget').getAttribute('class')) ?? '', /is-loss/);
  const budget = Math.round(cost) + 1000;
  await budgetField.fill(String(budget));
  await kpiValue(page, 'Budget left').waitFor();
  assert.ok(Math.abs(parseFigure(await kpiText(page, 'Budget left')) - 1000) <= 1);
  const budgetCard = page.locator('[data-kpi="budget"]');
  assert.match((await budgetCard.locator('.kpi-sub').textContent()) ?? '', new RegExp(`of €${budget.toLocaleString('en-GB')} used \\(\\d+%\\)`));
  await waitForSimulation(page);
  assert.match((await results(page).getByRole('region', { name: 'Risk in plain words' }).textContent()) ?? '', /(chance of spending|outcomes spends) more than the budget/);

  // An audience both line items share: their reach overlaps, so fewer people respond and profit falls.
  const alone = parseFigure(await kpiText(page, 'Profit'));
  const reachAlone = parseFigure(await kpiText(page, 'Reach'));
  await editorSection(page, 'Audiences').getByRole('button', { name: 'Add audience' }).click();
  await audienceRow(page).getByRole('spinbutton', { name: 'Size' }).fill('300000');
  await lineItem(page, STARTER_ITEM).getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'Audience 1' });
  const shared = await editAndWaitForProfit(page, () => lineItem(page, STARTER_AFFILIATES).getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'Audience 1' }).then(() => undefined));
  await audienceRow(page).getByText('Used by 2 line items').waitFor();
  const small = await saturation(page);
  assert.ok(small < 1, `overlap in an audience of 300,000: φ = ${small}`);
  assert.ok(shared < alone, `profit falls with overlap: ${shared} < ${alone}`);
  assert.ok(parseFigure(await kpiText(page, 'Reach')) < reachAlone);
  const chart = audienceRow(page).getByRole('img', { name: /^Reach of Audience 1/ });
  assert.match((await chart.locator('desc').textContent()) ?? '', /different people: [\d.]+% of the audience/);

  // A larger audience overlaps less: saturation and profit rise again.
  const large = 30_000_000;
  const roomier = await editAndWaitForProfit(page, () => audienceRow(page).getByRole('spinbutton', { name: 'Size' }).fill(String(large)));
  assert.ok((await saturation(page)) > small);
  assert.ok(roomier > shared, `profit rises with a larger audience: ${roomier} > ${shared}`);
  await waitForSimulation(page);
  const found = await axeViolations(page);
  assert.deepEqual(found, [], describeViolations(found));
  const sentence = (await audienceRow(page).locator('.audience-reach').textContent()) ?? '';
  const profit = await kpiText(page, 'Profit');

  // Saved as a file: version 2 with the budget, the audience and both assignments.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save scenario' }).click()]);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, 'utf8')) as { version: number; name: string; budget: number; audiences: unknown[]; lineItems: { audience?: string }[] };
  assert.equal(file.version, 3); // a saved file carries the version the app writes (format v3)
  assert.equal(file.budget, budget);
  assert.deepEqual(file.audiences, [{ id: 'audience-1', label: 'Audience 1', size: large }]);
  assert.deepEqual(file.lineItems.map((li) => li.audience), ['audience-1', 'audience-1']);

  // Reloaded: the autosave brings back the same scenario, words and figures.
  await page.reload();
  await expectSelectedTab(page, STARTER);
  await expectBudgetAndAudience(page, budget, large);
  assert.equal(await audienceRow(page).locator('.audience-reach').textContent(), sentence);
  assert.equal(await kpiText(page, 'Profit'), profit);

  // A share link opened in a fresh profile carries them too.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.getByRole('menuitem', { name: /This scenario/ }).click();
  await page.getByText(/^Share link for .* copied to the clipboard/).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const receiver = await newSession(browser(), { path: link.slice(link.indexOf('#')) });
  await expectSelectedTab(receiver.page, new RegExp(file.name.replace(/[()+]/g, '\\$&')));
  await expectBudgetAndAudience(receiver.page, budget, large);
  assert.equal(await kpiText(receiver.page, 'Profit'), profit);

  // And the saved file opens in another fresh profile as a scenario of its own.
  const opener = await newSession(browser());
  const [chooser] = await Promise.all([opener.page.waitForEvent('filechooser'), opener.page.getByRole('button', { name: 'Open file…' }).click()]);
  await chooser.setFiles(path);
  await opener.page.getByText(/^Added “.*” from /).waitFor();
  await expectBudgetAndAudience(opener.page, budget, large);
  assert.equal(await kpiText(opener.page, 'Profit'), profit);

  for (const s of [errors, receiver.errors, opener.errors]) assertNoErrors(s);
  await Promise.all([context.close(), receiver.context.close(), opener.context.close()]);
});

test('in Dutch, the budget, the audience and their figures show no English on any view', async () => {
  const { page, errors, context } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await switchToDutch(page);
  await expectSelectedTab(page, STARTER_NL);
  // A budget below the cost, so the over-budget wording shows too, and one audience both line items share.
  const cost = parseFigure(await kpiText(page, 'Kosten'), 'nl');
  await page.getByRole('textbox', { name: 'Budget' }).fill(String(Math.round(cost) - 500));
  await kpiValue(page, 'Budget overschreden').waitFor();
  const audiences = editorSection(page, 'Doelgroepen');
  await audiences.getByRole('button', { name: 'Doelgroep toevoegen' }).click();
  for (const select of await page.getByRole('combobox', { name: 'Doelgroep', exact: true }).all()) await select.selectOption({ label: 'Doelgroep 1' });
  await audiences.getByRole('group', { name: 'Doelgroep 1' }).locator('.audience-reach').getByText(/van dat bereik is overlap/).waitFor();
  await audiences.getByText('Hoe werkt overlap?').click();
  await page.getByRole('textbox', { name: 'Max. creators' }).first().fill('1');
  await page.getByText(/Meer creators dan de 1 die te vinden zijn/).first().waitFor();

  const found: string[] = [];
  await openEveryView(page, 'nl', async (view) => {
    const findings = englishWords(await pageTexts(page));
    if (findings.length > 0) found.push(`${view}:\n${findings.map((f) => `  [${f.words.join(', ')}] ${f.where.slice(0, 160)}`).join('\n')}`);
  });
  assert.deepEqual(found, [], `English in Dutch mode:\n${found.join('\n')}`);
  assertNoErrors(errors);
  await context.close();
});

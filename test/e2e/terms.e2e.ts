// Performance payout terms in Chromium (docs/MODEL.md §10): a fee + bonus contract is entered in
// the editor, the results show the expected bonus and the chance a creator reaches it, the work
// survives a reload, and a share link opens it in a fresh browser profile.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, lineItem, newSession, results, STARTER, STARTER_ITEM, waitForSimulation } from './helpers';

let browser: Browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

/** The results' "Bonuses and cap" row of a line item: expected bonuses, chance, cap savings, payout, source. */
async function termsRow(page: Page, label: string): Promise<string[]> {
  const row = results(page).getByRole('region', { name: /^Bonuses and cap per line item/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await row.waitFor();
  return row.getByRole('cell').allTextContents();
}

const ITEM_LABEL = STARTER_ITEM;

test('a fee + bonus contract shows its expected bonus and chance, survives a reload and travels in a share link', async () => {
  const sender = await newSession(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = sender;
  await expectSelectedTab(page, STARTER);
  const item = lineItem(page, STARTER_ITEM);
  await item.getByRole('combobox', { name: 'Payment model' }).selectOption('fixed');
  await item.getByRole('checkbox', { name: 'Pay a bonus' }).check();
  await item.getByRole('textbox', { name: 'Bonus threshold per creator' }).fill('150');
  await item.getByRole('textbox', { name: 'Bonus per creator' }).fill('60');
  await item.getByText('In words: €60.00 bonus per creator from €150 sales.').waitFor();

  await waitForSimulation(page);
  const [bonuses, chance, capSavings, , source] = await termsRow(page, ITEM_LABEL);
  assert.match(bonuses ?? '', /^€[\d,.]+$/, `expected bonuses: ${bonuses}`);
  assert.match(chance ?? '', /^\d+(\.\d+)?%$/, `chance a creator reaches the bonus: ${chance}`);
  assert.equal(capSavings, '—', 'no cap, nothing saved');
  assert.match(source ?? '', /^(typical case|average over [\d,]+ simulated outcomes)$/);

  // The edit is one undo step like any other.
  const words = item.getByText('In words: €60.00 bonus per creator from €150 sales.');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await words.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await words.waitFor();

  // Saved in the browser as it goes: a reload brings the contract back.
  await page.reload();
  await expectSelectedTab(page, STARTER);
  const reloaded = lineItem(page, STARTER_ITEM);
  assert.equal(await reloaded.getByRole('checkbox', { name: 'Pay a bonus' }).isChecked(), true);
  assert.equal(await reloaded.getByRole('textbox', { name: 'Bonus threshold per creator' }).inputValue(), '150');
  await waitForSimulation(page);
  const afterReload = await termsRow(page, ITEM_LABEL);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.getByRole('menuitem', { name: /This scenario/ }).click();
  await page.getByText(/^Share link for .* copied to the clipboard/).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const receiver = await newSession(browser, { path: link.slice(link.indexOf('#')) });
  const other = receiver.page;
  const shared = lineItem(other, STARTER_ITEM);
  await shared.getByText('In words: €60.00 bonus per creator from €150 sales.').waitFor();
  await waitForSimulation(other);
  assert.deepEqual(await termsRow(other, ITEM_LABEL), afterReload, 'the same figures from the same seed');

  assertNoErrors(sender.errors);
  assertNoErrors(receiver.errors);
  await sender.context.close();
  await receiver.context.close();
});

// Performance payout terms in Chromium (docs/MODEL.md §10): a fee + bonus contract is entered in
// the editor, the results show the expected bonus and the chance a creator reaches it, the work
// survives a reload, and a share link opens it in a fresh browser profile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe';
import { SCREENSHOTS, sharedBrowser } from './browser';
import { englishWords, pageTexts } from './englishWords';
import { assertNoErrors, DESKTOP, expectSelectedTab, lineItem, newSession, openView, PHONE, results, STARTER, STARTER_ITEM, waitForSimulation } from './helpers';
import { switchToDutch, waitForView } from './views';

const browser = sharedBrowser();

/** The results' "Bonuses and cap" figures of a line item: expected bonuses, chance, cap savings, payout, and where they come from. */
async function termsRow(page: Page, label: string): Promise<string[]> {
  const item = results(page).getByRole('region', { name: 'Bonuses and cap', exact: true }).getByRole('group', { name: label, exact: true });
  await item.waitFor();
  const source = ((await item.getByText(/^Figures from: /).textContent()) ?? '').replace(/^Figures from: /, '');
  return [...(await item.getByRole('definition').allTextContents()), source];
}

const ITEM_LABEL = STARTER_ITEM;

test('a fee + bonus contract shows its expected bonus and chance, survives a reload and travels in a share link', async () => {
  const sender = await newSession(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
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

  const receiver = await newSession(browser(), { path: link.slice(link.indexOf('#')) });
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

/**
 * Adds two tiers, a bonus and a cap to the first line item, with the controls' names in `lang`.
 * Its typical creator sells about €48 for €9.60 of commission: a bonus of €10 from €40 is reached,
 * and a cap of €15 binds, so the results show both.
 */
async function enterTerms(page: Page, lang: 'en' | 'nl'): Promise<void> {
  const names = {
    en: { add: 'Add tier', bonus: 'Pay a bonus', threshold: 'Bonus threshold per creator', cap: 'Cap the performance pay', capAmount: 'Most performance pay per creator', words: /^In words: 20% up to/ },
    nl: { add: 'Staffel toevoegen', bonus: 'Bonus betalen', threshold: 'Bonusdrempel per creator', cap: 'Prestatiebetaling begrenzen', capAmount: 'Hoogste prestatiebetaling per creator', words: /^In woorden: 20% tot/ },
  }[lang];
  const item = page.locator('.line-item-card').first();
  await item.getByRole('button', { name: names.add }).click();
  await item.getByRole('button', { name: names.add }).click();
  await item.getByRole('checkbox', { name: names.bonus }).check();
  await item.getByRole('textbox', { name: names.threshold }).fill('40');
  await item.getByRole('checkbox', { name: names.cap }).check();
  await item.getByRole('textbox', { name: names.capAmount }).fill('15');
  await item.getByText(names.words).waitFor();
  await waitForSimulation(page);
}

const onDevice = (device: 'desktop' | 'phone') =>
  ({ viewport: device === 'desktop' ? DESKTOP : PHONE, ...(device === 'phone' && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }) });

async function axeFindings(page: Page, where: string, found: string[]): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) found.push(`axe on ${where}:\n${describeViolations(violations)}`);
}

for (const device of ['desktop', 'phone'] as const) {
  test(`tiers, a bonus, a cap and a refused tier pass axe on a ${device}, pictured for a person to look at`, async () => {
    const { page, errors, context } = await newSession(browser(), onDevice(device));
    await expectSelectedTab(page, STARTER);
    await enterTerms(page, 'en');
    const item = lineItem(page, STARTER_ITEM);
    // The bonus's select is labelled like the number fields beside it in the grid.
    const look = (text: string) => item.getByText(text, { exact: true }).evaluate((el) => `${getComputedStyle(el).color} ${getComputedStyle(el).fontWeight}`);
    assert.equal(await look('Bonus for reaching'), await look('Bonus threshold per creator'));
    // So is every other field of the card, a text box, a select or a group of checkboxes alike.
    for (const label of ['Label', 'Tier', 'Platform', 'Payment model', 'Parts of the hybrid']) assert.equal(await look(label), await look('Creators'), label);
    await item.getByRole('group', { name: 'Performance terms' }).screenshot({ path: `${SCREENSHOTS}/terms-editor-${device}-en.png` });
    await results(page).getByRole('region', { name: 'Bonuses and cap', exact: true }).screenshot({ path: `${SCREENSHOTS}/terms-results-${device}-en.png` });
    await page.locator('figure').filter({ has: page.getByRole('img', { name: /^Cost and gross profit by line item/ }) }).screenshot({ path: `${SCREENSHOTS}/terms-cost-chart-${device}-en.png` });
    const found: string[] = [];
    await axeFindings(page, 'the plan', found);
    // A tier whose start falls below the previous one shows its reason in place.
    await item.getByRole('textbox', { name: 'Tier 2: from sales per creator of' }).fill('1');
    await item.getByRole('alert').filter({ hasText: 'Must be more than the previous tier’s start' }).waitFor();
    await axeFindings(page, 'the plan with a refused tier', found);
    await openView(page, 'Payments');
    await waitForView(page);
    await axeFindings(page, 'the payments view', found);
    await page.getByRole('article', { name: /^Fee \+ bonus/ }).screenshot({ path: `${SCREENSHOTS}/terms-explorer-${device}-en.png` });
    assert.deepEqual(found, []);
    assertNoErrors(errors);
    await context.close();
  });

  test(`tiers, a bonus and a cap speak only Dutch in Dutch and pass axe, on a ${device}`, async () => {
    const { page, errors, context } = await newSession(browser(), onDevice(device));
    await expectSelectedTab(page, STARTER);
    await switchToDutch(page);
    await enterTerms(page, 'nl');
    const found: string[] = [];
    const english = async (where: string) => {
      const words = englishWords(await pageTexts(page));
      if (words.length > 0) found.push(`English on ${where}: ${words.map((f) => `[${f.words.join(', ')}] ${f.where.slice(0, 160)}`).join(' | ')}`);
    };
    await english('the plan');
    await axeFindings(page, 'the plan', found);
    await page.getByRole('group', { name: 'Prestatievoorwaarden' }).first().screenshot({ path: `${SCREENSHOTS}/terms-editor-${device}-nl.png` });
    await openView(page, 'Betaalvormen');
    await waitForView(page);
    await english('the payments view');
    await axeFindings(page, 'the payments view', found);
    assert.deepEqual(found, []);
    assertNoErrors(errors);
    await context.close();
  });
}

// Share links in Chromium: a link copied on one page, opened by someone else in a fresh browser
// profile, shows the same scenario with the same numbers (same seed, same trials, same draws).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, FIRST_VISIT, scenarioTabs, headlineFigures, kpiValue, lineItem, newSession, STARTER, STARTER_ITEM, waitForSimulation } from './helpers';

const browser = sharedBrowser();

test('a copied share link opens the same scenario with the same figures in a fresh page', async () => {
  const sender = await newSession(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = sender;
  await expectSelectedTab(page, STARTER);
  // Make the scenario differ from what a first visit starts with, so the link must carry it.
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Shared autumn plan');
  const profit = (await kpiValue(page, 'Profit').textContent()) ?? '';
  await lineItem(page, STARTER_ITEM).getByRole('spinbutton', { name: 'Creators' }).fill('23');
  await kpiValue(page, 'Profit').filter({ hasNotText: profit }).waitFor();
  await waitForSimulation(page);
  const figures = await headlineFigures(page);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.getByRole('menuitem', { name: /This scenario/ }).click();
  await page.getByText('Share link for “Shared autumn plan” copied to the clipboard').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#s=[A-Za-z0-9+\-$]+$/, `a share link: ${link}`);

  // The receiver has never used the app: a new context has its own, empty storage.
  const receiver = await newSession(browser(), { path: link.slice(link.indexOf('#')) });
  const other = receiver.page;
  await expectSelectedTab(other, /Shared autumn plan/);
  assert.equal(await lineItem(other, STARTER_ITEM).getByRole('spinbutton', { name: 'Creators' }).inputValue(), '23');
  await waitForSimulation(other);
  assert.deepEqual(await headlineFigures(other), figures);
  // The link is consumed: the address no longer carries it, so a reload does not add it twice.
  assert.equal(new URL(other.url()).hash, '');

  assertNoErrors(sender.errors);
  assertNoErrors(receiver.errors);
  await sender.context.close();
  await receiver.context.close();
});

test('a damaged share link is refused with its errors and the page still works', async () => {
  const { page, errors, context } = await newSession(browser(), { path: '#s=not-a-real-scenario' });
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.match((await dialog.getByRole('listitem').first().textContent()) ?? '', /damaged or incomplete/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  assert.equal(await scenarioTabs(page).count(), FIRST_VISIT.length, 'only the first-visit scenarios');
  await waitForSimulation(page);
  assertNoErrors(errors);
  await context.close();
});

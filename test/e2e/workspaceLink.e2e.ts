// A workspace share link opened in a fresh browser shows the same comparison: the same scenarios,
// baseline, compared selection, chances of beating the baseline and report title. And a share-link
// bomb is refused with a message while the page stays responsive and its memory bounded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { assertNoErrors, FIRST_VISIT, newSession, openView, scenarioTabs } from './helpers';
import { lzBombPayload } from '../io/lzBomb';

const browser = sharedBrowser();

/** The compare view's chances of beating the baseline, once every run has ended. */
async function beatsText(page: Page): Promise<string> {
  const region = page.getByRole('region', { name: 'Chance of beating the baseline on profit' });
  await region.waitFor();
  await page.waitForFunction(() => {
    const beats = document.querySelector('.compare-beats');
    return beats !== null && !beats.textContent?.includes('simulating') && document.querySelector('.compare-status')?.textContent === '';
  }, undefined, { timeout: 60_000 });
  return ((await region.textContent()) ?? '').trim();
}

test('a workspace link opened in a fresh browser shows the same comparison', async () => {
  const sender = await newSession(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = sender;
  await openView(page, 'Present');
  await page.getByRole('textbox', { name: 'Report title' }).fill('Q3 creators: three ways');
  await page.getByRole('textbox', { name: 'Author' }).fill('Anna de Vries');
  await page.getByRole('textbox', { name: 'Company' }).fill('Acme & Co');
  await page.getByRole('textbox', { name: 'Company' }).press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Q3 creators: three ways' }).waitFor();
  // Compare only the baseline and the hybrid: the link must carry this choice, not the default.
  await openView(page, 'Compare');
  await page.getByRole('checkbox', { name: FIRST_VISIT[1] }).uncheck();
  const beats = await beatsText(page);
  assert.doesNotMatch(beats, /commission only/);

  await page.getByRole('button', { name: 'Copy share link' }).click();
  await page.getByRole('menuitem', { name: /The whole workspace/ }).click();
  const notice = page.locator('.toast').filter({ hasText: 'Link to the whole workspace (3 scenarios) copied to the clipboard' });
  await notice.waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#w=[A-Za-z0-9+\-$]+&compare=2&selected=2&title=Q3/);
  // The example workspace carries its notes and sources: several thousand characters, so the notice warns.
  assert.ok(link.length > 2000, `${link.length} characters`);
  const shown = new Intl.NumberFormat('en-GB').format(link.length);
  assert.match((await notice.textContent()) ?? '', new RegExp(`This link is ${shown} characters: some chat tools cut links that long; save a workspace file instead`));
  await notice.getByRole('button', { name: 'Save workspace' }).waitFor();

  const receiver = await newSession(browser(), { path: link.slice(link.indexOf('#')) });
  const other = receiver.page;
  await other.getByText(/Opened the shared workspace: 3 scenarios, compared against “Same budget: fixed fees”/).waitFor();
  assert.deepEqual(await scenarioTabs(other).allTextContents(), await scenarioTabs(page).allTextContents());
  await other.getByRole('heading', { name: 'Compare scenarios' }).waitFor();
  assert.equal(await other.getByRole('checkbox', { name: FIRST_VISIT[1] }).isChecked(), false);
  assert.equal(await other.getByRole('checkbox', { name: FIRST_VISIT[2] }).isChecked(), true);
  assert.equal(await beatsText(other), beats);
  await openView(other, 'Present');
  await other.getByRole('heading', { level: 1, name: 'Q3 creators: three ways' }).waitFor();
  await other.getByText(/Prepared by Anna de Vries, Acme & Co on/).waitFor();
  assert.equal(new URL(other.url()).hash, '');

  assertNoErrors(sender.errors);
  assertNoErrors(receiver.errors);
  await sender.context.close();
  await receiver.context.close();
});

test('a share-link bomb is refused with a message; the page stays responsive and its memory bounded', async () => {
  // 54 KB of link that lz-string would unpack to 288 million characters (over 500 MB of heap).
  const bomb = `#s=${lzBombPayload(24_000)}`;
  const { page, errors, context } = await newSession(browser(), { path: bomb });
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.match((await dialog.textContent()) ?? '', /more than 5 MB once unpacked/);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Infinity;
  assert.ok(heap < 150 * 1024 * 1024, `heap ${Math.round(heap / 1e6)} MB`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  assert.equal(await scenarioTabs(page).count(), FIRST_VISIT.length);
  // Pasted into the open tab as well: refused again, and the page still answers at once.
  await page.evaluate((hash) => { window.location.hash = hash; }, `#w=${lzBombPayload(24_000)}`);
  await page.getByRole('dialog').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await openView(page, 'Compare');
  await page.getByRole('heading', { name: 'Compare scenarios' }).waitFor();
  assertNoErrors(errors);
  await context.close();
});

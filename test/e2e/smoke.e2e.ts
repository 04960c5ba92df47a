import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

test('the app loads with its title and no console errors', async () => {
  const { page, errors } = await openPage(browser);
  await page.getByRole('heading', { name: 'Campaign ROI Planner' }).waitFor();
  assert.equal(await page.title(), 'Campaign ROI Planner');
  assert.deepEqual(errors, []);
});

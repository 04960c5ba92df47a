import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

test('the app loads with its title and no console errors', async () => {
  const { page, errors } = await openPage(browser());
  await page.getByRole('heading', { name: 'Campaign ROI Planner' }).waitFor();
  assert.equal(await page.title(), 'Campaign ROI Planner');
  assert.deepEqual(errors, []);
});

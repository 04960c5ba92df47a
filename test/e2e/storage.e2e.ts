// Work is never lost in Chromium: a full localStorage is said at once and the work survives in a
// file; two tabs of one workspace never overwrite each other without the planner choosing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { BASE_URL, SCREENSHOTS, sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, newSession, scenarioTabs, STARTER, watchErrors } from './helpers';

const browser = sharedBrowser();

const NOT_SAVING = 'Your work is not being saved in this browser: save a workspace file.';
const CONFLICT = 'Another tab changed this workspace';

/** Fills the origin's localStorage with other data until not one more character fits. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let stored = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${stored}`, chunk);
          stored += 1;
        } catch {
          break;
        }
      }
    }
    return stored;
  });
}

const rename = (page: Page, name: string) => page.getByRole('textbox', { name: 'Scenario name' }).fill(name);

test('a full storage is said at once, the work is saved as a file and comes back after a reload', async () => {
  const { page, errors } = await newSession(browser());
  assert.ok((await fillStorage(page)) > 0);

  await rename(page, 'Kept in a file');
  await page.getByRole('button', { name: 'New scenario' }).click();
  const warning = page.getByRole('alert').filter({ hasText: NOT_SAVING });
  await warning.waitFor();
  assert.equal(await scenarioTabs(page).count(), 4);
  await page.screenshot({ path: `${SCREENSHOTS}/storage-full.png` });

  const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Save workspace' }).click()]);
  const file = await download.path();

  // Leaving while nothing is saved here asks first; past that, nothing of the edits reached
  // storage, and the reload says that what it restored may be older.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  assert.deepEqual(asked, ['beforeunload']);
  await page.getByRole('alert').filter({ hasText: 'The work restored here may be older than your last changes' }).waitFor();
  await page.getByLabel('Scenario or workspace file').setInputFiles(file);
  await scenarioTabs(page).filter({ hasText: 'Kept in a file' }).first().waitFor();
  // "New scenario" adds "Scenario 1" (numbered, as the first of its kind in this workspace).
  await scenarioTabs(page).filter({ hasText: /^Scenario \d+/ }).first().waitFor();

  // Space frees: the retry saves the work without being asked, and a reload restores it from the browser.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await page.getByRole('alert').filter({ hasText: NOT_SAVING }).waitFor({ state: 'detached', timeout: 20_000 });
  const names = await scenarioTabs(page).allTextContents();
  await page.reload();
  await scenarioTabs(page).filter({ hasText: 'Kept in a file' }).first().waitFor();
  assert.deepEqual(await scenarioTabs(page).allTextContents(), names);
  assert.equal(await page.getByRole('alert').count(), 0);
  assertNoErrors(errors);
});

test('two tabs of one workspace: each is told of the other’s save and chooses', async () => {
  const { context, page: first, errors } = await newSession(browser());
  const second = await context.newPage();
  watchErrors(second, errors);
  await second.goto(BASE_URL);
  await expectSelectedTab(second, STARTER);

  await rename(first, 'From the first tab');
  const secondAsked = second.getByRole('alertdialog', { name: CONFLICT });
  await secondAsked.waitFor();
  await second.screenshot({ path: `${SCREENSHOTS}/storage-other-tab.png` });
  await secondAsked.getByRole('button', { name: 'Load theirs' }).click();
  await expectSelectedTab(second, 'From the first tab');

  await rename(second, 'From the second tab');
  const firstAsked = first.getByRole('alertdialog', { name: CONFLICT });
  await firstAsked.waitFor();
  assert.equal(await first.getByRole('textbox', { name: 'Scenario name' }).inputValue(), 'From the first tab');
  await firstAsked.getByRole('button', { name: 'Keep mine and save it' }).click();
  await firstAsked.waitFor({ state: 'detached' });

  // Keeping mine is a save too: now the second tab is asked, and loads the first tab's work.
  await secondAsked.waitFor();
  await secondAsked.getByRole('button', { name: 'Load theirs' }).click();
  await expectSelectedTab(second, 'From the first tab');
  await second.reload();
  await expectSelectedTab(second, 'From the first tab');
  assertNoErrors(errors);
});

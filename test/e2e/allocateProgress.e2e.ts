// The Allocate view's frontier fills in while the allocator runs (docs/MODEL.md §8, "the frontier
// so far"). The first-visit scenario allocates too fast to show it, so this opens the example with
// an audience (its points come one by one: the budget first, then down, then up) at 200,000 trials,
// which keeps the allocator busy for seconds even on a fast machine (about 10 s of CPU in Node).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, newSession, openExample, openView, STARTER } from './helpers';

const EXAMPLE = 'Coffee subscription: nano gifting seeding';
const SO_FAR = /^Frontier: (\d+) of 20 budgets so far$/;
/** 200,000 trials on a loaded two-core machine: allow minutes, the test waits for conditions only. */
const ALLOCATION_MS = 240_000;

const browser = sharedBrowser();

/** How many budgets the status line says are in, once it shows more than `atLeast`. */
async function budgetsSoFar(page: Page, atLeast: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([pattern, least]) => {
      const text = document.querySelector('.allocate-so-far-status')?.textContent ?? '';
      const n = Number(new RegExp(pattern).exec(text)?.[1]);
      return n > least ? n : null;
    },
    [SO_FAR.source, atLeast] as const,
    { timeout: ALLOCATION_MS },
  );
  return (await handle.jsonValue()) as number;
}

test('the frontier fills in while the allocator runs, and the result takes its place', async () => {
  const { page, errors, context } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await openExample(page, new RegExp(`^${EXAMPLE}`));
  await expectSelectedTab(page, EXAMPLE);
  await page.getByRole('spinbutton', { name: 'Trials' }).fill('200000');
  await openView(page, 'Allocate');
  await page.getByRole('button', { name: 'Allocate budget', exact: true }).click();

  // The budget's own point comes first, and later ones join it while the run goes on.
  const first = await budgetsSoFar(page, 0);
  assert.ok(first < 20, `the first status line came with ${first} of 20 budgets`);
  const status = page.getByRole('status').filter({ hasText: SO_FAR });
  await page.getByRole('region', { name: 'What each budget buys' }).getByRole('img', { name: /What each budget buys/ }).waitFor();
  const later = await budgetsSoFar(page, first);
  assert.ok(later > first && later <= 20, `the frontier grew from ${first} to ${later} budgets`);

  // Done: the result's frontier, all 20 budgets, replaces the one so far.
  await page.getByRole('button', { name: 'Apply as new scenario' }).waitFor({ timeout: ALLOCATION_MS });
  await status.waitFor({ state: 'detached' });
  const result = page.getByRole('region', { name: 'The recommended split' });
  assert.equal(await result.getByRole('table', { name: 'What each budget buys' }).getByRole('row').count(), 21);
  assertNoErrors(errors);
  await context.close();
});

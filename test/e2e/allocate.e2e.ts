// The Allocate view in Chromium: allocate the first-visit hybrid's budget, read what limits it,
// apply it as a new scenario and find that in the tabs and in Compare; a bound set in the table
// that binds; Dutch, axe, the keyboard and a phone, with screenshots for a person to look at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe';
import { SCREENSHOTS, sharedBrowser } from './browser';
import { englishWords, pageTexts } from './englishWords';
import { assertNoErrors, DESKTOP, expectSelectedTab, newSession, openView, PHONE, scenarioTabs, STARTER, STARTER_AFFILIATES } from './helpers';
import { switchToDutch } from './views';

/** An allocation of the first-visit scenario takes a few seconds on a loaded two-core machine. */
const ALLOCATION_MS = 60_000;

const browser = sharedBrowser();

/** Presses the button and waits for the recommended split of the scenario as it is now (its apply buttons). */
async function allocate(page: Page, lang: 'en' | 'nl' = 'en'): Promise<Locator> {
  await page.getByRole('button', { name: lang === 'en' ? 'Allocate budget' : 'Budget verdelen', exact: true }).click();
  await page.getByRole('button', { name: lang === 'en' ? 'Apply as new scenario' : 'Toepassen als nieuw scenario' }).waitFor({ timeout: ALLOCATION_MS });
  return page.getByRole('region', { name: lang === 'en' ? 'The recommended split' : 'De aanbevolen verdeling' });
}

/** What limits the plan, as the view says it: the bold sentences under the status. */
const binding = (result: Locator) => result.locator('.allocate-binding li').allTextContents();

async function page(viewport = DESKTOP) {
  const session = await newSession(browser(), { viewport, ...(viewport === PHONE && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }) });
  await expectSelectedTab(session.page, STARTER);
  return session;
}

async function noAxeViolations(p: Page, where: string): Promise<void> {
  const violations = await axeViolations(p);
  assert.deepEqual(violations, [], `axe on ${where}:\n${describeViolations(violations)}`);
}

test('allocate the budget, read what limits it, apply it as a new scenario and find it in the tabs and in Compare', async () => {
  const { page: p, errors, context } = await page();
  await openView(p, 'Allocate');
  await p.getByRole('heading', { name: 'Allocate the budget' }).waitFor();
  // The first-visit hybrid has a €7,000 budget and no bounds: the affiliates earn more than they cost, the paid creators less.
  assert.equal(await p.getByRole('textbox', { name: 'Budget' }).inputValue(), '7000');
  const result = await allocate(p);
  assert.deepEqual(await binding(result), ['The budget limits this plan.']);
  assert.match((await result.textContent()) ?? '', /Expected profit: €[\d,]+ now → €[\d,]+ with this split\./);
  const split = result.getByRole('table', { name: /^The recommended creators per line item/ });
  const affiliates = split.getByRole('row', { name: new RegExp(`^${STARTER_AFFILIATES.replace(/[()]/g, '\\$&')}`) });
  const [was, now] = ((await affiliates.getByRole('cell').first().textContent()) ?? '').split(' → ').map((n) => Number(n.replace(/,/g, '')));
  assert.equal(was, 120);
  assert.ok((now ?? 0) > 120, `more affiliates in the split than the 120 now (${now})`);
  await result.getByRole('img', { name: /What each budget buys/ }).waitFor();
  // Done, the frontier so far gives way to the result's: all 20 budgets, and no status line of a run left.
  await p.getByRole('status').filter({ hasText: /^Frontier: / }).waitFor({ state: 'detached' });
  assert.equal(await result.getByRole('table', { name: 'What each budget buys' }).getByRole('row').count(), 21);
  await noAxeViolations(p, 'the Allocate view with a result');
  await p.screenshot({ path: `${SCREENSHOTS}/allocate-en-desktop.png`, fullPage: true });

  await result.getByRole('button', { name: 'Apply as new scenario' }).click();
  const name = `${STARTER} (allocated)`;
  await expectSelectedTab(p, name);
  // Added after the scenario it was made from, the last of the four.
  const tabs = await scenarioTabs(p).allTextContents();
  assert.equal(tabs.length, 4);
  assert.equal(tabs.at(-1), name);
  await p.getByText('This scenario was made from the recommended split.').waitFor();

  await openView(p, 'Compare');
  await p.getByRole('checkbox', { name }).waitFor();
  assert.ok(await p.getByRole('checkbox', { name }).isChecked());
  await p.getByRole('columnheader', { name }).first().waitFor();

  // Undo (Ctrl+Z) takes the new scenario away again.
  await p.keyboard.press('Control+z');
  await p.getByRole('checkbox', { name }).waitFor({ state: 'detached' });
  assertNoErrors(errors);
  await context.close();
});

test('a maximum set in the bounds table binds, and Apply to this scenario puts the split in (undoable)', async () => {
  const { page: p, errors, context } = await page();
  await openView(p, 'Allocate');
  await p.getByRole('textbox', { name: `Maximum creators of ${STARTER_AFFILIATES}` }).fill('150');
  const result = await allocate(p);
  // Both line items are micro creators on Instagram, so the sentence names the line item by its label.
  assert.deepEqual(await binding(result), [`The 150 available creators of “${STARTER_AFFILIATES}” limits this plan.`]);
  await result.getByRole('button', { name: 'Apply to this scenario' }).click();
  await p.getByText('This scenario now has the recommended creators.').waitFor();
  await openView(p, 'Plan');
  const card = p.getByRole('region', { name: STARTER_AFFILIATES, exact: true });
  assert.equal(await card.getByRole('spinbutton', { name: 'Creators' }).inputValue(), '150');
  await p.keyboard.press('Control+z');
  await card.getByRole('spinbutton', { name: 'Creators' }).and(p.locator('[aria-valuenow="120"]')).waitFor();
  assert.equal(await card.getByRole('spinbutton', { name: 'Creators' }).inputValue(), '120');
  assertNoErrors(errors);
  await context.close();
});

test('by keyboard: the view tabs’ arrows, Enter on the button, and the frontier’s points', async () => {
  const { page: p, errors, context } = await page();
  await p.getByRole('tab', { name: 'Sensitivity', exact: true }).click();
  await p.keyboard.press('ArrowRight');
  await p.getByRole('tab', { name: 'Allocate', exact: true, selected: true }).waitFor();
  await p.getByRole('button', { name: 'Allocate budget' }).focus();
  await p.keyboard.press('Enter');
  const result = p.getByRole('region', { name: 'The recommended split' });
  await result.getByRole('button', { name: 'Apply as new scenario' }).waitFor({ timeout: ALLOCATION_MS });
  await result.getByRole('group', { name: 'What each budget buys' }).focus();
  await p.keyboard.press('End');
  assert.match((await result.getByRole('status').last().textContent()) ?? '', /€14,000 · 200% of your budget/);
  assertNoErrors(errors);
  await context.close();
});

test('in Dutch the Allocate view and its answer show no English, and axe finds nothing', async () => {
  const { page: p, errors, context } = await page();
  await switchToDutch(p);
  await openView(p, 'Verdelen');
  const result = await allocate(p, 'nl');
  assert.deepEqual(await binding(result), ['Het budget begrenst dit plan.']);
  const findings = englishWords(await pageTexts(p));
  assert.deepEqual(findings, [], `English in Dutch mode:\n${findings.map((f) => `[${f.words.join(', ')}] ${f.where}`).join('\n')}`);
  await noAxeViolations(p, 'the Allocate view in Dutch');
  await p.screenshot({ path: `${SCREENSHOTS}/allocate-nl-desktop.png`, fullPage: true });
  assertNoErrors(errors);
  await context.close();
});

/** The right edge of what a locator finds, once it is on the page. */
async function rightEdge(locator: Locator): Promise<number> {
  await locator.waitFor();
  const box = await locator.boundingBox();
  assert.ok(box, 'laid out');
  return box.x + box.width;
}

for (const lang of ['en', 'nl'] as const) {
  test(`on a phone the view and its answer fit the screen (${lang})`, async () => {
    const { page: p, errors, context } = await page(PHONE);
    if (lang === 'nl') await switchToDutch(p);
    await openView(p, lang === 'en' ? 'Allocate' : 'Verdelen');
    const result = await allocate(p, lang);
    const wide = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(wide, 0, 'the page scrolls sideways');
    // Both tables show their rows as cards on a phone: the last field of each line item, and the
    // marginal value of one creator more, are on the screen, not cut off past its right edge.
    const maxima = p.getByRole('textbox', { name: lang === 'en' ? /^Maximum creators of / : /^Maximum aantal creators van / });
    const split = result.getByRole('table', { name: lang === 'en' ? /^The recommended creators per line item/ : /^De aanbevolen creators per regel/ });
    const rows = split.getByRole('row').filter({ has: p.getByRole('rowheader') });
    const count = await rows.count();
    assert.equal(await maxima.count(), count, 'a maximum field per line item of the split');
    assert.ok(count >= 2, `line items in the split (${count})`);
    for (let i = 0; i < count; i++) {
      assert.ok((await rightEdge(maxima.nth(i))) <= PHONE.width, `maximum field ${i + 1} within ${PHONE.width}px`);
      // The cells after the row header: creators, cost, profit contribution, one creator more, one fewer.
      const addOne = rows.nth(i).getByRole('cell').nth(3);
      assert.match((await addOne.textContent()) ?? '', / per /, 'the cell of one creator more');
      assert.ok((await rightEdge(addOne)) <= PHONE.width, `"one creator more" of line item ${i + 1} within ${PHONE.width}px`);
    }
    await noAxeViolations(p, `the Allocate view on a phone (${lang})`);
    await p.screenshot({ path: `${SCREENSHOTS}/allocate-${lang}-phone.png`, fullPage: true });
    assertNoErrors(errors);
    await context.close();
  });
}

test('a scenario without a budget says so and offers one', async () => {
  const { page: p, errors, context } = await page();
  await openView(p, 'Allocate');
  await p.getByRole('textbox', { name: 'Budget' }).fill('');
  await p.getByRole('heading', { name: 'This scenario has no budget yet' }).waitFor();
  assert.ok(await p.getByRole('button', { name: 'Allocate budget' }).isDisabled());
  await p.getByRole('button', { name: /^Use the plan’s cost as budget/ }).click();
  await p.getByRole('heading', { name: 'This scenario has no budget yet' }).waitFor({ state: 'detached' });
  assert.ok(await p.getByRole('button', { name: 'Allocate budget' }).isEnabled());
  assertNoErrors(errors);
  await context.close();
});

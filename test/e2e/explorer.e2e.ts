// The payment-structure explorer and the sensitivity view in Chromium: the equal-earnings terms a
// planner reads off the cards are the engine's, a structure becomes a scenario in one click, and the
// tornado draws its widest bar first. Screenshots at desktop and phone size go to test-results/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { equivalentStructures, expectedEarnings, saturationAlone } from '../../src/engine/paymentExplorer';
import { parseScenarioValue } from '../../src/engine/parse';
import { tornado } from '../../src/engine/sensitivity';
import { sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, newSession, openExample, openView, PHONE } from './helpers';

/** Downloads and pictures beside the screenshot folder; sharedBrowser() makes both. */
const OUT = 'test-results';
const EXAMPLE = 'Coffee subscription: nano gifting seeding';
const STORIES = 'Nano creators on Instagram (two stories + a feed post)';
const VIDEO = 'Nano creators on TikTok (one video)';

function example() {
  const parsed = parseScenarioValue(JSON.parse(readFileSync('scenarios/nano-gifting-seeding.json', 'utf8')));
  assert.ok(parsed.ok);
  return parsed.data.scenarios[0]!;
}

const browser = sharedBrowser();

/** The "Added … from …" notice floats over the content; a person dismisses it before looking, as screenshots.e2e.ts does. */
async function dismissNotice(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: /^(Dismiss|Verbergen)$/ });
  await dismiss.click();
  await dismiss.waitFor({ state: 'detached' });
}

const card = (page: Page, name: string) => page.getByRole('article', { name: new RegExp(`^${name}`) });

/** Waits until every feasible structure shows its simulated spread; call once the view has loaded. */
async function waitForRuns(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.textContent?.includes('simulating…') && document.querySelector('.explorer-charts.is-stale') === null, undefined, {
    timeout: 20_000,
  });
}

test('the explorer shows the equal-earnings CPS commission and turns it into a scenario', async () => {
  const scenario = example();
  // The Instagram group shares its niche audience: the explorer prices equal earnings on the orders
  // left after overlap, as the line item alone in that audience would have them.
  const item = scenario.lineItems[0]!;
  const saturation = saturationAlone(scenario, item);
  assert.ok(saturation < 1);
  const earnings = expectedEarnings(item, scenario.economics, saturation);
  const cps = equivalentStructures(item, scenario.economics, earnings, saturation).find((s) => s.kind === 'cps')!;
  const rate = `${(cps.payment!.commissionRate! * 100).toFixed(1)}%`;

  const { page, errors } = await newSession(browser());
  await openExample(page, new RegExp(EXAMPLE));
  await expectSelectedTab(page, new RegExp(EXAMPLE));
  await dismissNotice(page);
  await openView(page, 'Payments');
  const picker = page.getByRole('combobox', { name: 'Line item' });

  // The TikTok video earns too little in sales for any commission to pay what the gift does.
  await picker.selectOption({ label: VIDEO });
  await card(page, 'CPS').getByText(/more than all of the sales they bring in/).waitFor();

  await picker.selectOption({ label: STORIES });
  const terms = card(page, 'CPS').getByTestId('terms-cps');
  await terms.filter({ hasText: `${rate} commission` }).waitFor();
  await waitForRuns(page);
  await page.getByRole('img', { name: /Who carries the risk/ }).waitFor();
  await page.getByRole('img', { name: /Brand profit by conversion rate/ }).waitFor();
  await page.screenshot({ path: `${OUT}/explorer-desktop.png`, fullPage: true });

  await card(page, 'CPS').getByRole('button', { name: 'Create scenario with CPS' }).click();
  await expectSelectedTab(page, `${EXAMPLE} — CPS ${rate}`);
  assertNoErrors(errors);
});

test('the sensitivity view draws the widest swing first and says what must be true', async () => {
  const scenario = example();
  const widest = tornado(scenario).bars[0]!;
  const { page, errors } = await newSession(browser());
  await openExample(page, new RegExp(EXAMPLE));
  await expectSelectedTab(page, new RegExp(EXAMPLE));
  await dismissNotice(page);
  await openView(page, 'Sensitivity');
  const chart = page.getByRole('img', { name: /What moves profit most/ });
  await chart.waitFor();
  const first = chart.getByTestId('tornado-label').first();
  assert.equal(await first.textContent(), `${widest.lineItemLabel} · ${widest.kind.replace('Rate', ' rate')}`);
  const mustBeTrue = page.getByRole('region', { name: 'What must be true' });
  assert.match((await mustBeTrue.getByRole('listitem').first().textContent()) ?? '', /conversion rate/);
  await page.screenshot({ path: `${OUT}/sensitivity-desktop.png`, fullPage: true });
  assertNoErrors(errors);
});

test('both views fit a phone', async () => {
  const { page, errors } = await newSession(browser(), { viewport: PHONE });
  await openExample(page, new RegExp(EXAMPLE));
  await expectSelectedTab(page, new RegExp(EXAMPLE));
  await dismissNotice(page);
  await openView(page, 'Payments');
  await page.getByRole('combobox', { name: 'Line item' }).waitFor();
  await waitForRuns(page);
  await page.getByRole('img', { name: /Who carries the risk/ }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${OUT}/explorer-phone.png`, fullPage: true });
  await openView(page, 'Sensitivity');
  await page.getByRole('img', { name: /What moves profit most/ }).waitFor();
  await page.screenshot({ path: `${OUT}/sensitivity-phone.png`, fullPage: true });
  assertNoErrors(errors);
});

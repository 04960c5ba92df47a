// The planner's core loop in Chromium: move an input, see figures and charts follow, and the
// simulated range of outcomes catch up; open an example from the toolbar.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedBrowser } from './browser';
import { assertNoErrors, scenarioTabs, chartSummary, editorSection, expectSelectedTab, kpiText, kpiValue, lineItem, newSession, openExample, parseFigure, STARTER, STARTER_AFFILIATES, STARTER_ITEM, waitForSimulation } from './helpers';

const browser = sharedBrowser();

const FUNNEL = /^Conversion funnel/;
const COST_PROFIT = /^Cost and gross profit by line item/;
const HISTOGRAM = /^Range of profit outcomes/;

test('moving a slider updates the KPIs, the charts and then the simulated range', async () => {
  const { page, errors } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await waitForSimulation(page);
  const before = {
    profit: await kpiText(page, 'Profit'),
    conversions: await kpiText(page, 'Conversions'),
    loss: await kpiText(page, 'Chance of loss'),
    funnel: await chartSummary(page, FUNNEL),
    costProfit: await chartSummary(page, COST_PROFIT),
    histogram: await chartSummary(page, HISTOGRAM),
  };
  assert.match(before.loss, /%$/, 'the first simulation shows a chance of loss');

  // Five keyboard steps on the Creators slider of the hybrid's fee-paid creators: 10 → 15, as a person would nudge it.
  const card = lineItem(page, STARTER_ITEM);
  const slider = card.getByRole('slider', { name: 'Creators' });
  await slider.focus();
  for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
  assert.equal(await card.getByRole('spinbutton', { name: 'Creators' }).inputValue(), '15');

  // The point projection follows at once: waiting for the figure to differ, not for time.
  await kpiValue(page, 'Profit').filter({ hasNotText: before.profit }).waitFor();
  assert.notEqual(await kpiText(page, 'Conversions'), before.conversions);
  assert.notEqual(await chartSummary(page, FUNNEL), before.funnel, 'the funnel chart shows the new counts');
  assert.notEqual(await chartSummary(page, COST_PROFIT), before.costProfit, 'the cost/profit chart shows the new amounts');

  // The Monte Carlo run catches up: the histogram is redrawn for the new inputs.
  await waitForSimulation(page);
  const histogram = await chartSummary(page, HISTOGRAM);
  assert.match(histogram, /10,000 simulated trials/);
  assert.notEqual(histogram, before.histogram, 'the distribution is redrawn for 15 creators');
  assert.match(await kpiText(page, 'Chance of loss'), /%$/);
  assertNoErrors(errors);
});

test('typing an exact value in the paired field moves the figures too', async () => {
  const { page, errors } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  const before = await kpiText(page, 'Conversions');
  // Both line items of the hybrid, so that every conversion comes from doubled followers.
  let shown = before;
  for (const item of [STARTER_ITEM, STARTER_AFFILIATES]) {
    const followers = lineItem(page, item).getByRole('spinbutton', { name: 'Followers' });
    await followers.fill(String(parseFigure(await followers.inputValue()) * 2));
    await kpiValue(page, 'Conversions').filter({ hasNotText: shown }).waitFor();
    shown = await kpiText(page, 'Conversions');
  }
  // Conversions are proportional to followers in the typical case: twice the followers, twice the conversions.
  const ratio = parseFigure(await kpiText(page, 'Conversions')) / parseFigure(before);
  assert.ok(Math.abs(ratio - 2) < 0.01, `conversions went from ${before} to ${await kpiText(page, 'Conversions')}`);
  assertNoErrors(errors);
});

test('opening an example adds it as a tab and shows its line items', async () => {
  const { page, errors } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  const tabs = await scenarioTabs(page).count();
  await openExample(page, /Sustainable fashion: CPS affiliate program/);
  await expectSelectedTab(page, /Sustainable fashion: CPS affiliate program/);
  const items = editorSection(page, 'Line items').getByRole('region');
  await items.first().waitFor();
  assert.equal(await items.count(), 4, 'the example has four line items');
  assert.equal(await page.getByRole('textbox', { name: 'Scenario name' }).inputValue(), 'Sustainable fashion: CPS affiliate program');
  // The first-visit scenarios are still there, as other tabs.
  assert.equal(await scenarioTabs(page).count(), tabs + 1);
  await waitForSimulation(page);
  assertNoErrors(errors);
});

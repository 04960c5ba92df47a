// The figures agree with each other in Chromium: the typical case and the median outcome are named
// apart, a seven-digit KPI is compact instead of clipped at desktop and phone widths, a gift +
// commission hybrid shows its own terms, and Sensitivity says which break-even is the campaign's.
// Screenshots go to test-results/screenshots/wording-*.png for a person to look at.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, sharedBrowser } from './browser';
import { assertNoErrors, DESKTOP, expectSelectedTab, newSession, openView, PHONE, STARTER, waitForSimulation } from './helpers';
import { switchToDutch } from './views';

const NAME = 'Big gift + commission plan';

/** The SPEC example with 100 creators each gifted €15,025 and paid 15% commission: €1,502,500 of gifts. */
function bigPlan(): string {
  const s = JSON.parse(readFileSync('scenarios/hybrid-micro-tiktok.json', 'utf8')) as {
    name: string; simulation: { trials: number }; lineItems: { creators: number; payment: unknown }[];
  };
  s.name = NAME;
  s.simulation.trials = 2000;
  s.lineItems[0]!.creators = 100;
  s.lineItems[0]!.payment = { model: 'hybrid', giftCost: 15025, commissionRate: 0.15 };
  return JSON.stringify(s);
}

const browser = sharedBrowser();

async function openBigPlan(page: Page): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open file…' }).click()]);
  await chooser.setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(bigPlan()) });
  await expectSelectedTab(page, NAME);
  await waitForSimulation(page);
}

/** KPI figures whose text is wider than their box: what a reader would see clipped. */
async function clippedFigures(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.kpi-value')].filter((v) => v.scrollWidth > v.clientWidth + 1).map((v) => v.textContent ?? ''),
  );
}

for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`a seven-digit cost is compact, with its full value named, and nothing is clipped on a ${device}`, async () => {
    // Opened at desktop width, where the toolbar shows "Open file…", then looked at in the device's width.
    const { page, errors, context } = await newSession(browser());
    await openBigPlan(page);
    await page.setViewportSize(viewport);
    const cost = page.locator('[data-kpi="cost"] .kpi-value');
    // Gifts 100 × €15,025 = €1,502,500, plus the €2,500 overhead and a few hundred euros of
    // commission: €1,505,xxx, seven digits, which reads €1.51M to three significant digits.
    const full = (await cost.getAttribute('title')) ?? '';
    assert.match(full, /^€1,505,\d\d\d$/);
    assert.match((await cost.locator('[aria-hidden="true"]').textContent()) ?? '', /^€1\.51M$/i);
    assert.deepEqual(await clippedFigures(page), []);
    await page.getByRole('region', { name: 'Money · typical case' }).waitFor();
    assert.match((await page.getByRole('region', { name: 'Risk in plain words' }).textContent()) ?? '', /Profit in the median outcome -?\u2060?€/);
    await page.locator('.kpi-groups').screenshot({ path: `${SCREENSHOTS}/wording-kpis-${device}.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/wording-plan-${device}.png` });
    assertNoErrors(errors);
    await context.close();
  });
}

/** KPI labels whose words are wider than their card: cut off at the edge. */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.kpi-label')].filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent ?? ''),
  );
}

test('Dutch KPI labels break rather than clip: "Terugverdientijd" on a 150 px card at desktop and phone widths', async () => {
  const { page, errors, context } = await newSession(browser());
  await expectSelectedTab(page, STARTER);
  await switchToDutch(page);
  await page.locator('.kpi-label').filter({ hasText: /^Terugverdientijd$/i }).waitFor();
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    assert.deepEqual(await clippedLabels(page), [], `at ${viewport.width} px`);
  }
  assertNoErrors(errors);
  await context.close();
});

test('Payments shows the gift + commission hybrid by its own terms and split, before overheads', async () => {
  const { page, errors, context } = await newSession(browser());
  await openBigPlan(page);
  await openView(page, 'Payments');
  const hybrid = page.getByRole('article', { name: /^Hybrid/ });
  assert.equal(((await hybrid.getByTestId('terms-hybrid').textContent()) ?? '').trim(), '€15,025 gift per creator + 15% commission');
  await hybrid.getByText(/^[\d.]+% as a gift and [\d.]+% as commission$/).waitFor();
  await hybrid.getByText('Brand profit before overheads, P5–P95').waitFor();
  await page.getByText(/before the campaign’s €2,500 of overheads\./).waitFor();
  await page.getByRole('img', { name: /Who carries the risk/ }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: `${SCREENSHOTS}/wording-payments-desktop.png`, fullPage: true });
  assertNoErrors(errors);
  await context.close();
});

test('Sensitivity says which break-even is the campaign’s, with its overheads, and which the line item’s', async () => {
  const { page, errors, context } = await newSession(browser());
  await openBigPlan(page);
  await openView(page, 'Sensitivity');
  const must = page.getByRole('region', { name: 'What must be true' });
  await must.getByRole('heading', { name: 'The whole campaign: payouts and €2,500 of overheads' }).waitFor();
  await must.getByRole('heading', { name: 'Each line item on its own: its payouts only, overheads not included' }).waitFor();
  const sentences = await must.getByRole('listitem').allTextContents();
  assert.match(sentences[0] ?? '', /^The campaign (loses money|breaks even|just breaks even|makes money)/);
  assert.ok(sentences.slice(1).every((s) => s.startsWith('Micro creators on TikTok: ')), sentences.join(' | '));
  await page.screenshot({ path: `${SCREENSHOTS}/wording-sensitivity-desktop.png`, fullPage: true });
  assertNoErrors(errors);
  await context.close();
});

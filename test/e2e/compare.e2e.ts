import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Download, Locator, Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, FIRST_VISIT, newSession, openExample, openView, parseFigure } from './helpers';

/** Downloads and pictures beside the screenshot folder; sharedBrowser() makes both. */
const OUT = 'test-results';
const EXAMPLES = [/Sustainable fashion: CPS affiliate program/, /Sunscreen launch: macro awareness push/, /Coffee subscription: nano gifting/];

const browser = sharedBrowser();

async function saved(download: Promise<Download>): Promise<{ name: string; text: string }> {
  const file = await download;
  const path = `${OUT}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Waits until every compared scenario has its chance of beating the baseline (the runs have ended). */
async function waitForComparison(page: Page): Promise<void> {
  const beats = page.getByRole('region', { name: 'Chance of beating the baseline on profit' });
  await beats.waitFor();
  await page.waitForFunction(() => {
    const region = document.querySelector('.compare-beats');
    return region !== null && !region.textContent?.includes('simulating') && document.querySelector('.compare-status')?.textContent === '';
  }, undefined, { timeout: 30_000 });
}

/** The index among a row's cells of the column headed by `match` (the first column names the metrics). */
async function columnOf(table: Locator, match: (heading: string) => boolean): Promise<number> {
  const index = (await table.getByRole('columnheader').allTextContents()).findIndex(match) - 1;
  assert.ok(index >= 0, 'no such column');
  return index;
}

test('a first visit compares its three ways to spend the same budget at once', async () => {
  const { page, errors } = await newSession(browser());
  await openView(page, 'Compare');
  await page.getByRole('heading', { name: 'Compare scenarios' }).waitFor();
  for (const name of FIRST_VISIT.slice(1)) assert.ok(await page.getByRole('checkbox', { name }).isChecked());
  await waitForComparison(page);
  const beats = (await page.getByRole('region', { name: 'Chance of beating the baseline on profit' }).textContent()) ?? '';
  assert.match(beats, /Same budget: fixed fees is the baseline/);
  assert.match(beats, /Same budget: hybrid: [\d.]+% chance of more profit than the baseline/);
  assertNoErrors(errors);
});

test('compare three examples with the first-visit workspace: deltas, odds of beating the baseline, CSV and SVG downloads', async () => {
  const { page, errors } = await newSession(browser());
  for (const name of EXAMPLES) {
    await openExample(page, name);
    await expectSelectedTab(page, name);
  }
  await openView(page, 'Compare');
  await page.getByRole('heading', { name: 'Compare scenarios' }).waitFor();

  // The first-visit baseline stays the baseline and every example is ticked by name.
  for (const name of EXAMPLES) assert.ok(await page.getByRole('checkbox', { name }).isChecked());
  await waitForComparison(page);

  // Read a delta: the cost of the CPS program against the baseline's, both as shown in the table.
  const table = page.getByRole('table').filter({ hasText: 'Typical-case figures per scenario' });
  const costRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Cost/ }) });
  const cells = costRow.getByRole('cell');
  const base = cells.nth(await columnOf(table, (h) => h.includes('(baseline)')));
  const cps = cells.nth(await columnOf(table, (h) => EXAMPLES[0]!.test(h)));
  const baseCost = parseFigure(((await base.locator('.compare-value').textContent()) ?? '').trim());
  const cpsCost = parseFigure(((await cps.locator('.compare-value').textContent()) ?? '').trim());
  const delta = ((await cps.locator('.compare-delta').textContent()) ?? '').trim();
  const match = /vs baseline: ([+-]?[^ ]+) \(/.exec(delta);
  assert.ok(match, `no delta in "${delta}"`);
  assert.ok(Math.abs(parseFigure(match[1]!) - (cpsCost - baseCost)) <= 1, `delta ${delta} is not ${cpsCost} − ${baseCost}`);
  assert.ok((await table.getByText('★ best').count()) > 0);

  const beats = page.getByRole('region', { name: 'Chance of beating the baseline on profit' });
  assert.match((await beats.textContent()) ?? '', /Sustainable fashion: CPS affiliate program: [\d.]+% chance of more profit than the baseline/);

  await page.screenshot({ path: `${OUT}/compare-view.png`, fullPage: true });

  const csv = await saved(Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download results (CSV)' }).click()]).then(([d]) => d));
  const lines = csv.text.trim().split('\n');
  assert.match(lines[0] ?? '', /^scenario,currency,level,lineItemId,lineItem,impressions/);
  assert.ok(lines.some((l) => l.startsWith('Sustainable fashion: CPS affiliate program,EUR,campaign,')));
  assert.ok(lines.filter((l) => l.includes(',lineItem,')).length >= 4, 'one row per scenario and line item');
  // Figures are plain numbers: no currency sign, NaN or Infinity. Read from the end of a row, as labels may hold commas or "€".
  const header = (lines[0] ?? '').split(',');
  const figureCount = header.length - header.indexOf('impressions');
  for (const line of lines.slice(1)) {
    for (const cell of line.split(',').slice(-figureCount)) assert.match(cell, /^(-?\d+(\.\d+)?(e[+-]?\d+)?)?$/, line);
  }

  const title = 'Cost, profit, conversions and CPA';
  const svg = await saved(
    Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download SVG of “${title}”` }).click()]).then(([d]) => d),
  );
  assert.equal(svg.name, 'cost-profit-conversions-and-cpa.svg');
  assert.ok(svg.text.startsWith('<svg'));
  assert.ok(svg.text.includes(title));
  assert.ok(!svg.text.includes('var('), 'colours are inlined');

  const png = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download PNG of “${title}”` }).click()]).then(([d]) => d);
  const pngPath = `${OUT}/${png.suggestedFilename()}`;
  await png.saveAs(pngPath);
  assert.deepEqual([...readFileSync(pngPath).subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');

  await page.getByRole('combobox', { name: 'Scenario for the Monte Carlo samples' }).selectOption({ label: 'Sustainable fashion: CPS affiliate program' });
  const samples = await saved(
    Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Monte Carlo samples (CSV)' }).click()]).then(([d]) => d),
  );
  const sampleLines = samples.text.trim().split('\n');
  assert.equal(sampleLines[0], 'trial,impressions,reach,clicks,conversions,netRevenue,cost,profit,roi,payout');
  assert.equal(sampleLines.length, 10_000 + 1);

  assertNoErrors(errors);
});

test('present mode prints the comparison as a landscape PDF', async () => {
  const { page, errors } = await newSession(browser());
  for (const name of EXAMPLES.slice(0, 2)) await openExample(page, name);
  await openView(page, 'Present');
  await page.getByRole('heading', { level: 1, name: 'Campaign plan comparison' }).waitFor();
  await page.getByRole('button', { name: 'Print / Save as PDF' }).waitFor();
  const risks = page.getByRole('region', { name: 'What could go wrong' });
  await risks.getByText(/Profit in the median outcome/).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.present-risks')?.textContent?.includes('still being simulated'), undefined, { timeout: 30_000 });
  assert.match((await risks.textContent()) ?? '', /chance of losing money|simulated outcomes loses money/);
  await page.screenshot({ path: `${OUT}/present-view.png`, fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${OUT}/present-print-media.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  writeFileSync(`${OUT}/present-report.pdf`, pdf);
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1, 'the PDF has pages');
  assertNoErrors(errors);
});

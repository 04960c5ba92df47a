// The Present report as a CFO gets it: the planner's title, author and company, a summary in plain
// words, each option's terms, and a PDF with page numbers (its pages land in test-results/ as report.pdf).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { SCREENSHOTS, sharedBrowser } from './browser';
import { assertNoErrors, newSession, openView } from './helpers';

/** Downloads and pictures beside the screenshot folder; sharedBrowser() makes both. */
const OUT = 'test-results';
const browser = sharedBrowser();

test('the report carries its title, summary and options, survives a reload, undoes, and prints with page numbers', async () => {
  const { page, errors, context } = await newSession(browser());
  await openView(page, 'Present');
  await page.getByRole('textbox', { name: 'Report title' }).fill('Q3 creator budget: three ways to spend €6,000');
  await page.getByRole('textbox', { name: 'Author' }).fill('Anna de Vries');
  await page.getByRole('textbox', { name: 'Company' }).fill('Acme Skincare');
  await page.getByRole('textbox', { name: 'Company' }).press('Tab');
  await page.getByRole('heading', { level: 1, name: 'Q3 creator budget: three ways to spend €6,000' }).waitFor();

  const summary = page.getByRole('region', { name: 'Summary' });
  await summary.getByText(/wins on expected profit/).waitFor({ timeout: 60_000 });
  const text = (await summary.textContent()) ?? '';
  assert.match(text, /(on average over the simulated outcomes).*(chance of a loss is [\d.]+%)\..*(The money (comes back in week \d+|does not come back))/);
  const options = page.getByRole('region', { name: 'The options', exact: true });
  assert.match((await options.textContent()) ?? '', /Micro.*Instagram.*× \d+ posts.*per post/);
  await page.screenshot({ path: `${SCREENSHOTS}/present-report.png`, fullPage: true });

  // Undo takes the company back, redo restores it; a reload keeps all three.
  await page.keyboard.press('Control+z');
  await page.getByText(/^Prepared by Anna de Vries on/).waitFor();
  await page.keyboard.press('Control+Shift+z');
  await page.getByText(/^Prepared by Anna de Vries, Acme Skincare on/).waitFor();
  await page.reload();
  await openView(page, 'Present');
  await page.getByRole('heading', { level: 1, name: 'Q3 creator budget: three ways to spend €6,000' }).waitFor();
  await page.getByRole('region', { name: 'Summary' }).getByText(/wins on expected profit/).waitFor({ timeout: 60_000 });

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(`${OUT}/report.pdf`, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2 && pages <= 4, `${pages} pages`);
  assertNoErrors(errors);
  await context.close();
});

test('a downloaded chart PNG carries its title and the scenarios of its legend', async () => {
  const { page, errors, context } = await newSession(browser());
  await openView(page, 'Compare');
  const title = 'Profit distributions, overlaid';
  await page.getByRole('img', { name: title }).waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download PNG of “${title}”` }).click()]);
  const path = `${SCREENSHOTS}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  const png = readFileSync(path);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  // IHDR: width and height at bytes 16 and 20. At 2×: the drawing's 320 px, the 32 px title band
  // and at least one 24 px legend row make at least 2 × 376 px.
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.ok(height >= 2 * (320 + 32 + 24), `${width}×${height}`);
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download SVG of “${title}”` }).click()]);
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  for (const name of ['Same budget: fixed fees', 'Same budget: commission only (CPS)', 'Same budget: hybrid']) assert.ok(svg.includes(`>${name} (P50`), `${name} in the legend`);
  assertNoErrors(errors);
  await context.close();
});

// Hostile files in Chromium: a meta nested 5,000 levels deep and amounts of 1e308 are refused
// with a line naming each problem, in English and in Dutch, and the work stays savable.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { assertNoErrors, newSession, scenarioTabs } from './helpers';

const browser = sharedBrowser();

/** The example scenario with a 5,000-level `meta` and a fee of 1e308, as text: JSON.stringify could not write it. */
async function hostileFile(): Promise<Buffer> {
  const doc = JSON.parse(await readFile('scenarios/hybrid-micro-tiktok.json', 'utf8')) as Record<string, unknown> & {
    lineItems: { payment: Record<string, unknown> }[];
  };
  delete doc.meta;
  doc.lineItems[0]!.payment.feePerPost = 1e308;
  const deep = '{"a":'.repeat(4999) + '{}' + '}'.repeat(4999);
  return Buffer.from(JSON.stringify(doc).replace(/}$/, `,"meta":${deep}}`));
}

async function open(page: Page, button: string, name: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: await hostileFile() });
}

test('a 5,000-level meta and a fee of 1e308 are refused line by line, and the workspace still saves', async () => {
  const { page, errors } = await newSession(browser());
  const tabs = await scenarioTabs(page).count();
  await open(page, 'Open file…', 'deep.json');
  const dialog = page.getByRole('dialog', { name: 'deep.json could not be opened' });
  await dialog.waitFor();
  assert.deepEqual(await dialog.getByRole('listitem').allTextContents(), [
    'lineItems[0].payment.feePerPost: must be at most 1000000000000 (got 1e+308)',
    'meta: nests deeper than 20 levels',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await scenarioTabs(page).count(), tabs);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save workspace' }).click()]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { scenarios: unknown[] };
  assert.equal(saved.scenarios.length, tabs);
  assertNoErrors(errors);
});

test('in Dutch the same file is refused in Dutch', async () => {
  const { page, errors } = await newSession(browser());
  await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await open(page, 'Bestand openen…', 'diep.json');
  const dialog = page.getByRole('dialog', { name: 'diep.json kon niet worden geopend' });
  await dialog.waitFor();
  assert.deepEqual(await dialog.getByRole('listitem').allTextContents(), [
    'lineItems[0].payment.feePerPost: mag hoogstens 1.000.000.000.000 zijn (gevonden: 1e+308)',
    'meta: is dieper genest dan 20 niveaus',
  ]);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await dialog.waitFor({ state: 'detached' });
  assertNoErrors(errors);
});

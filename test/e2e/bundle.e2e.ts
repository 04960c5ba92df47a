// The initial JavaScript stays within issue 3's budget, and what was moved out of it arrives when needed:
// the Dutch words before a Dutch first paint (no flash of English), the views' code and words when opened.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { bundleSizes, INITIAL_JS_BUDGET } from '../../bench/bundleSizes.mjs';
import { BASE_URL, launchBrowser } from './browser';
import { openView } from './helpers';

const DIST = process.env.E2E_DIST ?? 'dist';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

let browser: Browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser.close(); });

/** The scripts the page fetched so far, by file name. */
const scripts = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop() ?? '').filter((name) => name.endsWith('.js')));

test('the JavaScript index.html loads is within 150 kB gzip', () => {
  const { initial } = bundleSizes(DIST);
  const total = initial.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const listing = initial.map((c) => `${c.path} ${kB(c.gzip)}`).join(', ');
  assert.ok(initial.length > 0, `no scripts found in ${DIST}/index.html`);
  assert.ok(total <= INITIAL_JS_BUDGET, `initial JavaScript is ${kB(total)} gzip, over ${kB(INITIAL_JS_BUDGET)}: ${listing}`);
  // The Dutch words, the lazily loaded views' words and lz-string are not part of it.
  assert.ok(!initial.some((c) => /\/(nl|allocate|present|sensitivity|examples|lz-string)-[\w-]+\.js$/.test(c.path)), listing);
});

test('an English first visit fetches no Dutch, and a view brings its own words when opened', async () => {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.getByRole('heading', { name: 'Range of profit outcomes' }).waitFor();
  const loaded = await scripts(page);
  // Nor lz-string: only writing an autosave or making a link needs it, and a first look writes nothing.
  assert.ok(!loaded.some((name) => /^(nl|AllocatePanel|PresentReport|SensitivityPanel|examples|lz-string)-/.test(name)), loaded.join(', '));
  await openView(page, 'Allocate');
  await page.getByRole('button', { name: 'Allocate budget', exact: true }).waitFor();
  assert.ok((await scripts(page)).some((name) => name.startsWith('AllocatePanel-')));
  await context.close();
});

test('a Dutch first visit paints Dutch from the first frame, with no English in between', async () => {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
  // Every text the page ever shows, recorded as it appears, before the app's code runs.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => seen.push(document.body?.innerText ?? '')).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.getByRole('heading', { name: 'Spreiding van de winst' }).waitFor();
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  assert.ok(seen.some((text) => text.includes('Resultaten')));
  const english = seen.filter((text) => /\b(Results|Save workspace|Line items|Loading the charts)\b/.test(text));
  assert.deepEqual(english, [], 'English shown during a Dutch first load');
  assert.ok((await scripts(page)).some((name) => name.startsWith('nl-')));
  await context.close();
});

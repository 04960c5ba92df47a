import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; tools that download their own browser do not work on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';

/** Where the screenshots for a person to look at land (README), made by `sharedBrowser`. */
export const SCREENSHOTS = 'test-results/screenshots';

/**
 * One Chromium for the tests of a file: launched before the first, with the screenshot folder
 * made, and closed after the last. It exists only once `before` has run, so the file gets a
 * getter to call inside its tests.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => { await browser?.close(); });
  return () => {
    if (browser === undefined) throw new Error('the browser is launched in before(): call this inside a test');
    return browser;
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh page that records console errors and uncaught exceptions, so tests can insist on none. */
export async function openPage(browser: Browser, path = '', viewport = { width: 1440, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(BASE_URL + path);
  return { page, errors };
}

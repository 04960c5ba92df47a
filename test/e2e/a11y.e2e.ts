// axe-core on every view, in English and Dutch, at desktop and phone size, with the menus and the
// file error dialog open as well: no violations of WCAG 2 A/AA or axe's best practices.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe';
import { sharedBrowser } from './browser';
import { assertNoErrors, DESKTOP, expectSelectedTab, newSession, PHONE, STARTER } from './helpers';
import { openEveryView, switchToDutch, VIEW_NAMES, type Lang } from './views';

const browser = sharedBrowser();

/** Every place axe found something, so one run reports all of them rather than the first. */
async function collectViolations(page: Page, found: string[], where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) found.push(`axe on ${where}:\n${describeViolations(violations)}`);
}

/** Opens the file picker as a person does (the toolbar button, or "More" on a phone) and picks a file that does not validate. */
async function openFileFromToolbar(page: Page, lang: Lang, phone: boolean, found: string[]): Promise<void> {
  const name = lang === 'en' ? 'Open file…' : 'Bestand openen…';
  const chooser = page.waitForEvent('filechooser');
  if (phone) {
    await page.getByRole('button', { name: lang === 'en' ? 'More' : 'Meer' }).click();
    await page.getByRole('menuitem', { name }).waitFor();
    await collectViolations(page, found, `the More menu (${lang}, phone)`);
    await page.getByRole('menuitem', { name }).click();
  } else await page.getByRole('button', { name }).click();
  await (await chooser).setFiles(INVALID_FILE);
}

const INVALID_FILE = { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, scenarios: [{ name: 'x' }] })) };

for (const lang of ['en', 'nl'] as const satisfies readonly Lang[]) {
  for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`axe finds nothing on any view in ${lang} on a ${device}`, async () => {
      const { page, errors, context } = await newSession(browser(), { viewport, ...(device === 'phone' && { isMobile: true, hasTouch: true }) });
      await expectSelectedTab(page, STARTER);
      const found: string[] = [];
      if (lang === 'nl') await switchToDutch(page);
      await openEveryView(page, lang, (view) => collectViolations(page, found, `${view} (${lang}, ${device})`));

      await page.getByRole('tab', { name: VIEW_NAMES[lang].plan, exact: true }).click();
      const examples = page.getByRole('button', { name: lang === 'en' ? /^Examples/ : /^Voorbeelden/ });
      await examples.click();
      await page.getByRole('menuitem').first().waitFor();
      await collectViolations(page, found, `the examples menu (${lang}, ${device})`);
      await page.keyboard.press('Escape');

      await openFileFromToolbar(page, lang, device === 'phone', found);
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await collectViolations(page, found, `the file error dialog (${lang}, ${device})`);
      await dialog.getByRole('button').click();
      assert.deepEqual(found, []);
      assertNoErrors(errors);
      await context.close();
    });
  }
}

// Screenshots of the planner on a laptop and a phone, in English and Dutch, for a person to look
// at (test-results/screenshots/, not committed). The test also checks what a screenshot would
// show as broken: a page wider than the phone, or a chart drawn wider than its card.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, DESKTOP, newSession, openExample, openView, PHONE, STARTER, STARTER_NL, waitForSimulation } from './helpers';

const browser = sharedBrowser();

/** Elements that stick out of the viewport's width or of their chart card, described for the failure message. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure svg[role="img"]')) {
      const card = svg.closest('figure')?.getBoundingClientRect();
      const box = svg.getBoundingClientRect();
      if (card && box.right > card.right + 1) out.push(`chart "${svg.querySelector('title')?.textContent}" is ${Math.round(box.width)}px wide in a ${Math.round(card.width)}px card`);
    }
    return out;
  });
}

/**
 * A full-page screenshot plus slices of it two screens tall: a whole phone page is too tall to
 * read when an image viewer scales it down.
 */
async function fullPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-full.png`, fullPage: true });
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  const slice = Math.min(height, page.viewportSize()?.height ?? 900) * 2;
  for (let y = 0, i = 1; y < height; y += slice, i++) {
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-part${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(slice, height - y) } });
  }
}

for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  for (const lang of ['en', 'nl'] as const) {
    test(`the planner on a ${device} (${viewport.width}×${viewport.height}) in ${lang === 'en' ? 'English' : 'Dutch'} fits its screen`, async () => {
      const { page, errors, context } = await newSession(browser(), { viewport, ...(device === 'phone' && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }) });
      if (lang === 'nl') {
        await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Nederlands' });
        await page.locator('html[lang="nl"]').waitFor({ state: 'attached' });
      }
      // The first screen: the first-visit workspace with its hybrid selected (in Dutch once switched).
      await expectSelectedTab(page, lang === 'en' ? STARTER : STARTER_NL);
      await waitForSimulation(page);
      const name = `${lang}-${device}-${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
      await fullPage(page, name);
      assert.deepEqual(await overflowing(page), []);

      // The largest example (four line items) stresses the charts and the table.
      // In Dutch mode the example is listed, and opens, by its Dutch name.
      const largest = lang === 'en' ? /Sustainable fashion/ : /Duurzame mode/;
      await openExample(page, largest);
      await expectSelectedTab(page, largest);
      // The "added from …" notice floats over the figures; a person would dismiss it before looking.
      const dismiss = page.getByRole('button', { name: /^(Dismiss|Verbergen)$/ });
      await dismiss.click();
      await dismiss.waitFor({ state: 'detached' });
      await waitForSimulation(page);
      await fullPage(page, `${name}-largest`);
      assert.deepEqual(await overflowing(page), []);
      assertNoErrors(errors);
      await context.close();
    });
  }
}

/** Each view and a heading that shows it has rendered. */
const VIEWS = [
  ['Compare', 'Compare scenarios'],
  ['Payments', 'Payment structures'],
  ['Sensitivity', 'Sensitivity'],
  ['Allocate', 'Allocate the budget'],
  ['Present', 'Campaign plan comparison'],
] as const;

for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`every view fits a ${device} (${viewport.width}×${viewport.height})`, async () => {
    const { page, errors, context } = await newSession(browser(), { viewport, ...(device === 'phone' && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }) });
    await expectSelectedTab(page, STARTER);
    for (const [tab, heading] of VIEWS) {
      await openView(page, tab);
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      // Charts appear once the views' simulations are back; every figure has its drawing then.
      await page.waitForFunction(() => [...document.querySelectorAll('figure')].every((f) => f.querySelector('svg[role="img"]')));
      await fullPage(page, `en-${device}-${viewport.width}x${viewport.height}-${tab.toLowerCase()}`);
      assert.deepEqual(await overflowing(page), [], `${tab} on a ${device}`);
    }
    assertNoErrors(errors);
    await context.close();
  });
}

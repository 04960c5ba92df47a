// The Content-Security-Policy of the built page: it is there, the app runs under it without a single
// violation (worker, lazy views, examples, chart downloads), and it refuses injected script and eval.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Download, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/csp';
import { BASE_URL, sharedBrowser } from './browser';
import { assertNoErrors, DESKTOP, openExample, waitForSimulation, watchErrors } from './helpers';
import { openEveryView } from './views';

const browser = sharedBrowser();

/** Every `securitypolicyviolation` the page reports, recorded from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

test('the built page carries the policy and no inline script', async () => {
  const html = await (await fetch(BASE_URL)).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  assert.ok(meta, 'a CSP <meta> in index.html');
  assert.equal(meta[1]!.replace(/&#39;/g, "'"), CONTENT_SECURITY_POLICY);
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy comes before the first script, so it governs it');
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  assert.ok(scripts.length > 0);
  for (const tag of scripts) assert.match(tag, /\bsrc="/, `an inline script: ${tag}`);
  assert.doesNotMatch(html, /\son[a-z]+="/, 'no inline event handler attributes');
});

test('the app runs under the policy without a violation, and refuses injected script and eval', async () => {
  const context = await browser().newContext({ viewport: DESKTOP, acceptDownloads: true });
  const page = await context.newPage();
  const violations = await recordViolations(page);
  const consoleErrors = watchErrors(page);
  await page.goto(BASE_URL);
  await page.getByRole('heading', { level: 1 }).waitFor();

  // The Monte Carlo worker (worker-src) and every lazily loaded view (script-src) under the policy.
  await waitForSimulation(page);
  await openEveryView(page, 'en', async () => {});
  // Chart downloads draw the SVG into an image from a data: URL (img-src) and save a blob.
  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
  const svg = await download(page, 'Download SVG of “Cumulative cash flow by week”');
  const svgText = await readFile(await svg.path(), 'utf8');
  assert.match(svgText, /^<svg/);
  assert.doesNotMatch(svgText, /var\(/, 'colours are inlined as attributes');
  const png = await download(page, 'Download PNG of “Cumulative cash flow by week”');
  assert.equal((await readFile(await png.path())).subarray(1, 4).toString('latin1'), 'PNG');
  // The examples come from the page's own origin (connect-src / script-src).
  await openExample(page, /^Coffee subscription: nano gifting seeding/);
  await page.getByRole('tab', { name: /^Coffee subscription: nano gifting seeding/, selected: true }).waitFor();

  assert.deepEqual(await violations(), [], 'no CSP violation while the app is used');
  assertNoErrors(consoleErrors);

  const injected = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.handlerRan = true');
    handler.src = 'data:,not-an-image';
    document.body.append(handler);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => { handler.addEventListener('error', resolve); if (handler.complete) resolve(null); });
    const w = window as unknown as { injectedRan?: boolean; handlerRan?: boolean };
    return { script: w.injectedRan === true, handler: w.handlerRan === true };
  });
  assert.deepEqual(injected, { script: false, handler: false }, 'injected inline script and handlers do not run');

  // Run from a timer, as page code would: DevTools' own evaluation is exempt from the policy.
  const evalOutcome = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        setTimeout(() => {
          const outcomes: string[] = [];
          try { outcomes.push(String(eval('1 + 1'))); } catch (e) { outcomes.push((e as Error).name); }
          try { outcomes.push(String(new Function('return 2')())); } catch (e) { outcomes.push((e as Error).name); }
          resolve(outcomes);
        }, 0),
      ),
  );
  assert.deepEqual(evalOutcome, ['EvalError', 'EvalError'], 'eval and new Function throw');

  const refused = await violations();
  assert.ok(refused.some((v) => v.startsWith('script-src-elem inline')), `the injected script was refused: ${refused.join(', ')}`);
  assert.ok(refused.some((v) => v.startsWith('script-src-attr inline')), `the injected handler was refused: ${refused.join(', ')}`);
  assert.ok(refused.some((v) => v.startsWith('script-src eval')), `eval was refused: ${refused.join(', ')}`);
  await context.close();
});

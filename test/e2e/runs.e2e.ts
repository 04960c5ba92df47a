// A heavy plan in Chromium: 100 line items at 1,000,000 trials. Before it runs, the app gives an
// estimate and asks; once started it shows honest progress, stays usable, and Cancel really stops
// the worker (it is terminated, or says 'stopped', and sends nothing more of that run), in Plan and in Compare.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
import { assertNoErrors, expectSelectedTab, newSession, openView } from './helpers';

const browser = sharedBrowser();

const HEAVY_TRIALS = 1_000_000;

async function heavyPlan(): Promise<Buffer> {
  const doc = JSON.parse(await readFile('scenarios/hybrid-micro-tiktok.json', 'utf8')) as { name: string; simulation: { trials: number }; lineItems: { id: string; label: string }[] };
  const items = doc.lineItems;
  doc.name = 'Heavy plan';
  doc.simulation.trials = HEAVY_TRIALS;
  doc.lineItems = Array.from({ length: 100 }, (_, i) => ({ ...(items[i % items.length] as (typeof items)[number]), id: `li-${i}`, label: `Line ${i + 1}` }));
  return Buffer.from(JSON.stringify(doc));
}

/**
 * Records what the page sends its task workers and what comes back, per simulation task. A task
 * has stopped when its worker says so (a dropped task) or when its worker is terminated (Cancel):
 * a terminated worker computes nothing more and can send nothing more.
 */
function watchWorker() {
  const log = ((window as unknown as { __mc: unknown }).__mc = { runs: [] as { taskId: number; trials: number }[], progress: [] as { taskId: number; progress: number }[], stopped: [] as number[], terminated: [] as number[] });
  const Base = window.Worker;
  window.Worker = class extends Base {
    held = new Set<number>();
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      this.addEventListener('message', (e: MessageEvent<{ type: string; taskId: number; progress?: number }>) => {
        if (e.data.type === 'progress') log.progress.push({ taskId: e.data.taskId, progress: e.data.progress ?? 0 });
        else this.held.delete(e.data.taskId);
        if (e.data.type === 'stopped') log.stopped.push(e.data.taskId);
      });
    }
    override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) {
      const m = message as { type: string; taskId: number; kind?: string; input?: { trials?: number; scenario: { simulation: { trials: number } } } };
      if (m.type === 'start' && m.kind === 'simulate' && m.input) {
        log.runs.push({ taskId: m.taskId, trials: m.input.trials ?? m.input.scenario.simulation.trials });
        this.held.add(m.taskId);
      }
      super.postMessage(message, transfer as StructuredSerializeOptions);
    }
    override terminate() {
      log.stopped.push(...this.held);
      log.terminated.push(...this.held);
      this.held.clear();
      super.terminate();
    }
  };
}

interface WorkerLog { runs: { taskId: number; trials: number }[]; progress: { taskId: number; progress: number }[]; stopped: number[]; terminated: number[] }
const workerLog = (page: Page) => page.evaluate(() => (window as unknown as { __mc: WorkerLog }).__mc);

async function openHeavyPlan(page: Page): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open file…' }).click()]);
  await chooser.setFiles({ name: 'heavy-plan.json', mimeType: 'application/json', buffer: await heavyPlan() });
  await expectSelectedTab(page, /Heavy plan/);
}

/**
 * Cancels the heavy runs under way and checks that the worker stopped each of them and sent nothing
 * of them afterwards; where an earlier result is on screen, it must say it is of the previous inputs.
 */
async function cancelAndCheckStopped(page: Page, earlierResultShown: boolean): Promise<void> {
  const heavyRuns = async () => (await workerLog(page)).runs.filter((r) => r.trials === HEAVY_TRIALS).map((r) => r.taskId);
  const started = await heavyRuns();
  await page.getByRole('button', { name: 'Cancel simulation' }).click();
  await page.getByText('Simulation cancelled.').waitFor();
  if (earlierResultShown) await page.getByText('Results of the previous inputs').first().waitFor();
  await page.waitForFunction((ids) => ids.every((id) => (window as unknown as { __mc: WorkerLog }).__mc.stopped.includes(id)), started);
  // The run under way when Cancel was pressed did not wait for its next slice: its worker was terminated.
  assert.ok((await workerLog(page)).terminated.includes(started.at(-1) ?? -1), 'Cancel terminates the worker of the run under way');
  // Nothing of a stopped run comes later: progress messages of those runs all precede their 'stopped'.
  const before = (await workerLog(page)).progress.filter((p) => started.includes(p.taskId)).length;
  await page.getByRole('button', { name: 'Run simulation' }).waitFor();
  const log = await workerLog(page);
  assert.equal(log.progress.filter((p) => started.includes(p.taskId)).length, before);
}

test('Plan: a heavy plan is estimated and asked about, shows honest progress, stays usable, and cancels', async () => {
  const { context, page, errors } = await newSession(browser());
  await context.addInitScript(watchWorker);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await openHeavyPlan(page);

  const question = page.getByText(/This run will take about .+ \(1,000,000 trials\)\./);
  await question.waitFor();
  await page.getByText('Results of the previous inputs').waitFor();
  assert.ok(await page.getByRole('button', { name: /^Run [\d,]+ trials instead \(about .+\)$/ }).isVisible());
  // Asked, not started: no run of a million trials has gone to the worker.
  assert.deepEqual((await workerLog(page)).runs.filter((r) => r.trials === HEAVY_TRIALS), []);

  await page.getByRole('button', { name: 'Run it' }).click();
  await page.waitForFunction(() => Number((document.querySelector('progress[aria-label="Simulation progress"]') as HTMLProgressElement | null)?.value) > 0);
  await page.getByRole('status').filter({ hasText: /Simulating 1,000,000 trials… \d+%, about .+ in all/ }).waitFor();

  // Usable meanwhile: a typed name reaches the tab while the run goes on.
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Heavy plan, renamed');
  await expectSelectedTab(page, /Heavy plan, renamed/);
  await page.getByRole('button', { name: 'Cancel simulation' }).waitFor();

  await cancelAndCheckStopped(page, true);
  assertNoErrors(errors);
  await context.close();
});

test('Compare: the heavy plan among the compared ones is asked about, shows progress and cancels', async () => {
  const { context, page, errors } = await newSession(browser());
  await context.addInitScript(watchWorker);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await openHeavyPlan(page);
  await page.getByRole('button', { name: /^Run [\d,]+ trials instead/ }).click();
  // The compared scenarios run at the baseline's trial count; make the heavy plan the baseline.
  await page.getByRole('button', { name: 'Set as baseline' }).click();
  await openView(page, 'Compare');

  await page.getByText(/This run will take about .+ \(1,000,000 trials\)\./).waitFor();
  await page.getByRole('button', { name: 'Run it' }).click();
  await page.waitForFunction(() => Number((document.querySelector('.compare-panel progress') as HTMLProgressElement | null)?.value) > 0);
  // The compare view had finished nothing yet, so there is no earlier result to mark.
  await cancelAndCheckStopped(page, false);
  assertNoErrors(errors);
  await context.close();
});

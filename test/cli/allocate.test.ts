import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllocateArgs } from '../../src/cli/allocateArgs';
import { spawnCommand } from './spawnCommand';
import { runAllocate } from '../../src/cli/allocateRun';
import { ALLOCATE_USAGE } from '../../src/cli/allocateUsage';
import { allocate } from '../../src/engine/allocation/task';
import type { AllocationOverrides } from '../../src/engine/allocation/settings';
import type { Scenario } from '../../src/engine/schema';
import { testScenario } from './testScenario';

const dir = mkdtempSync(join(tmpdir(), 'allocate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const bounded = { ...testScenario, lineItems: testScenario.lineItems.map((item) => ({ ...item, minCreators: 1, maxCreators: 12 })) };
const withBudget = write('budget.json', { ...bounded, budget: 4000 });
const withoutBudget = write('no-budget.json', bounded);
const workspace = write('workspace.json', { format: 'campaign-roi-workspace', version: 2, scenarios: [bounded, { ...bounded, name: 'Second', budget: 2500 }], baselineIndex: 1 });

async function capture(argv: string[], allocator?: (s: Scenario, o: AllocationOverrides) => ReturnType<typeof allocate>) {
  let stdout = '';
  let stderr = '';
  const status = await runAllocate(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, allocator);
  return { status, stdout, stderr };
}

describe('allocate arguments', () => {
  it('reads every flag of SPEC §8', () => {
    expect(
      parseAllocateArgs(['f.json', '--budget', '2500.5', '--objective', 'profitP5', '--budget-rule=p95', '--max-loss-probability', '0.2', '--max-cpa', '35', '--min-reach', '10000', '--trials', '500', '--seed', '9', '--scenario', '1']),
    ).toEqual({
      kind: 'run',
      options: { file: 'f.json', scenario: 1, overrides: { budget: 2500.5, objective: 'profitP5', budgetRule: 'p95', maxLossProbability: 0.2, maxCpa: 35, minReach: 10000, trials: 500, seed: 9 } },
    });
  });

  it.each([
    [['f.json', '--objective', 'profit'], '--objective: must be one of expectedProfit, profitP5, conversions, reach (got "profit")'],
    [['f.json', '--max-loss-probability', '1.5'], '--max-loss-probability: must be a number from 0 to 1 (got "1.5")'],
    [['f.json', '--max-cpa', '0'], '--max-cpa: must be a number above 0 to 1000000000000 (got "0")'],
    [['f.json', '--budget', '-3'], '--budget: must be a number from 0 to 1000000000000 (got "-3")'],
    [['f.json', '--budget-rule', 'median'], '--budget-rule: must be one of typical, p95 (got "median")'],
    [['f.json', '--frontier'], '--frontier: is not a known option (see --help)'],
    [['f.json', '--seed'], '--seed: needs a value'],
  ])('refuses %j', (argv, message) => {
    expect(parseAllocateArgs(argv)).toEqual({ kind: 'invalid', message });
  });
});

describe('runAllocate', () => {
  it('prints the JSON of SPEC §8 with exactly its keys', async () => {
    const run = await capture([withBudget, '--trials', '300']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown> & { frontier: Record<string, unknown>[]; allocation: Record<string, unknown>[]; result: { monteCarlo: { trials: number } } };
    expect(Object.keys(out)).toEqual(['status', 'objective', 'allocation', 'binding', 'marginal', 'result', 'frontier']);
    expect(Object.keys(out.allocation[0]!)).toEqual(['id', 'creators', 'was', 'min', 'max']);
    expect(out.frontier).toHaveLength(20);
    expect(Object.keys(out.frontier[0]!)).toEqual(['budget', 'status', 'objective', 'profit', 'probabilityOfLoss', 'cost']);
    expect(out.frontier.map((p) => p.budget)).toEqual(Array.from({ length: 20 }, (_, k) => ((k + 1) / 10) * 4000));
    expect(out.result.monteCarlo.trials).toBe(300);
  });

  it('refuses a scenario without a budget with status 1 and says how to give one', async () => {
    const run = await capture([withoutBudget]);
    expect(run).toEqual({ status: 1, stdout: '', stderr: `${withoutBudget}: the scenario "CLI test" has no budget to allocate: add "budget" to it or give --budget B\n` });
    expect((await capture([withoutBudget, '--budget', '3000', '--trials', '200'])).status).toBe(0);
  });

  it('allocates a workspace’s baseline, or --scenario', async () => {
    const names: string[] = [];
    const spy = (s: Scenario, o: AllocationOverrides) => {
      names.push(s.name);
      return allocate(s, { ...o, trials: 100 });
    };
    expect((await capture([workspace], spy)).status).toBe(0);
    expect((await capture([workspace, '--scenario', '0', '--budget', '3000'], spy)).status).toBe(0);
    expect(names).toEqual(['Second', 'CLI test']);
    expect(await capture([workspace, '--scenario', '2'])).toMatchObject({ status: 1, stderr: '--scenario: must be 0 to 1 (got 2)\n' });
  });

  it('has the statuses of simulate: help 0, no file 2, missing file 2, invalid file 1', async () => {
    expect(await capture(['--help'])).toEqual({ status: 0, stdout: ALLOCATE_USAGE, stderr: '' });
    expect((await capture([])).status).toBe(2);
    expect((await capture([join(dir, 'missing.json')])).status).toBe(2);
    const invalid = await capture([write('invalid.json', { ...bounded, budget: -1 })]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('budget');
  });

  it('reports an engine failure as one line with status 70', async () => {
    const run = await capture([withBudget], () => {
      throw new Error('boom\nstack');
    });
    expect(run).toEqual({ status: 70, stdout: '', stderr: 'allocate: internal error: boom\n' });
  });
});

describe('the allocate process', () => {
  it('exits 1 with the message, no stack trace, for a file without a budget', async () => {
    const run = await spawnCommand('allocate', [withoutBudget]);
    expect(run).toEqual({ status: 1, stdout: '', stderr: `${withoutBudget}: the scenario "CLI test" has no budget to allocate: add "budget" to it or give --budget B\n` });
  });
});

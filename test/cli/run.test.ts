import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimulate, simulateParsed, type Evaluate } from '../../src/cli/run';
import { USAGE } from '../../src/cli/usage';
import { parseScenarioText } from '../../src/engine/parse';
import { fakeEvaluation } from './fakeEvaluation';
import { testScenario } from './testScenario';

const dir = mkdtempSync(join(tmpdir(), 'simulate-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'scenario.json');
writeFileSync(file, JSON.stringify(testScenario));

async function capture(argv: string[], evaluate?: Evaluate) {
  let stdout = '';
  let stderr = '';
  const status = await runSimulate(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, evaluate);
  return { status, stdout, stderr };
}

const fake: Evaluate = (scenario, options) => ({
  ...fakeEvaluation(scenario.name),
  monteCarlo: { ...fakeEvaluation().monteCarlo, trials: options?.trials ?? -1, seed: options?.seed ?? -1 },
});

describe('runSimulate', () => {
  it('prints the usage text on stdout for --help, with status 0', async () => {
    expect(await capture(['--help'])).toEqual({ status: 0, stdout: USAGE, stderr: '' });
  });

  it('passes --trials and --seed to the engine and prints the JSON report', async () => {
    const run = await capture([file, '--trials', '12', '--seed', '34'], fake);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { scenarios: { name: string; monteCarlo: { trials: number; seed: number } }[] };
    expect(report.scenarios.map((s) => [s.name, s.monteCarlo.trials, s.monteCarlo.seed])).toEqual([['CLI test', 12, 34]]);
  });

  it('prints what simulateParsed renders, for both formats', async () => {
    const parsed = parseScenarioText(JSON.stringify(testScenario));
    if (!parsed.ok) throw new Error('the test scenario must be valid');
    for (const format of ['json', 'csv'] as const) {
      const run = await capture([file, '--format', format], fake);
      expect(run.stdout).toBe(simulateParsed(parsed.data, { format }, fake));
    }
  });

  it('refuses a result too large to compute with status 1, naming each figure, and prints nothing on stdout', async () => {
    const base = fakeEvaluation('Overflow');
    const overflowing: Evaluate = () => ({
      ...base,
      point: { ...base.point, totals: { ...base.point.totals, cost: Infinity, profit: -Infinity } },
      cashFlow: { ...base.cashFlow, weeks: base.cashFlow.weeks.map((w) => ({ ...w, cumulativeProfit: NaN })) },
    });
    const run = await capture([file], overflowing);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const weekLines = base.cashFlow.weeks.map((_, i) => `cashFlow.weeks[${i}].cumulativeProfit: is too large to compute (not a finite number)`);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'point.totals.profit: is too large to compute (not a finite number)',
      'point.totals.cost: is too large to compute (not a finite number)',
      ...weekLines,
    ]);
  });

  it('reports a bug in the engine as one line with status 70 and prints nothing on stdout', async () => {
    const broken: Evaluate = () => {
      throw new Error('division went wrong\n    at somewhere (engine.ts:1:1)');
    };
    expect(await capture([file], broken)).toEqual({
      status: 70,
      stdout: '',
      stderr: 'simulate: internal error: division went wrong\n',
    });
  });
});

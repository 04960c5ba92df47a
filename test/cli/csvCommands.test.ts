import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCalibrate } from '../../src/cli/calibrateRun';
import { parseCalibrateArgs, parseImportArgs } from '../../src/cli/csvArgs';
import { CALIBRATE_USAGE, IMPORT_USAGE } from '../../src/cli/csvUsage';
import { runImport } from '../../src/cli/importRun';
import { parseScenarioText } from '../../src/engine/parse';
import { spawnCommand, type Run } from './spawnCommand';
import { testScenario } from './testScenario';

/**
 * `npm run import` and `npm run calibrate` (docs/MODEL.md §9): in-process for what they print, and
 * as real processes for their exit statuses and that no stack trace ever reaches the planner.
 */

const dir = mkdtempSync(join(tmpdir(), 'csv-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const files = {
  roster: write('shortlist.csv', 'naam;kanaal;volgers;er;tarief;notitie\nAnna de Vries;ig;12.500;3,5%;250;x\nBob;tt;45.000;;;\nKapot;facebook;12;;;\n'),
  noneUsable: write('broken.csv', 'name,platform,followers\nA,facebook,1\nB,ig,-5\n'),
  results: write('results.csv', 'platform,tier,posts,views,clicks,orders\ninstagram,micro,1,4000,60,2\ninstagram,micro,1,3000,40,50\ntiktok,micro,x,1,1,1\n'),
  scenario: write('scenario.json', JSON.stringify(testScenario)),
  workspace: write('workspace.json', JSON.stringify({ format: 'campaign-roi-workspace', version: 2, scenarios: [testScenario, testScenario] })),
  invalidScenario: write('invalid.json', '{"format":"campaign-roi-scenario"'),
  missing: join(dir, 'missing.csv'),
};

async function capture(run: typeof runImport, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('npm run import', () => {
  it('prints a new scenario with one line item per creator, and the refused rows and notes on stderr', async () => {
    const run = await capture(runImport, [files.roster]);
    expect(run.status).toBe(0);
    const parsed = parseScenarioText(run.stdout);
    expect(parsed.ok).toBe(true);
    const scenario = parsed.ok ? parsed.data.scenarios[0] : undefined;
    expect(scenario?.name).toBe('Creators from shortlist.csv');
    expect(scenario?.economics).toMatchObject({ averageOrderValue: 60, grossMargin: 0.55, discountRate: 0.1, returnRate: 0.08, trackedShare: 0.8 });
    expect(scenario?.lineItems.map((i) => [i.id, i.tier, i.platform, i.followers])).toEqual([
      ['anna-de-vries', 'micro', 'instagram', 12_500],
      ['bob', 'micro', 'tiktok', 45_000],
    ]);
    expect(run.stderr).toBe(
      'row 4, column kanaal: must be one of instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast) (got "facebook")\nnote: columns not used: notitie\n',
    );
  });

  it('adds the creators grouped to the scenario given with --into', async () => {
    const run = await capture(runImport, [files.roster, '--into', files.scenario, '--grouped']);
    expect(run.status).toBe(0);
    const parsed = parseScenarioText(run.stdout);
    const scenario = parsed.ok ? parsed.data.scenarios[0] : undefined;
    expect(scenario?.name).toBe(testScenario.name);
    expect(scenario?.lineItems.map((i) => i.id)).toEqual([...testScenario.lineItems.map((i) => i.id), 'micro-instagram', 'micro-tiktok']);
  });

  it('exits 1 with every reason and nothing on stdout when no row is usable', async () => {
    expect(await capture(runImport, [files.noneUsable])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'row 2, column platform: must be one of instagram (ig), tiktok (tt), youtube (yt), other (overig, blog, podcast) (got "facebook")\n' +
        'row 3, column followers: must be at least 0 (got "-5")\n' +
        'file: has no row that can be imported\n',
    });
  });

  it('exits 2 for a missing file, 1 for an invalid or workspace --into, and answers its arguments', async () => {
    expect(await capture(runImport, [files.missing])).toEqual({ status: 2, stdout: '', stderr: `${files.missing}: cannot read the file (no such file)\n` });
    expect((await capture(runImport, [files.roster, '--into', files.missing])).status).toBe(2);
    const invalid = await capture(runImport, [files.roster, '--into', files.invalidScenario]);
    expect([invalid.status, invalid.stdout]).toEqual([1, '']);
    expect(await capture(runImport, [files.roster, '--into', files.workspace])).toEqual({
      status: 1,
      stdout: '',
      stderr: `--into: ${files.workspace} is a workspace of 2 scenarios; give one scenario file\n`,
    });
    expect(await capture(runImport, [])).toEqual({ status: 2, stdout: '', stderr: IMPORT_USAGE });
    expect(await capture(runImport, ['--help'])).toEqual({ status: 0, stdout: IMPORT_USAGE, stderr: '' });
    expect(await capture(runImport, [files.roster, '--group'])).toEqual({ status: 1, stdout: '', stderr: '--group: is not a known option (see --help)\n' });
  });
});

describe('npm run calibrate', () => {
  it('prints the groups with every rate before and after, and the refused rows under rejected and on stderr', async () => {
    const run = await capture(runCalibrate, [files.results, '--scenario', files.scenario]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { groups: { tier: string; platform: string; creators: number; rates: Record<string, { n: number; before: unknown; after: unknown }> }[]; rejected: string[] };
    expect(Object.keys(out)).toEqual(['groups', 'rejected']);
    expect(out.groups.map((g) => [g.tier, g.platform, g.creators, Object.keys(g), Object.keys(g.rates)])).toEqual([
      ['micro', 'instagram', 2, ['tier', 'platform', 'creators', 'rates'], ['clickRate', 'conversionRate']],
    ]);
    // Judged against the test scenario's micro Instagram line item; the second creator's 50 orders
    // of 40 clicks are left out of the conversion rate.
    expect(out.groups[0]?.rates.clickRate?.before).toEqual(testScenario.lineItems[0]?.clickRate);
    expect(out.groups[0]?.rates.clickRate?.n).toBe(2);
    expect(out.groups[0]?.rates.conversionRate?.n).toBe(1);
    expect(Object.keys(out.groups[0]?.rates.conversionRate ?? {})).toEqual(['n', 'before', 'after']);
    expect(out.rejected).toEqual(['row 4, column posts: must be a number written like 1,234.5 (got "x")']);
    expect(run.stderr).toBe(
      'row 4, column posts: must be a number written like 1,234.5 (got "x")\n' +
        'note: row 3: orders exceed clicks (50 > 40); the row is left out of conversionRate\n',
    );
  });

  it('answers a missing --scenario with its usage (2), and a file with no usable row with 1', async () => {
    expect(await capture(runCalibrate, [files.results])).toEqual({ status: 2, stdout: '', stderr: CALIBRATE_USAGE });
    const none = await capture(runCalibrate, [files.roster, '--scenario', files.scenario]);
    expect(none).toEqual({ status: 1, stdout: '', stderr: 'file: needs a column posts (also accepted: berichten, aantal posts)\n' });
    expect((await capture(runCalibrate, [files.missing, '--scenario', files.scenario])).status).toBe(2);
    expect((await capture(runCalibrate, [files.results, '--scenario', files.missing])).status).toBe(2);
  });
});

describe('the commands’ arguments', () => {
  it('parse files, values and switches without side effects', () => {
    expect(parseImportArgs(['a.csv', '--into=s.json', '--grouped'])).toEqual({ kind: 'run', options: { file: 'a.csv', into: 's.json', grouped: true } });
    expect(parseImportArgs(['--grouped=yes', 'a.csv'])).toEqual({ kind: 'invalid', message: '--grouped: takes no value' });
    expect(parseImportArgs(['a.csv', '--into'])).toEqual({ kind: 'invalid', message: '--into: needs a value' });
    expect(parseImportArgs(['a.csv', 'b.csv'])).toEqual({ kind: 'invalid', message: 'expected one CSV file, got 2: a.csv, b.csv' });
    expect(parseImportArgs(['--', '-odd.csv'])).toEqual({ kind: 'run', options: { file: '-odd.csv', grouped: false } });
    expect(parseCalibrateArgs(['r.csv', '--scenario', 's.json', '--scenario', 't.json'])).toEqual({ kind: 'invalid', message: '--scenario: is given more than once' });
  });
});

describe('the commands as processes', () => {
  let runs: Record<string, Run> = {};
  beforeAll(async () => {
    // Every spawn costs about a second, so they all start at once.
    const cases = {
      importSome: spawnCommand('import', [files.roster]),
      importNone: spawnCommand('import', [files.noneUsable]),
      importMissing: spawnCommand('import', [files.missing]),
      calibrateSome: spawnCommand('calibrate', [files.results, '--scenario', files.scenario]),
      calibrateNone: spawnCommand('calibrate', [files.noneUsable, '--scenario', files.scenario]),
      calibrateMissing: spawnCommand('calibrate', [files.missing, '--scenario', files.scenario]),
    };
    runs = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([k, p]) => [k, await p] as const)));
  }, 60_000);

  it('exit 0 with refused rows on stderr, 1 with nothing on stdout when no row is usable, 2 for a missing file', () => {
    expect(Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, r.status]))).toEqual({
      importSome: 0, importNone: 1, importMissing: 2, calibrateSome: 0, calibrateNone: 1, calibrateMissing: 2,
    });
    expect(runs.importSome?.stderr).toContain('row 4, column kanaal:');
    expect(runs.calibrateSome?.stderr).toContain('row 4, column posts:');
    expect(runs.importNone?.stdout).toBe('');
    expect(runs.calibrateNone?.stdout).toBe('');
    for (const run of Object.values(runs)) expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

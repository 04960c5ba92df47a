import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/csv';
import { simulateParsed } from '../../src/cli/run';
import { parseScenarioText } from '../../src/engine/parse';
import { spawnCommand, type Run } from './spawnCommand';
import { testScenario } from './testScenario';

/**
 * The real command in a child process, for what only a process shows: exit statuses, what goes
 * to which stream, and no stack traces. Every spawn costs about a second, so they all start at
 * once in beforeAll; the pure modules are tested directly in the other files.
 */

const dir = mkdtempSync(join(tmpdir(), 'simulate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const simulate = (args: string[]): Promise<Run> => spawnCommand('simulate', args);

const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const valid = JSON.stringify(testScenario, null, 2);
const wrongTypeAndRange = JSON.stringify({
  ...testScenario,
  economics: { ...testScenario.economics, grossMargin: 1.5 },
  lineItems: [{ ...testScenario.lineItems[0], creators: 'four' }, testScenario.lineItems[1]],
});

/** Version 2: both groups share one audience, and the plan has a budget. */
const withBudget = JSON.stringify({
  ...testScenario,
  budget: 2500,
  audiences: [{ id: 'ig-fans', label: 'Instagram fans', size: 40_000 }],
  lineItems: testScenario.lineItems.map((item) => ({ ...item, audience: 'ig-fans' })),
});

const files = {
  valid: write('valid.json', valid),
  v2: write('v2.json', withBudget),
  malformed: write('malformed.json', '{ "format": "campaign-roi-scenario", version: 1 }'),
  truncated: write('truncated.json', valid.slice(0, Math.floor(valid.length / 2))),
  wrong: write('wrong.json', wrongTypeAndRange),
  future: write('future.json', JSON.stringify({ ...testScenario, version: 4 })),
  oversized: write('oversized.json', `{"format":"campaign-roi-scenario","pad":"${'x'.repeat(5.5 * 1024 * 1024)}"}`),
  missing: join(dir, 'does-not-exist.json'),
};

const cases = {
  malformed: [files.malformed],
  truncated: [files.truncated],
  wrong: [files.wrong],
  future: [files.future],
  oversized: [files.oversized],
  missing: [files.missing],
  directory: [dir],
  noFile: [],
  badTrials: [files.valid, '--trials', '0'],
  override: [files.valid, '--trials', '300', '--seed', '9'],
  csv: [files.valid, '--format', 'csv'],
  v2: [files.v2],
  v2csv: [files.v2, '--format', 'csv'],
} satisfies Record<string, string[]>;

const runs = {} as Record<keyof typeof cases, Run>;
beforeAll(async () => {
  const entries = Object.entries(cases) as [keyof typeof cases, string[]][];
  const results = await Promise.all(entries.map(([, args]) => simulate(args)));
  entries.forEach(([name], i) => (runs[name] = results[i]!));
}, 120_000);

const hasStackTrace = (text: string) => text.split('\n').some((line) => line.startsWith('    at '));

describe('simulate (child process)', () => {
  it.each([
    ['malformed', /^file: is not valid JSON \(.+\)$/],
    ['truncated', /^file: is not valid JSON \(.+\)$/],
    ['future', /^version: this file was made by a newer version of the app \(format version 4; .*\)/],
    ['oversized', /^file: is 5\.5 MB; files larger than 5 MB are refused$/],
  ] as const)('refuses a %s file with status 1, one clear line on stderr and nothing on stdout', (name, line) => {
    const run = runs[name];
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(line);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('lists every validation error with its path, rule and value', () => {
    const run = runs.wrong;
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n').sort()).toEqual([
      'economics.grossMargin: must be between 0 and 1 (got 1.5)',
      'lineItems[0].creators: must be a number (got "four")',
    ]);
  });

  it.each([
    ['missing', files.missing, 'no such file'],
    ['directory', dir, 'is a directory, not a file'],
  ] as const)('exits with status 2 for a %s file, naming it', (name, path, reason) => {
    const run = runs[name];
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${path}: cannot read the file (${reason})\n`);
  });

  it('prints the usage text and exits with status 2 when no file is given', () => {
    expect(runs.noFile.status).toBe(2);
    expect(runs.noFile.stdout).toBe('');
    expect(runs.noFile.stderr).toMatch(/^Usage: .*simulate -- <file\.json> \[--trials N\] \[--seed S\] \[--format json\|csv\]/);
    expect(runs.noFile.stderr).toContain('70');
  });

  it('refuses an invalid flag with status 1 and a clear message', () => {
    expect(runs.badTrials).toEqual({
      status: 1,
      stdout: '',
      stderr: '--trials: must be a whole number from 1 to 1000000 (got "0")\n',
    });
  });

  it('lets --trials and --seed override the file, with the same numbers as in-process', () => {
    const run = runs.override;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { scenarios: { name: string; monteCarlo: { trials: number; seed: number } }[] };
    expect(report.scenarios[0]?.monteCarlo.trials).toBe(300);
    expect(report.scenarios[0]?.monteCarlo.seed).toBe(9);
    const parsed = parseScenarioText(valid);
    if (!parsed.ok) throw new Error('the test scenario must be valid');
    expect(run.stdout).toBe(simulateParsed(parsed.data, { format: 'json', trials: 300, seed: 9 }));
  });

  it('reports the version 2 figures: budget, budgetLeft, frequency, audiences and the chance of going over budget', () => {
    const run = runs.v2;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const parsed = parseScenarioText(withBudget);
    if (!parsed.ok) throw new Error('the version 2 test scenario must be valid');
    expect(run.stdout).toBe(simulateParsed(parsed.data, { format: 'json' }));
    type Figures = Record<string, number | null>;
    const report = JSON.parse(run.stdout) as {
      scenarios: { point: { totals: Figures; lineItems: Figures[]; audiences: (Figures & { id: string; label: string })[] }; monteCarlo: Figures }[];
    };
    const { point, monteCarlo } = report.scenarios[0]!;
    const totals = point.totals;
    expect(Object.keys(totals).slice(-3)).toEqual(['budget', 'budgetLeft', 'frequency']);
    expect(totals.budget).toBe(2500);
    expect(totals.budgetLeft).toBeCloseTo(2500 - totals.cost!, 9);
    expect(totals.frequency).toBeCloseTo(totals.impressions! / totals.reach!, 12);
    // One audience, reported in the order of docs/MODEL.md §4; both groups overlap in it.
    expect(point.audiences).toHaveLength(1);
    const audience = point.audiences[0]!;
    expect(Object.keys(audience)).toEqual(['id', 'label', 'size', 'grossReach', 'reach', 'saturation', 'penetration']);
    expect(audience).toMatchObject({ id: 'ig-fans', label: 'Instagram fans', size: 40_000 });
    expect(audience.saturation).toBeGreaterThan(0);
    expect(audience.saturation).toBeLessThan(1);
    expect(audience.reach).toBeCloseTo(audience.saturation! * audience.grossReach!, 6);
    expect(audience.penetration).toBeCloseTo(audience.reach! / 40_000, 12);
    expect(totals.reach).toBeCloseTo(audience.reach!, 6);
    expect(Object.keys(monteCarlo).slice(-2)).toEqual(['probabilityOfLoss', 'probabilityOverBudget']);
    // Fees of €300 × 4 creators × 2 posts and gifts of €25 × 10 creators cost €2,650 whatever
    // happens, more than the €2,500 budget: every trial goes over it.
    expect(monteCarlo.probabilityOverBudget).toBe(1);
    expect(totals.budgetLeft).toBeLessThan(-150);
    // The version 1 file reports the same keys, with nothing to fill them.
    const plain = JSON.parse(runs.override.stdout) as typeof report;
    expect(plain.scenarios[0]!.point.totals).toMatchObject({ budget: null, budgetLeft: null });
    expect(plain.scenarios[0]!.point.audiences).toEqual([]);
    expect(plain.scenarios[0]!.monteCarlo.probabilityOverBudget).toBeNull();
  });

  it('prints the same CSV columns for a version 2 file, with the line items after overlap', () => {
    const run = runs.v2csv;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = Papa.parse<string[]>(run.stdout.trim()).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const report = JSON.parse(runs.v2.stdout) as { scenarios: { point: { lineItems: { conversions: number }[] } }[] };
    const conversions = rows.slice(1).map((r) => Number(r[CSV_COLUMNS.indexOf('conversions')]));
    expect(conversions).toEqual(report.scenarios[0]!.point.lineItems.map((li) => li.conversions));
  });

  it('prints a CSV header and one row per line item with --format csv', () => {
    const run = runs.csv;
    expect(run.status).toBe(0);
    const rows = Papa.parse<string[]>(run.stdout.trim()).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + testScenario.lineItems.length);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['CLI test', 'EUR', 'micro-ig'],
      ['CLI test', 'EUR', 'nano-ig'],
    ]);
  });
});

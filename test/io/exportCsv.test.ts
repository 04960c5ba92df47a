import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { projectPoint } from '../../src/engine/point';
import type { McSamples, MonteCarloResult } from '../../src/engine/types';
import { RESULTS_CSV_COLUMNS, resultsCsv } from '../../src/io/export/resultsCsv';
import { SAMPLES_CSV_COLUMNS, samplesCsv } from '../../src/io/export/samplesCsv';
import { handScenario } from '../engine/fixtures';

const parse = (text: string) => Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;

describe('resultsCsv', () => {
  // 1 creator · 100,000 followers · 1 post · 0.2 reach = 20,000 impressions → 200 clicks → 6 orders of €100.
  const one = handScenario();
  const two = handScenario({}, { name: 'Two groups, in dollars', currency: 'USD' });
  two.lineItems.push({ ...two.lineItems[0]!, id: 'second', label: 'Second, "quoted"', payment: { model: 'fixed', feePerPost: 400 } });
  const mc = { trials: 4, seed: 1, probabilityOfLoss: 0.25, metrics: { profit: { mean: 1, sd: 1, p5: -50, p50: 200, p95: 300 } } } as unknown as MonteCarloResult;

  const text = resultsCsv([
    { scenario: one, point: projectPoint(one), monteCarlo: mc, probabilityBeatsBaseline: null },
    { scenario: two, point: projectPoint(two), monteCarlo: null, probabilityBeatsBaseline: 0.625 },
  ]);
  const [header, ...rows] = parse(text);

  it('has the documented header and one row per scenario and line item plus a campaign row each', () => {
    expect(header).toEqual([...RESULTS_CSV_COLUMNS]);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Hand', 'lineItem', 'li'],
      ['Hand', 'campaign', ''],
      ['Two groups, in dollars', 'lineItem', 'li'],
      ['Two groups, in dollars', 'lineItem', 'second'],
      ['Two groups, in dollars', 'campaign', ''],
    ]);
  });

  it('writes raw numbers, not formatted ones, and keeps quoted text intact', () => {
    const col = (name: (typeof RESULTS_CSV_COLUMNS)[number]) => RESULTS_CSV_COLUMNS.indexOf(name);
    const item = rows[0]!;
    expect(item[col('impressions')]).toBe('20000');
    expect(item[col('conversions')]).toBe('6');
    expect(item[col('netRevenue')]).toBe('600');
    expect(item[col('cost')]).toBe('100');
    expect(item[col('profit')]).toBe('200');
    expect(item[col('roi')]).toBe('2');
    expect(rows[3]![col('lineItem')]).toBe('Second, "quoted"');
    expect(rows[4]![col('currency')]).toBe('USD');
    // Two items: fees 100 + 400, gross profit 2 · 300.
    expect(rows[4]![col('cost')]).toBe('500');
    expect(rows[4]![col('profit')]).toBe('100');
  });

  it('puts the Monte Carlo figures on campaign rows and leaves unknown ones empty', () => {
    const col = (name: (typeof RESULTS_CSV_COLUMNS)[number]) => RESULTS_CSV_COLUMNS.indexOf(name);
    expect(rows[1]![col('profitP5')]).toBe('-50');
    expect(rows[1]![col('probabilityOfLoss')]).toBe('0.25');
    expect(rows[1]![col('probabilityBeatsBaseline')]).toBe('');
    expect(rows[4]![col('profitP50')]).toBe('');
    expect(rows[4]![col('probabilityBeatsBaseline')]).toBe('0.625');
    expect(rows[0]![col('profitP50')]).toBe('');
  });

  it('escapes scenario names and labels that start like a formula, as the CLI does', () => {
    const hostile = handScenario({}, { name: '=HYPERLINK("http://evil","click")' });
    hostile.lineItems[0]!.label = '@SUM(1+1)';
    const [, item, campaign] = parse(resultsCsv([{ scenario: hostile, point: projectPoint(hostile), monteCarlo: mc }]));
    expect(item![0]).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(item![RESULTS_CSV_COLUMNS.indexOf('lineItem')]).toBe(`'@SUM(1+1)`);
    // A negative figure is a number, not a formula: it stays as it is.
    expect(campaign![RESULTS_CSV_COLUMNS.indexOf('profitP5')]).toBe('-50');
  });

  it('writes an empty cell, never NaN or Infinity, for an undefined metric', () => {
    const none = handScenario({ creators: 0 });
    const [, item] = parse(resultsCsv([{ scenario: none, point: projectPoint(none) }]));
    expect(item![RESULTS_CSV_COLUMNS.indexOf('cpa')]).toBe('');
    expect(item!.join(',')).not.toMatch(/NaN|Infinity/);
  });
});

describe('samplesCsv', () => {
  const trials = 5;
  const samples = Object.fromEntries(
    SAMPLES_CSV_COLUMNS.filter((c) => c !== 'trial').map((c, k) => [c, Float64Array.from({ length: trials }, (_, i) => i * 10 + k + 0.5)]),
  ) as unknown as McSamples;
  samples.roi[2] = NaN;

  it('has a header and one row per trial, numbered from 1', () => {
    const rows = parse(samplesCsv(samples));
    expect(rows).toHaveLength(trials + 1);
    expect(rows[0]).toEqual([...SAMPLES_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('writes each metric of each trial unrounded, in column order', () => {
    const rows = parse(samplesCsv(samples));
    // Trial 4 (index 3): impressions 30.5, reach 31.5, … profit 36.5, roi 37.5, then v3's payout 38.5.
    expect(rows[4]).toEqual(['4', '30.5', '31.5', '32.5', '33.5', '34.5', '35.5', '36.5', '37.5', '38.5']);
    expect(rows[3]![8]).toBe('');
  });
});

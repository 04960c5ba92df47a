import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCalibration } from '../../src/engine/roster/applyCalibration';
import { applyRoster } from '../../src/engine/roster/applyRoster';
import { calibrate } from '../../src/engine/roster/calibration';
import { englishNotice } from '../../src/engine/roster/csvRules';
import { projectPoint } from '../../src/engine/point';
import { scenarioSchema } from '../../src/engine/schema';
import { emptyScenario } from '../../src/engine/starter';
import { KIND_COLUMNS, type CsvKind } from '../../src/io/csv/columns';
import { readCsv } from '../../src/io/csv/readCsv';
import { resultColumnsOf } from '../../src/io/csv/result';

/** The CSVs the app ships: download templates in public/templates and example files in scenarios/. */

const repo = resolve(import.meta.dirname, '../..');
const text = (path: string) => readFileSync(resolve(repo, path), 'utf8');

describe('the CSV templates', () => {
  it.each([
    ['public/templates/creator-list.csv', 'roster', 'comma'],
    ['public/templates/creator-list-nl.csv', 'roster', 'semicolon'],
    ['public/templates/results.csv', 'results', 'comma'],
    ['public/templates/results-nl.csv', 'results', 'semicolon'],
  ] as const)('%s names every column of its file and reads without a word', (path, kind: CsvKind, dialect) => {
    const r = readCsv(text(path), kind);
    expect(r.dialect).toBe(dialect);
    expect(Object.keys(r.columns).sort()).toEqual([...KIND_COLUMNS[kind]].sort());
    expect([r.rejected, r.notices, r.errors]).toEqual([[], [], []]);
    expect(r.rows).toHaveLength(2);
  });

  it('read the same in English and in Dutch', () => {
    const strip = (rows: readonly object[]) => rows.map((row) => ({ ...row, name: undefined }));
    expect(strip(readCsv(text('public/templates/creator-list-nl.csv'), 'roster').rows)).toEqual(strip(readCsv(text('public/templates/creator-list.csv'), 'roster').rows));
    expect(strip(readCsv(text('public/templates/results-nl.csv'), 'results').rows)).toEqual(strip(readCsv(text('public/templates/results.csv'), 'results').rows));
  });
});

describe('the example shortlist and results', () => {
  const shortlist = readCsv(text('scenarios/creator-shortlist.csv'), 'roster');
  const results = readCsv(text('scenarios/past-campaign-results.csv'), 'results');

  it('hold 40 Dutch and Belgian creators of every platform and four audiences, all readable', () => {
    expect(shortlist.dialect).toBe('semicolon');
    expect(shortlist.rows).toHaveLength(40);
    expect(shortlist.rejected).toEqual([]);
    expect(shortlist.notices.map(englishNotice)).toEqual(['columns not used: notitie']);
    expect(new Set(shortlist.rows.map((r) => r.platform))).toEqual(new Set(['instagram', 'tiktok', 'youtube', 'other']));
    expect(new Set(shortlist.rows.map((r) => r.audience))).toEqual(new Set(['NL beauty', 'BE beauty', 'NL food', 'BE food']));
  });

  it('import per creator and grouped into valid scenarios', () => {
    const one = applyRoster(emptyScenario('Shortlist'), shortlist.rows, { grouped: false, file: 'creator-shortlist.csv' });
    const grouped = applyRoster(emptyScenario('Shortlist'), shortlist.rows, { grouped: true, file: 'creator-shortlist.csv' });
    if (!one.ok || !grouped.ok) throw new Error('the example shortlist does not import');
    expect(one.scenario.lineItems).toHaveLength(40);
    expect(new Set(one.scenario.lineItems.map((i) => i.tier))).toEqual(new Set(['nano', 'micro', 'macro', 'mega']));
    expect(grouped.scenario.lineItems.reduce((n, i) => n + i.creators, 0)).toBe(40);
    for (const s of [one.scenario, grouped.scenario]) expect(scenarioSchema.safeParse(s).success).toBe(true);
  });

  it('calibrate the grouped shortlist, and the better conversion of the past campaign raises the profit', () => {
    expect(results.rows).toHaveLength(14);
    const imported = applyRoster(emptyScenario('Shortlist'), shortlist.rows, { grouped: true, file: 'creator-shortlist.csv' });
    if (!imported.ok) throw new Error('the example shortlist does not import');
    expect(resultColumnsOf(results)).toEqual({ followers: true, impressions: true, clicks: true, orders: true, leads: false });
    const calibration = calibrate(imported.scenario, results.rows, resultColumnsOf(results));
    expect(calibration.groups.map((g) => `${g.creators} ${g.tier} ${g.platform}`)).toEqual(['3 nano instagram', '6 micro instagram', '4 micro tiktok', '1 macro youtube']);
    expect(calibration.notices.map(englishNotice)).toEqual(['row 11: orders exceed clicks (4 > 3); the row is left out of conversionRate']);
    const applied = applyCalibration(imported.scenario, calibration, 'past-campaign-results.csv');
    expect(scenarioSchema.safeParse(applied.scenario).success).toBe(true);
    expect(projectPoint(applied.scenario).totals.profit).toBeGreaterThan(projectPoint(imported.scenario).totals.profit);
  });
});

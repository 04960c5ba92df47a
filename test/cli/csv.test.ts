import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, renderCsv } from '../../src/cli/csv';
import { buildReport } from '../../src/cli/report';
import { fakeEvaluation, lineItem } from './fakeEvaluation';

const parse = (csv: string) => Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;

describe('renderCsv', () => {
  const report = buildReport([
    fakeEvaluation('Fixed, big', [lineItem('a', 'Alpha'), lineItem('b', 'Beta "quoted"')]),
    fakeEvaluation('CPS', [lineItem('c', '=HYPERLINK("x")')]),
  ]);
  const rows = parse(renderCsv(report, [{ currency: 'EUR' }, { currency: 'USD' }]));

  it('starts with a header: scenario, currency, line item, label, then every point metric', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]!.slice(0, 5)).toEqual(['scenario', 'currency', 'lineItemId', 'label', 'impressions']);
    expect(rows[0]).not.toContain('payoutBreakdown');
  });

  it('writes one row per scenario and line item', () => {
    expect(rows).toHaveLength(1 + 3);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Fixed, big', 'EUR', 'a'],
      ['Fixed, big', 'EUR', 'b'],
      ['CPS', 'USD', 'c'],
    ]);
  });

  it('quotes text safely, leaves undefined metrics empty and keeps negative numbers as numbers', () => {
    const beta = rows[2]!;
    const cell = (name: string) => beta[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])];
    expect(beta[3]).toBe('Beta "quoted"');
    expect(cell('cpa')).toBe('');
    expect(cell('breakEvenFeePerPost')).toBe('-5');
    expect(cell('impressions')).toBe('10000');
    expect(rows[3]![3]).toBe(`'=HYPERLINK("x")`);
  });

  it('ends with a newline and uses plain line feeds', () => {
    const csv = renderCsv(report, []);
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv).not.toContain('\r');
  });
});

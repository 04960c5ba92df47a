import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/io/csv/toCsv';

const cells = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('toCsv, the one CSV writer of the app and the CLI', () => {
  it('prefixes an apostrophe to text that a spreadsheet would run as a formula', () => {
    const text = toCsv(['name'], [['=HYPERLINK("http://x","y")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\t=1'], ['\r=1']]);
    expect(cells(text).slice(1).map((r) => r[0])).toEqual([`'=HYPERLINK("http://x","y")`, `'+1+1`, `'-2+3`, `'@SUM(A1)`, `'\t=1`, `'\r=1`]);
  });

  it('leaves ordinary text, text with the characters later on, and negative numbers alone', () => {
    const text = toCsv(['name', 'profit'], [['Spring sale = big', -50], ['a+b', -0.25], ['', null]]);
    expect(text).toBe('name,profit\nSpring sale = big,-50\na+b,-0.25\n,');
  });

  it('quotes commas, quotes and line breaks so the columns stay put', () => {
    expect(cells(toCsv(['a', 'b'], [['one, "two"', 'three\nfour']]))[1]).toEqual(['one, "two"', 'three\nfour']);
  });
});

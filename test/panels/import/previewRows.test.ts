import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/io/csv/readCsv';
import { cellIndexes, previewColumns, previewRows } from '../../../src/panels/import/previewRows';

describe('the rows of the preview table', () => {
  // Rows 3 and 5 are refused (followers 12.5 is not whole, platform unknown); row 4 is blank and skipped.
  const read = readCsv('Followers,Name,Platform,Colour\n1000,Anna,ig,red\n12.5,Ben,tt,\n,,,\n400,Cas,myspace,\n900,Dee,yt,\n', 'roster');

  it('interleave accepted and refused rows in the file’s order, numbered as a spreadsheet numbers them', () => {
    const rows = previewRows(read);
    expect(rows.map((r) => [r.row, r.problems === null ? 'ok' : 'refused'])).toEqual([
      [2, 'ok'],
      [3, 'refused'],
      [5, 'refused'],
      [6, 'ok'],
    ]);
  });

  it('show the columns the file has in the order of the format, and find a refused row’s cells by their header', () => {
    const columns = previewColumns(read);
    expect(columns).toEqual(['name', 'platform', 'followers']);
    // Name is the file's second column, Platform its third, Followers its first.
    expect(cellIndexes(read, columns)).toEqual([1, 2, 0]);
    const refused = previewRows(read)[1];
    expect(refused && 'cells' in refused ? refused.cells : null).toEqual(['12.5', 'Ben', 'tt', '']);
  });
});

import type { CsvProblem } from '../../engine/roster/csvRules';
import type { ResultRow, RosterRow } from '../../engine/roster/types';
import { KIND_COLUMNS, type Column } from '../../io/csv/columns';
import type { CsvRead } from '../../io/csv/parseCsvFile';

/** A row of the preview table: one the reader accepted, with its values read, or one it refused, as written. */
export type PreviewRow =
  | { row: number; read: RosterRow | ResultRow; problems: null }
  | { row: number; cells: readonly string[]; problems: readonly CsvProblem[] };

/** The columns the file has that its kind reads, in the order of docs/MODEL.md §9. */
export function previewColumns(read: Pick<CsvRead, 'kind' | 'columns'>): Column[] {
  return KIND_COLUMNS[read.kind].filter((c) => read.columns[c] !== undefined);
}

/** Accepted and refused rows in the file's order; the reader keeps each list in that order already. */
export function previewRows(read: Pick<CsvRead, 'rows' | 'rejected'>): PreviewRow[] {
  const out: PreviewRow[] = [];
  let a = 0;
  let r = 0;
  while (a < read.rows.length || r < read.rejected.length) {
    const accepted = read.rows[a];
    const refused = read.rejected[r];
    if (accepted && (!refused || accepted.row < refused.row)) {
      out.push({ row: accepted.row, read: accepted, problems: null });
      a++;
    } else if (refused) {
      out.push({ row: refused.row, cells: refused.cells, problems: refused.problems });
      r++;
    }
  }
  return out;
}

/** Where each column's cell is in a refused row: the header it was read from. */
export function cellIndexes(read: Pick<CsvRead, 'header' | 'columns'>, columns: readonly Column[]): number[] {
  return columns.map((c) => read.header.indexOf(read.columns[c] ?? ''));
}

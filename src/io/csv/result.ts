import { LIMITS } from '../../engine/limits';
import { csvProblem, type CsvNotice, type CsvProblem } from '../../engine/roster/csvRules';
import type { ResultColumns, ResultRow, RosterRow } from '../../engine/roster/types';
import type { Column, CsvKind } from './columns';
import type { Dialect } from './numbers';

/**
 * What reading a CSV file of docs/MODEL.md §9 gives, free of the parser so that the page can hold
 * these types (and refuse an oversized file) without loading papaparse.
 */

export interface RejectedRow {
  /** the row as a spreadsheet numbers it (the header is row 1) */
  row: number;
  /** the row's cells as the file wrote them, trimmed, for a preview to show */
  cells: string[];
  /** every rule the row breaks, one line each */
  problems: CsvProblem[];
}

export interface CsvReadResult<R> {
  /** the file is fine and at least one row can be used */
  ok: boolean;
  kind: CsvKind;
  dialect: Dialect;
  /** the header row as written, trimmed */
  header: string[];
  /** the columns found, each with its header as written (e.g. `followers: "Volgers"`) */
  columns: Partial<Record<Column, string>>;
  rows: R[];
  rejected: RejectedRow[];
  notices: CsvNotice[];
  /** problems of the file as a whole (too large, a column missing, no usable row); rows is then empty */
  errors: CsvProblem[];
}

export type RosterRead = CsvReadResult<RosterRow>;
export type ResultsRead = CsvReadResult<ResultRow>;
/** Either file's result, before its kind is known to the type system. */
export type CsvRead = CsvReadResult<RosterRow | ResultRow>;

/** A file refused as a whole: no rows, the reasons in `errors`. */
export function failed<R>(kind: CsvKind, dialect: Dialect, errors: CsvProblem[], partial: Partial<CsvReadResult<R>> = {}): CsvReadResult<R> {
  return { ok: false, kind, dialect, header: [], columns: {}, rejected: [], notices: [], ...partial, rows: [], errors };
}

/** A file over 5 MB, refused by its size before it is read or parsed; null for one within the limit. */
export function refusedBySize<R>(kind: CsvKind, bytes: number): CsvReadResult<R> | null {
  if (bytes <= LIMITS.fileBytes) return null;
  const mb = 1024 * 1024;
  return failed(kind, 'comma', [csvProblem(null, null, 'tooLarge', { size: { value: bytes / mb, digits: 1 }, max: LIMITS.fileBytes / mb })]);
}

/** Which of a results file's optional columns are there, as calibrate() wants to know. */
export function resultColumnsOf(read: Pick<ResultsRead, 'columns'>): ResultColumns {
  const has = (column: keyof ResultColumns) => read.columns[column] !== undefined;
  return { followers: has('followers'), impressions: has('impressions'), clicks: has('clicks'), orders: has('orders'), leads: has('leads') };
}

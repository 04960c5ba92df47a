import Papa from 'papaparse';
import { LIMITS } from '../../engine/limits';
import { csvProblem, notice, someNames, type CsvNotice, type CsvProblem } from '../../engine/roster/csvRules';
import type { ResultRow, RosterRow } from '../../engine/roster/types';
import { utf8ByteLength } from '../../engine/utf8';
import { COLUMN_ALIASES, REQUIRED_COLUMNS, columnOfHeader, type Column, type CsvKind } from './columns';
import { readCell, type ColumnValue } from './fields';
import { DELIMITER, detectDialect, type Dialect } from './numbers';
import { failed, refusedBySize, type CsvRead, type RejectedRow, type ResultsRead, type RosterRead } from './result';

export type { CsvRead, CsvReadResult, RejectedRow, ResultsRead, RosterRead } from './result';

/**
 * The one reader of both CSV files of docs/MODEL.md §9: a creator list and a past campaign's
 * results. It never throws at the user: whatever the text, the answer is a result that lists
 * what was read, what was refused and why, row by row, and what the planner should know.
 */

/** At most this many rows below the header are read (docs/MODEL.md §9). */
export const MAX_CSV_ROWS = 20_000;

const RATE_COLUMNS: readonly Column[] = ['engagementRate', 'reachRate', 'clickRate', 'conversionRate', 'commissionRate'];
const SEP_LINE = /^sep=([,;])[ \t]*(?:\n|$)/i;

const isBlank = (cells: readonly string[]) => cells.every((c) => c === '');

export function readCsv(text: string, kind: 'roster'): RosterRead;
export function readCsv(text: string, kind: 'results'): ResultsRead;
export function readCsv(text: string, kind: CsvKind): CsvRead;
export function readCsv(text: string, kind: CsvKind): CsvRead {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so a short text needs no counting.
  const bySize = refusedBySize<RosterRow | ResultRow>(kind, text.length > LIMITS.fileBytes / 3 ? utf8ByteLength(text) : text.length);
  if (bySize) return bySize;

  // One line ending for the parser; a line end inside a quoted cell is part of its text either way.
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Excel's "sep=;" first line names the separator and is not a row of the sheet.
  const sep = SEP_LINE.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const headerLine = firstFilledLine(body);
  const dialect: Dialect = sep ? (sep[1] === ';' ? 'semicolon' : 'comma') : detectDialect(headerLine);
  // Only separators and spaces (",,,", ";;"): nothing a spreadsheet would show.
  if (headerLine === '') return failed(kind, dialect, [csvProblem(null, null, 'empty')]);

  const parsed = Papa.parse<string[]>(body, { delimiter: DELIMITER[dialect], newline: '\n', quoteChar: '"', skipEmptyLines: false });
  const records = parsed.data.map((record) => record.map((cell) => cell.trim()));
  const quoteTrouble = new Map<number, boolean>();
  for (const e of parsed.errors) if (e.type === 'Quotes' && e.row !== undefined) quoteTrouble.set(e.row, quoteTrouble.get(e.row) === true || e.code === 'MissingQuotes');

  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) return failed(kind, dialect, [csvProblem(null, null, 'empty')]);
  // Headers are quoted in notices and refusals; a hostile one of megabytes is quoted by its start.
  const header = (records[headerIndex] ?? []).map((name) => (name.length > 60 ? `${name.slice(0, 59)}…` : name));

  const { columnAt, columns, notices } = readHeader(header, kind);

  const missing = REQUIRED_COLUMNS[kind].filter((any) => !any.some((c) => columns[c] !== undefined));
  const errors = missing.map((any) =>
    csvProblem(null, null, 'csvMissingColumn', { column: any.join(' / '), aliases: any.flatMap((c) => COLUMN_ALIASES[c]).join(', ') }),
  );
  if (errors.length > 0) return failed(kind, dialect, errors, { header, columns, notices });

  const dataCount = records.reduce((n, r, i) => (i > headerIndex && !isBlank(r) ? n + 1 : n), 0);
  if (dataCount > MAX_CSV_ROWS) return failed(kind, dialect, [csvProblem(null, null, 'csvTooManyRows', { count: dataCount, max: MAX_CSV_ROWS })], { header, columns, notices });
  if (dataCount === 0) return failed(kind, dialect, [csvProblem(null, null, 'csvNoRows')], { header, columns, notices });

  const rows: (RosterRow | ResultRow)[] = [];
  const rejected: RejectedRow[] = [];
  const readings = new Map<Column, { share: number; percent: number }>(RATE_COLUMNS.map((c) => [c, { share: 0, percent: 0 }]));

  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i] ?? [];
    if (isBlank(cells)) continue;
    const row = i + 1;
    const problems: CsvProblem[] = [];
    const quote = quoteTrouble.get(i);
    if (quote !== undefined) problems.push(csvProblem(row, null, quote ? 'csvUnclosedQuote' : 'csvBadQuote'));
    if (cells.length > header.length && !isBlank(cells.slice(header.length)))
      problems.push(csvProblem(row, null, 'csvExtraCells', { count: cells.length, columns: header.length }));

    const values: Partial<Record<Column, ColumnValue>> = {};
    const filled = new Set<Column>();
    columnAt.forEach((column, c) => {
      const cell = cells[c] ?? '';
      if (column === null || cell === '') return;
      filled.add(column);
      const read = readCell(column, cell, dialect);
      if (!read.ok) {
        problems.push(csvProblem(row, header[c] ?? column, read.code, read.params, cell));
        return;
      }
      values[column] = read.value;
      const count = readings.get(column);
      if (count && typeof read.value === 'number' && read.value > 0) count[read.percent ? 'percent' : 'share'] += 1;
    });
    problems.push(...missingValues(kind, filled, columns, row));

    if (problems.length > 0) rejected.push({ row, cells, problems });
    // Every value was checked by readCell against its column, and missingValues made sure the required ones are there.
    else rows.push({ row, ...values } as unknown as RosterRow | ResultRow);
  }

  for (const [column, count] of readings)
    if (count.share > 0 && count.percent > 0) notices.push(notice('mixedReadings', { column: columns[column] ?? column }));
  const none = rows.length === 0 ? [csvProblem(null, null, 'csvNoUsableRow')] : [];
  return { ok: none.length === 0, kind, dialect, header, columns, rows: none.length === 0 ? rows : [], rejected, notices, errors: none };
}

/** Which column each header cell names; unknown ones are named once, a column given twice is read from its first. */
function readHeader(header: readonly string[], kind: CsvKind) {
  const columnAt: (Column | null)[] = [];
  const columns: Partial<Record<Column, string>> = {};
  const unknown: string[] = [];
  const notices: CsvNotice[] = [];
  const repeated = new Set<Column>();
  header.forEach((name, i) => {
    const column = columnOfHeader(name, kind);
    columnAt[i] = null;
    if (column === null) {
      if (name !== '') unknown.push(name);
    } else if (columns[column] !== undefined) {
      if (!repeated.has(column)) notices.push(notice('duplicateColumn', { column: name, first: columns[column] }));
      repeated.add(column);
    } else {
      columns[column] = name;
      columnAt[i] = column;
    }
  });
  if (unknown.length > 0) notices.unshift(notice('unknownColumns', { columns: someNames(unknown, 12) }));
  return { columnAt, columns, notices };
}

/** The first line with something other than separators and spaces: the header, whose separators name the dialect. */
function firstFilledLine(body: string): string {
  for (let start = 0; start < body.length; ) {
    const end = body.indexOf('\n', start);
    const line = body.slice(start, end === -1 ? body.length : end);
    if (!/^[\s,;]*$/.test(line)) return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

/** The required cells a row leaves empty (docs/MODEL.md §9); a filled but unreadable cell is reported under its own rule. */
function missingValues(kind: CsvKind, filled: ReadonlySet<Column>, columns: Partial<Record<Column, string>>, row: number): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const need = (column: Column) => {
    if (!filled.has(column)) problems.push(csvProblem(row, columns[column] ?? column, 'required'));
  };
  if (kind === 'roster') {
    for (const column of ['name', 'platform', 'followers'] as const) need(column);
    return problems;
  }
  need('platform');
  need('posts');
  if (!filled.has('followers') && !filled.has('tier')) {
    const column = columns.followers ?? columns.tier ?? 'followers';
    problems.push(csvProblem(row, column, columns.followers !== undefined && columns.tier !== undefined ? 'csvFollowersOrTier' : 'required'));
  }
  return problems;
}

import { describeValue } from '../validationError';
import { RULE_TEXT, englishParam, fillTemplate, type RuleCode, type RuleParams } from '../validationRules';

/**
 * What the two CSV imports (docs/MODEL.md §9) can refuse or announce, each a typed code with its
 * English text, as validationRules.ts does for scenario files. A refusal reuses a scenario rule
 * where one says the same thing (`must be a whole number`, `is required`); the codes here are
 * the ones only a CSV needs. The app renders code and params in the planner's language
 * (src/i18n/csvText.ts); the commands print the English.
 */
export const CSV_RULE_TEXT = {
  csvNotUtf8: 'is not UTF-8 text (save it from the spreadsheet as "CSV UTF-8")',
  csvTooManyRows: 'has {count} rows; at most {max} are read',
  csvMissingColumn: 'needs a column {column} (also accepted: {aliases})',
  csvNoRows: 'has no rows below the header',
  csvNoUsableRow: 'has no row that can be imported',
  csvNumber: 'must be a number written like {example}',
  csvFollowersOrTier: 'is required when the row gives no tier',
  csvUnclosedQuote: 'opens a quote that is never closed (the rest of the file was read as one cell)',
  csvBadQuote: 'has a quote in the wrong place (a cell in quotes must end where its quote closes)',
  csvExtraCells: 'has {count} cells but the header names {columns} (is a number with a comma not in quotes?)',
  csvTooManyLineItems: 'would make {count} line items; a scenario holds at most {max} (import the list grouped)',
} as const;

export type CsvRuleCode = keyof typeof CSV_RULE_TEXT;
/** A refusal: a scenario rule or a CSV rule. The two sets of names never overlap. */
export type CsvCode = RuleCode | CsvRuleCode;
export const CSV_RULE_CODES = Object.keys(CSV_RULE_TEXT) as CsvRuleCode[];

export const CSV_NOTICE_TEXT = {
  unknownColumns: 'columns not used: {columns}',
  duplicateColumn: 'column {column} says the same as column {first}; only the first is read',
  mixedReadings:
    'column {column} mixes shares and percentages: values up to 1 were read as shares (0.5 = 50%), larger values and values with % as percentages; check that this is what the file means',
  audienceCreated: 'audience "{audience}" was created with a size of {size} people (10 × its creators\' followers), a placeholder: correct it',
  audiencesFull: 'audience "{audience}" was not created (a scenario holds at most {max} audiences); its creators were imported without an audience',
  hybridZeroCommission: 'a fee and a gift with no performance part are paid as hybrid with a 0% commission: {names}',
  hybridZeroFee: 'a commission and an amount per action with no fixed part are paid as hybrid with a fee of 0: {names}',
  numeratorAboveDenominator: 'row {row}: {numerator} exceed {denominator} ({x} > {d}); the row is left out of {rate}',
  sourcesNotKept: 'the scenario\'s notes (meta) are full, so where the imported values came from is not kept with them',
  noLineItem: '{tier} on {platform}: the scenario has no line item of this tier and platform, so the results are judged against the benchmark and change nothing',
} as const;

export type CsvNoticeCode = keyof typeof CSV_NOTICE_TEXT;
export const CSV_NOTICE_CODES = Object.keys(CSV_NOTICE_TEXT) as CsvNoticeCode[];

/** Something a file's import wants the planner to know, though nothing was refused. */
export interface CsvNotice {
  code: CsvNoticeCode;
  params?: RuleParams;
}

const isCsvRule = (code: CsvCode): code is CsvRuleCode => code in CSV_RULE_TEXT;

function csvRuleTemplate(code: CsvCode): string {
  return isCsvRule(code) ? CSV_RULE_TEXT[code] : RULE_TEXT[code];
}

export function englishCsvRule(code: CsvCode, params?: RuleParams): string {
  return fillTemplate(csvRuleTemplate(code), params, englishParam);
}

export function englishNotice(notice: CsvNotice): string {
  return fillTemplate(CSV_NOTICE_TEXT[notice.code], notice.params, englishParam);
}

/**
 * A refused row (or, with `row` null, a refused file): `row R, column C: rule (got value)`.
 * R counts rows as a spreadsheet does, the header being row 1; C is the header as the file wrote
 * it; the value is the cell's text as the file wrote it.
 */
export interface CsvProblem {
  row: number | null;
  column: string | null;
  code: CsvCode;
  params?: RuleParams;
  value?: string;
}

export function csvProblem(row: number | null, column: string | null, code: CsvCode, params?: RuleParams, value?: string): CsvProblem {
  const problem: CsvProblem = { row, column, code };
  if (params) problem.params = params;
  if (value !== undefined) problem.value = value;
  return problem;
}

/** Where a problem is, in English: `file`, `row 7` or `row 7, column Volgers`. */
function englishPlace(problem: Pick<CsvProblem, 'row' | 'column'>): string {
  if (problem.row === null) return 'file';
  return problem.column === null ? `row ${problem.row}` : `row ${problem.row}, column ${problem.column}`;
}

/** The line the commands print and the English app shows. */
export function formatCsvProblem(problem: CsvProblem): string {
  const line = `${englishPlace(problem)}: ${englishCsvRule(problem.code, problem.params)}`;
  if (problem.value === undefined) return line;
  const d = describeValue(problem.value);
  return `${line} (got ${d.kind === 'text' ? d.quoted : problem.value})`;
}

export const notice = (code: CsvNoticeCode, params?: RuleParams): CsvNotice => (params ? { code, params } : { code });

/** A few names of a long list, so that a notice about 2,000 rows stays one readable line. */
export function someNames(names: readonly string[], most = 5): string {
  return names.length <= most ? names.join(', ') : `${names.slice(0, most).join(', ')}, …`;
}

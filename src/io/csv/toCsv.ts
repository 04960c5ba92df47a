import Papa from 'papaparse';

export type CsvCell = string | number | null;

/**
 * CSV for spreadsheets, the one writer of the app and the CLI: `\n` line ends, quoting where
 * needed, and text cells that start like a formula (=, +, -, @, tab, carriage return) prefixed
 * with `'` so opening the file cannot run anything. Numbers are never escaped: -12 stays a number.
 */
export function toCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { newline: '\n', escapeFormulae: true });
}

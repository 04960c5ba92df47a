/**
 * Numbers as spreadsheets write them in the two dialects of docs/MODEL.md §9. A comma-separated
 * file writes 1,234.5 (thousands commas appear only inside quotes, since a bare comma separates
 * cells); a semicolon-separated file, as a Dutch spreadsheet saves it, writes 1.234,5. Thousands
 * separators are accepted only in groups of three after a first group that does not start with 0,
 * so that "0.035" in a semicolon file is refused rather than read as 35, and "1,5" in a comma file
 * rather than as 15.
 */

export type Dialect = 'comma' | 'semicolon';

export const DELIMITER: Record<Dialect, string> = { comma: ',', semicolon: ';' };

/** How the refusal shows the planner what the file's numbers should look like. */
export const NUMBER_EXAMPLE: Record<Dialect, string> = { comma: '1,234.5', semicolon: '1.234,5' };

const GRAMMAR: Record<Dialect, RegExp> = {
  comma: /^[+-]?(?:(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/,
  semicolon: /^[+-]?(?:(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/,
};

/** The number a cell writes in the dialect, or null if it is not one. */
export function readNumber(text: string, dialect: Dialect): number | null {
  if (!GRAMMAR[dialect].test(text)) return null;
  const plain = dialect === 'comma' ? text.replaceAll(',', '') : text.replaceAll('.', '').replace(',', '.');
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/**
 * The dialect of a file, from its header line: semicolons when it has more of them than commas
 * outside quotes. A header of one column has neither, and is read as comma-separated.
 */
export function detectDialect(headerLine: string): Dialect {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? 'semicolon' : 'comma';
}

/** A rate as the file wrote it: its share, and whether it was read as a percentage. */
export interface RateReading {
  value: number;
  percent: boolean;
}

const PERCENT = /^(.*?)\s*%$/s;

/**
 * The share-or-percentage rule of docs/MODEL.md §9: with `%` a percentage (3,5% = 0.035);
 * without it a value up to 1 is a share and a larger one a percentage, except where
 * `bareIsShare` (reachRate, which may exceed 1), where a bare value is always a share.
 */
export function readRate(text: string, dialect: Dialect, bareIsShare: boolean): RateReading | null {
  const percent = PERCENT.exec(text);
  if (percent) {
    const value = readNumber(percent[1] ?? '', dialect);
    return value === null ? null : { value: value / 100, percent: true };
  }
  const value = readNumber(text, dialect);
  if (value === null) return null;
  return !bareIsShare && value > 1 ? { value: value / 100, percent: true } : { value, percent: false };
}

const CURRENCY = /^(?:[€$£]\s*)?(.*?)(?:\s*[€$£])?$/s;

/** An amount of money; a currency sign before or after the number is allowed and ignored. */
export function readAmount(text: string, dialect: Dialect): number | null {
  return readNumber(CURRENCY.exec(text)?.[1] ?? text, dialect);
}

import { KIND_COLUMNS, REQUIRED_COLUMNS, columnOfHeader, type Column, type CsvKind } from './columns';
import { DELIMITER, detectDialect } from './numbers';

/**
 * Which of the two files of docs/MODEL.md §9 a dropped CSV is, from its header alone, so that a
 * drop can go straight to the right preview. Read without papaparse, which stays out of the page:
 * a header row is one line, and its quotes are simple enough to follow by hand.
 */

/** Columns only a creator list reads, and columns only a results file reads. */
const ONLY: Record<CsvKind, readonly Column[]> = {
  roster: KIND_COLUMNS.roster.filter((c) => !(KIND_COLUMNS.results as readonly Column[]).includes(c)),
  results: KIND_COLUMNS.results.filter((c) => !(KIND_COLUMNS.roster as readonly Column[]).includes(c)),
};

/** The cells of one CSV line: separators inside quotes are text, a doubled quote is a quote. */
export function splitHeader(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The header row of a CSV text: after a BOM and Excel's `sep=` line, the first line with a name in it. */
export function headerOf(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const sep = /^sep=([,;])\s*$/i.exec(lines[0] ?? '');
  if (sep) lines.shift();
  const line = lines.find((l) => !/^[\s,;]*$/.test(l)) ?? '';
  return splitHeader(line, sep ? (sep[1] as string) : DELIMITER[detectDialect(line)]);
}

/**
 * A creator list or a results file, or null when the header could be either (or neither): then
 * the planner is asked. A kind whose required columns are all there wins over one missing some;
 * between two that fit, the columns only one of them reads decide.
 */
export function guessCsvKind(header: readonly string[]): CsvKind | null {
  const kinds: CsvKind[] = ['roster', 'results'];
  const found = (kind: CsvKind) => new Set(header.map((h) => columnOfHeader(h, kind)).filter((c): c is Column => c !== null));
  const fits = kinds.filter((kind) => REQUIRED_COLUMNS[kind].every((any) => any.some((c) => found(kind).has(c))));
  if (fits.length === 1) return fits[0] ?? null;
  const own = kinds.filter((kind) => ONLY[kind].some((c) => found(kind).has(c)));
  return own.length === 1 ? (own[0] ?? null) : null;
}

/** The first bytes are plenty for a header; a whole 5 MB file need not be read to find it. */
const HEAD_BYTES = 64 * 1024;

/** Guesses the kind of a file or text; an unreadable file is "ask the planner". */
export async function guessCsvKindOf(source: Pick<Blob, 'slice'> | string): Promise<CsvKind | null> {
  try {
    const text = typeof source === 'string' ? source.slice(0, HEAD_BYTES) : await source.slice(0, HEAD_BYTES).text();
    return guessCsvKind(headerOf(text));
  } catch {
    return null;
  }
}

import { basename } from 'node:path';
import { csvProblem, formatCsvProblem } from '../engine/roster/csvRules';
import { readCsv, type CsvRead, type ResultsRead, type RosterRead } from '../io/csv/readCsv';
import { LIMITS } from '../engine/limits';
import { readFileBytes, readScenarioFile } from './readInput';
import { EXIT, type ExitStatus } from './usage';
import type { Scenario } from '../engine/schema';

/** What a command could not do, as the lines it prints on standard error and the status it exits with. */
export interface Failure {
  ok: false;
  status: ExitStatus;
  lines: string[];
}

/**
 * Reads a CSV file of docs/MODEL.md §9. A file the reader refuses as a whole (too large, not UTF-8,
 * a column missing, no usable row) is a failure with status 1 and every reason, refused rows
 * included; a file with some usable rows is read, its refused rows left for the command to print.
 */
export async function readCsvFile(file: string, kind: 'roster'): Promise<{ ok: true; read: RosterRead; name: string } | Failure>;
export async function readCsvFile(file: string, kind: 'results'): Promise<{ ok: true; read: ResultsRead; name: string } | Failure>;
export async function readCsvFile(file: string, kind: 'roster' | 'results'): Promise<{ ok: true; read: CsvRead; name: string } | Failure> {
  const bytes = await readFileBytes(file, LIMITS.fileBytes);
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.bytes);
  } catch {
    return { ok: false, status: EXIT.invalid, lines: [formatCsvProblem(csvProblem(null, null, 'csvNotUtf8'))] };
  }
  const read = readCsv(text, kind);
  if (!read.ok) return { ok: false, status: EXIT.invalid, lines: [...refusedLines(read), ...read.errors.map(formatCsvProblem)] };
  return { ok: true, read, name: basename(file) };
}

/** Every refused row's problems, one line each, in the order of the file. */
export const refusedLines = (read: Pick<CsvRead, 'rejected'>): string[] => read.rejected.flatMap((r) => r.problems.map(formatCsvProblem));

/** A scenario file for `--into` or `--scenario`: a workspace holds several and is refused, rather than guessed at. */
export async function readOneScenario(file: string, flag: string): Promise<{ ok: true; scenario: Scenario } | Failure> {
  const input = await readScenarioFile(file);
  if (!input.ok) return input;
  const [scenario] = input.data.scenarios;
  if (input.data.kind !== 'scenario' || scenario === undefined)
    return { ok: false, status: EXIT.invalid, lines: [`${flag}: ${file} is a workspace of ${input.data.scenarios.length} scenarios; give one scenario file`] };
  return { ok: true, scenario };
}

import { oneFile, splitArgs } from './argv';

/** Command-line arguments of `import` and `calibrate` (docs/MODEL.md §9), parsed without side effects. */

export interface ImportOptions {
  file: string;
  into?: string;
  grouped: boolean;
}

export interface CalibrateOptions {
  file: string;
  scenario: string;
}

export type CsvArgs<O> =
  | { kind: 'run'; options: O }
  | { kind: 'help' }
  /** no file was given: the caller prints the usage text */
  | { kind: 'usage' }
  | { kind: 'invalid'; message: string };

/** The CSV file and the flags, or the early answer. */
function parse(argv: readonly string[], valueFlags: readonly string[], switchFlags: readonly string[] = []) {
  const split = splitArgs(argv, valueFlags, switchFlags);
  if (split.kind !== 'split') return split;
  for (const [flag, value] of split.values) if (value === '') return { kind: 'invalid' as const, message: `${flag}: needs a value` };
  const file = oneFile(split.files, 'CSV file');
  return file.kind === 'file' ? { ...split, file: file.file } : file;
}

export function parseImportArgs(argv: readonly string[]): CsvArgs<ImportOptions> {
  const p = parse(argv, ['--into'], ['--grouped']);
  if (p.kind !== 'split') return p;
  const into = p.values.get('--into');
  return { kind: 'run', options: { file: p.file, grouped: p.switches.has('--grouped'), ...(into === undefined ? {} : { into }) } };
}

export function parseCalibrateArgs(argv: readonly string[]): CsvArgs<CalibrateOptions> {
  const p = parse(argv, ['--scenario']);
  if (p.kind !== 'split') return p;
  const scenario = p.values.get('--scenario');
  if (scenario === undefined) return { kind: 'usage' };
  return { kind: 'run', options: { file: p.file, scenario } };
}

/** Command-line arguments of `simulate`, parsed without side effects so they can be tested directly. */

import { LIMITS } from '../engine/limits';
export type OutputFormat = 'json' | 'csv';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'csv'];


export interface SimulateOptions {
  file: string;
  format: OutputFormat;
  trials?: number;
  seed?: number;
}

export type ArgsResult =
  | { kind: 'run'; options: SimulateOptions }
  | { kind: 'help' }
  /** no file was given: the caller prints the usage text */
  | { kind: 'usage' }
  | { kind: 'invalid'; message: string };

const VALUE_FLAGS = ['--trials', '--seed', '--format'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

const isValueFlag = (flag: string): flag is ValueFlag => (VALUE_FLAGS as readonly string[]).includes(flag);

function wholeNumber(flag: string, raw: string, min: number, max: number): number | string {
  const rule = `${flag}: must be a whole number from ${min} to ${max} (got ${JSON.stringify(raw)})`;
  if (!/^\d+$/.test(raw)) return rule;
  const value = Number(raw);
  return value >= min && value <= max ? value : rule;
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const files: string[] = [];
  const values: Partial<Record<ValueFlag, string>> = {};
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsEnded || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (!isValueFlag(flag)) return { kind: 'invalid', message: `${flag}: is not a known option (see --help)` };
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) return { kind: 'invalid', message: `${flag}: needs a value` };
    if (values[flag] !== undefined) return { kind: 'invalid', message: `${flag}: is given more than once` };
    values[flag] = value;
  }

  const options: Omit<SimulateOptions, 'file'> = { format: 'json' };
  if (values['--format'] !== undefined) {
    const format = values['--format'];
    if (format !== 'json' && format !== 'csv')
      return { kind: 'invalid', message: `--format: must be one of ${OUTPUT_FORMATS.join(', ')} (got ${JSON.stringify(format)})` };
    options.format = format;
  }
  if (values['--trials'] !== undefined) {
    const trials = wholeNumber('--trials', values['--trials'], LIMITS.trials.min, LIMITS.trials.max);
    if (typeof trials === 'string') return { kind: 'invalid', message: trials };
    options.trials = trials;
  }
  if (values['--seed'] !== undefined) {
    const seed = wholeNumber('--seed', values['--seed'], LIMITS.seed.min, LIMITS.seed.max);
    if (typeof seed === 'string') return { kind: 'invalid', message: seed };
    options.seed = seed;
  }

  if (files.length > 1) return { kind: 'invalid', message: `expected one file, got ${files.length}: ${files.join(', ')}` };
  const file = files[0];
  if (file === undefined || file === '') return { kind: 'usage' };
  return { kind: 'run', options: { ...options, file } };
}

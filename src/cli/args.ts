/** Command-line arguments of `simulate`, parsed without side effects so they can be tested directly. */

import { LIMITS } from '../engine/limits';
import { oneFile, splitArgs } from './argv';
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

export function wholeNumber(flag: string, raw: string, min: number, max: number): number | string {
  const rule = `${flag}: must be a whole number from ${min} to ${max} (got ${JSON.stringify(raw)})`;
  if (!/^\d+$/.test(raw)) return rule;
  const value = Number(raw);
  return value >= min && value <= max ? value : rule;
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const split = splitArgs(argv, VALUE_FLAGS);
  if (split.kind !== 'split') return split;
  const values: Partial<Record<ValueFlag, string>> = Object.fromEntries(split.values);

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

  const file = oneFile(split.files, 'file');
  if (file.kind !== 'file') return file;
  return { kind: 'run', options: { ...options, file: file.file } };
}

/** Command-line arguments of `allocate` (docs/MODEL.md §8), parsed without side effects so they can be tested directly. */

import type { AllocationOverrides } from '../engine/allocation/settings';
import { LIMITS } from '../engine/limits';
import { ALLOCATION_OBJECTIVES, BUDGET_RULES } from '../engine/vocabulary';
import { wholeNumber } from './args';
import { oneFile, splitArgs } from './argv';

export interface AllocateOptions {
  file: string;
  overrides: AllocationOverrides;
  /** a workspace's scenario to allocate; its baseline when absent */
  scenario?: number;
}

export type AllocateArgs = { kind: 'run'; options: AllocateOptions } | { kind: 'help' } | { kind: 'usage' } | { kind: 'invalid'; message: string };

const VALUE_FLAGS = ['--budget', '--objective', '--budget-rule', '--max-loss-probability', '--max-cpa', '--min-reach', '--trials', '--seed', '--scenario'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** A decimal number in [min, max] (or above min when exclusive), or the rule it breaks. */
function decimal(flag: string, raw: string, min: number, max: number, exclusiveMin = false): number | string {
  const value = /^\d+(\.\d+)?$|^\.\d+$/.test(raw) ? Number(raw) : NaN;
  const ok = Number.isFinite(value) && (exclusiveMin ? value > min : value >= min) && value <= max;
  if (ok) return value;
  return `${flag}: must be a number ${exclusiveMin ? `above ${min}` : `from ${min}`} to ${max} (got ${JSON.stringify(raw)})`;
}

function oneOf<T extends string>(flag: string, raw: string, options: readonly T[]): T | { message: string } {
  return (options as readonly string[]).includes(raw) ? (raw as T) : { message: `${flag}: must be one of ${options.join(', ')} (got ${JSON.stringify(raw)})` };
}

export function parseAllocateArgs(argv: readonly string[]): AllocateArgs {
  const split = splitArgs(argv, VALUE_FLAGS);
  if (split.kind !== 'split') return split;
  const values: Partial<Record<ValueFlag, string>> = Object.fromEntries(split.values);

  const overrides: AllocationOverrides = {};
  const options: Omit<AllocateOptions, 'file'> = { overrides };
  const numeric: [ValueFlag, (raw: string) => number | string, (v: number) => void][] = [
    ['--budget', (raw) => decimal('--budget', raw, LIMITS.amount.min, LIMITS.amount.max), (v) => (overrides.budget = v)],
    ['--max-loss-probability', (raw) => decimal('--max-loss-probability', raw, 0, 1), (v) => (overrides.maxLossProbability = v)],
    ['--max-cpa', (raw) => decimal('--max-cpa', raw, 0, LIMITS.amount.max, true), (v) => (overrides.maxCpa = v)],
    ['--min-reach', (raw) => decimal('--min-reach', raw, LIMITS.amount.min, LIMITS.amount.max), (v) => (overrides.minReach = v)],
    ['--trials', (raw) => wholeNumber('--trials', raw, LIMITS.trials.min, LIMITS.trials.max), (v) => (overrides.trials = v)],
    ['--seed', (raw) => wholeNumber('--seed', raw, LIMITS.seed.min, LIMITS.seed.max), (v) => (overrides.seed = v)],
    ['--scenario', (raw) => wholeNumber('--scenario', raw, 0, LIMITS.baselineIndex.max), (v) => (options.scenario = v)],
  ];
  for (const [flag, parse, set] of numeric) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = parse(raw);
    if (typeof value === 'string') return { kind: 'invalid', message: value };
    set(value);
  }
  if (values['--objective'] !== undefined) {
    const objective = oneOf('--objective', values['--objective'], ALLOCATION_OBJECTIVES);
    if (typeof objective !== 'string') return { kind: 'invalid', ...objective };
    overrides.objective = objective;
  }
  if (values['--budget-rule'] !== undefined) {
    const rule = oneOf('--budget-rule', values['--budget-rule'], BUDGET_RULES);
    if (typeof rule !== 'string') return { kind: 'invalid', ...rule };
    overrides.budgetRule = rule;
  }

  const file = oneFile(split.files, 'file');
  if (file.kind !== 'file') return file;
  return { kind: 'run', options: { ...options, file: file.file } };
}

import { allocate } from '../engine/allocation/task';
import type { AllocationOutcome, AllocationResult } from '../engine/allocation/types';
import type { AllocationOverrides } from '../engine/allocation/settings';
import type { Scenario } from '../engine/schema';
import { parseAllocateArgs } from './allocateArgs';
import { allocationReport } from './allocateReport';
import { ALLOCATE_USAGE } from './allocateUsage';
import { readScenarioFile } from './readInput';
import { overflowLines, type Output } from './run';
import { EXIT, type ExitStatus } from './usage';

export type Allocate = (scenario: Scenario, overrides: AllocationOverrides) => AllocationOutcome;

const lines = (messages: readonly string[]): string => messages.map((m) => `${m}\n`).join('');

async function run(argv: readonly string[], out: Output, allocator: Allocate): Promise<ExitStatus> {
  const args = parseAllocateArgs(argv);
  if (args.kind === 'help') {
    out.stdout(ALLOCATE_USAGE);
    return EXIT.ok;
  }
  if (args.kind === 'usage') {
    out.stderr(ALLOCATE_USAGE);
    return EXIT.unreadable;
  }
  if (args.kind === 'invalid') {
    out.stderr(lines([args.message]));
    return EXIT.invalid;
  }
  const { file, overrides, scenario: index } = args.options;
  const input = await readScenarioFile(file);
  if (!input.ok) {
    out.stderr(lines(input.lines));
    return input.status;
  }
  const { scenarios, baselineIndex, kind } = input.data;
  const chosen = index ?? baselineIndex;
  const scenario = scenarios[chosen];
  if (!scenario) {
    const range = kind === 'workspace' ? `0 to ${scenarios.length - 1}` : '0 (the file holds one scenario)';
    out.stderr(lines([`--scenario: must be ${range} (got ${chosen})`]));
    return EXIT.invalid;
  }
  const outcome = allocator(scenario, overrides);
  if (!outcome.ok) {
    out.stderr(lines([`${file}: the scenario "${scenario.name}" has no budget to allocate: add "budget" to it or give --budget B`]));
    return EXIT.invalid;
  }
  const result: AllocationResult = outcome.result;
  const overflow = overflowLines([result.result], false);
  if (overflow.length > 0) {
    out.stderr(lines(overflow));
    return EXIT.invalid;
  }
  out.stdout(`${JSON.stringify(allocationReport(result), null, 2)}\n`);
  return EXIT.ok;
}

/**
 * The `allocate` command (docs/MODEL.md §8): statuses as `simulate`, and 1 with a clear message when
 * the scenario has no budget. Returns the exit status so tests can call it in-process.
 */
export async function runAllocate(argv: readonly string[], out: Output, allocator: Allocate = allocate): Promise<ExitStatus> {
  try {
    return await run(argv, out, allocator);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    out.stderr(`allocate: internal error: ${message.split('\n')[0] ?? ''}\n`);
    return EXIT.internal;
  }
}
